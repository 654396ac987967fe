using Preround.Planning.Queue;

namespace Preround.Planning.Review;

/// <summary>
/// Reviews a posting history (and the queue) against the user's strategy: cadence and drop-off, gaps, promotion,
/// variety, lane, mix, engagement and networking, ending with concrete next actions.
/// </summary>
public static class ReviewAnalyzer
{
    /// <summary>The review of <paramref name="input"/>. Pure: reads nothing and writes nothing.</summary>
    public static ReviewReport Analyze(ReviewInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var sorted = input.History.Where(p => p.CreatedAt <= input.AsOf).OrderBy(p => p.CreatedAt).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();
        var cadence = CadenceAnalysis.Analyze(input, sorted);
        var (promotion, variety, lane) = ContentAnalysis.Analyze(input, sorted);
        var mix = Mix(sorted);
        var engagement = EngagementAnalysis.Analyze(input, sorted);
        var networking = NetworkingAnalysis.Analyze(input, sorted);
        var queue = QueueReviewOf(input);
        var report = new ReviewReport(input.AsOf, sorted.Count, sorted.FirstOrDefault()?.CreatedAt, sorted.LastOrDefault()?.CreatedAt,
            cadence, promotion, variety, lane, mix, engagement, networking, queue, [], input.Strategy);
        return report with { Actions = ActionPlanner.Plan(report, input) };
    }

    private static MixReview Mix(IReadOnlyList<HistoryPost> sorted)
    {
        int originals = 0, quotes = 0, replies = 0, self = 0, reposts = 0;
        foreach (var p in sorted)
        {
            switch (p.Kind)
            {
                case HistoryPostKind.Original:
                    originals++;
                    if (p.QuotedUrl is not null) quotes++;
                    break;
                case HistoryPostKind.Reply when p.IsSelfReply: self++; break;
                case HistoryPostKind.Reply: replies++; break;
                default: reposts++; break;
            }
        }

        return new MixReview(originals, quotes, replies, self, reposts);
    }

    private static QueueReview? QueueReviewOf(ReviewInput input)
    {
        var open = input.Queue.Where(p => p.Status is PlannedPostStatus.Queued or PlannedPostStatus.Ready).ToList();
        if (open.Count == 0 && input.Queue.Count == 0) return null;
        var horizon = input.AsOf.AddDays(28);
        var next4 = open.Count(p => p.PlannedAt >= input.AsOf && p.PlannedAt < horizon);
        double? promo = open.Count == 0 ? null : open.Count(p => PromotionClassifier.IsPromotional(p.Text)) / (double)open.Count;
        return new QueueReview(open.Count, open.Count(p => p.IsHeld(input.AsOf)), open.Count(p => p.Status == PlannedPostStatus.Ready), next4, promo);
    }
}
