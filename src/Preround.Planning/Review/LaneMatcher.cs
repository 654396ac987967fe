namespace Preround.Planning.Review;

/// <summary>Finds which lane topics a post touches: every word of the topic (stemmed) appears in its words or hashtags.</summary>
internal sealed class LaneMatcher
{
    private readonly (string Topic, ulong[] Stems, ulong Joined)[] _topics;

    public LaneMatcher(IEnumerable<string> lane) =>
        _topics = lane.Select(t => (Topic: t, Stems: PostText.Tokens(t).Select(PostText.Stem).ToArray()))
            .Where(t => t.Stems.Length > 0)
            .Select(t => (t.Topic, t.Stems.Select(MinHash.Hash).ToArray(), MinHash.Hash(string.Concat(t.Stems))))
            .ToArray();

    /// <param name="stems">Stem hashes of the post's words (<see cref="PostText.Hashes"/>).</param>
    /// <param name="hashtags">The post's hashtags; <c>#HeartFailure</c> counts as "heart failure".</param>
    public IEnumerable<string> Match(List<ulong> stems, IReadOnlyList<string> hashtags)
    {
        List<ulong>? all = null;
        if (hashtags.Count > 0)
        {
            // NOTE: only posts with hashtags pay for a second list; most posts have none.
            all = [.. stems];
            foreach (var tag in hashtags)
            {
                foreach (var w in PostText.HashtagWords(tag)) all.Add(PostText.StemHash(w));
                all.Add(PostText.StemHash(tag.TrimStart('#').ToLowerInvariant()));
            }
        }

        var words = all ?? stems;
        foreach (var (topic, topicStems, joined) in _topics)
        {
            if (topicStems.All(words.Contains) || words.Contains(joined)) yield return topic;
        }
    }
}
