namespace Preround.Planning.Review;

/// <summary>Promotion (80/20), repetition (MinHash near-duplicates), topic spread and lane adherence.</summary>
internal static class ContentAnalysis
{
    private const int ListedTopics = 12;

    public static (PromotionReview Promotion, VarietyReview Variety, LaneReview? Lane) Analyze(ReviewInput input, IReadOnlyList<HistoryPost> sorted)
    {
        // NOTE: reposts are someone else's words; everything else is tokenised once and shared by all analyses.
        var own = sorted.Where(p => p.Kind != HistoryPostKind.Repost).ToList();
        var tokens = new List<ulong>[own.Count];
        var stems = new List<ulong>[own.Count];
        Parallel.For(0, own.Count, i =>
        {
            tokens[i] = new List<ulong>(32);
            stems[i] = new List<ulong>(32);
            PostText.Hashes(own[i].Text, tokens[i], stems[i]);
        });

        return (Promotion(own), Variety(own, tokens, stems, input.Strategy?.Lane), Lane(own, stems, input.Strategy?.Lane));
    }

    private static PromotionReview Promotion(List<HistoryPost> own)
    {
        var flags = new bool[own.Count];
        Parallel.For(0, own.Count, i => flags[i] = own[i].Kind == HistoryPostKind.Original && PromotionClassifier.IsPromotional(own[i].Text, own[i].Hashtags));
        var considered = own.Count(p => p.Kind == HistoryPostKind.Original);
        var promotional = own.Where((_, i) => flags[i]).Select(p => p.Id).ToList();

        var share = considered == 0 ? 0 : promotional.Count / (double)considered;
        return new PromotionReview(considered, promotional.Count, share, promotional.Take(5).ToList());
    }

    private static VarietyReview Variety(List<HistoryPost> own, List<ulong>[] tokens, List<ulong>[] stems, IReadOnlyList<string>? lane)
    {
        var signatures = new ulong[]?[own.Count];
        Parallel.For(0, own.Count, i =>
        {
            if (tokens[i].Count >= NearDuplicateFinder.MinTokens) signatures[i] = MinHash.Signature(MinHash.Shingles(tokens[i]));
        });
        var compared = signatures.Count(s => s is not null);
        var groups = NearDuplicateFinder.Group(signatures);
        var idGroups = groups.Select(g => (IReadOnlyList<string>)g.Select(i => own[i].Id).ToList()).ToList();
        var repeats = groups.Sum(g => g.Count - 1);

        var topicCounts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var post in own)
        {
            if (post.Kind != HistoryPostKind.Original) continue;
            foreach (var tag in post.Hashtags.Select(t => t.Trim().TrimStart('#').ToLowerInvariant()).Where(t => t.Length > 0).Distinct())
            {
                topicCounts[tag] = topicCounts.GetValueOrDefault(tag) + 1;
            }
        }

        var laneMatcher = lane is { Count: > 0 } ? new LaneMatcher(lane) : null;
        if (laneMatcher is not null)
        {
            for (var i = 0; i < own.Count; i++)
            {
                if (own[i].Kind != HistoryPostKind.Original) continue;
                foreach (var topic in laneMatcher.Match(stems[i], own[i].Hashtags))
                {
                    // NOTE: a lane topic that is also a hashtag is one topic, not two.
                    var key = topic.Replace(" ", "");
                    if (topicCounts.ContainsKey(key)) continue;
                    topicCounts[topic] = topicCounts.GetValueOrDefault(topic) + 1;
                }
            }
        }

        var topics = topicCounts.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal)
            .Select(t => new TopicCount(t.Key, t.Value)).ToList();
        return new VarietyReview(idGroups, compared, compared == 0 ? 0 : repeats / (double)compared,
            topics.Take(ListedTopics).ToList(), Evenness(topics));
    }

    private static LaneReview? Lane(List<HistoryPost> own, List<ulong>[] stems, IReadOnlyList<string>? lane)
    {
        if (lane is not { Count: > 0 }) return null;
        lane = lane.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var matcher = new LaneMatcher(lane);
        var perTopic = lane.ToDictionary(t => t, _ => 0, StringComparer.OrdinalIgnoreCase);
        int considered = 0, onLane = 0;
        for (var i = 0; i < own.Count; i++)
        {
            if (own[i].Kind != HistoryPostKind.Original) continue;
            considered++;
            var matched = false;
            foreach (var topic in matcher.Match(stems[i], own[i].Hashtags))
            {
                perTopic[topic]++;
                matched = true;
            }

            if (matched) onLane++;
        }

        return new LaneReview(lane.Select(t => new TopicCount(t, perTopic[t])).ToList(), considered, onLane,
            considered == 0 ? 0 : onLane / (double)considered);
    }

    /// <summary>Shannon entropy of the counts divided by its maximum (log of the number of topics).</summary>
    private static double? Evenness(IReadOnlyList<TopicCount> topics)
    {
        if (topics.Count == 0) return null;
        if (topics.Count == 1) return 0;
        double total = topics.Sum(t => t.Posts);
        var h = topics.Sum(t => { var p = t.Posts / total; return -p * Math.Log(p); });
        return h / Math.Log(topics.Count);
    }
}
