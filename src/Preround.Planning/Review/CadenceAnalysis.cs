namespace Preround.Planning.Review;

/// <summary>Posts per ISO week, a sustained drop-off (two-segment fit), and long gaps.</summary>
internal static class CadenceAnalysis
{
    private const int MinSegmentWeeks = 4;
    private const int ListedGaps = 5;

    public static CadenceReview Analyze(ReviewInput input, IReadOnlyList<HistoryPost> sorted)
    {
        var weeks = WeeklyCounts(sorted, input.AsOf, input.TimeZone);
        var counts = weeks.Select(w => (double)w.Posts).ToArray();
        var average = counts.Length == 0 ? 0 : counts.Average();
        var recent = counts.Length == 0 ? 0 : counts.TakeLast(8).Average();
        var originals = sorted.Where(p => p.Kind == HistoryPostKind.Original).Select(p => p.CreatedAt).ToList();
        var (gaps, gapCount) = Gaps(originals, input.AsOf);
        return new CadenceReview(weeks, average, recent, DropOffIn(weeks), gaps, gapCount, input.Strategy?.WeeklyTarget);
    }

    /// <summary>Every ISO week from the first post to the review date, empty weeks included.</summary>
    internal static List<WeeklyCount> WeeklyCounts(IReadOnlyList<HistoryPost> sorted, DateTimeOffset asOf, TimeZoneInfo zone)
    {
        if (sorted.Count == 0) return [];
        var first = IsoWeeks.WeekStart(IsoWeeks.LocalDate(sorted[0].CreatedAt, zone));
        var lastPost = IsoWeeks.WeekStart(IsoWeeks.LocalDate(sorted[^1].CreatedAt, zone));
        var asOfWeek = IsoWeeks.WeekStart(IsoWeeks.LocalDate(asOf, zone));
        var last = asOfWeek > lastPost ? asOfWeek : lastPost;
        var n = (last.DayNumber - first.DayNumber) / 7 + 1;
        var posts = new int[n];
        var replies = new int[n];
        var reposts = new int[n];
        foreach (var p in sorted)
        {
            var i = (IsoWeeks.WeekStart(IsoWeeks.LocalDate(p.CreatedAt, zone)).DayNumber - first.DayNumber) / 7;
            switch (p.Kind)
            {
                case HistoryPostKind.Original: posts[i]++; break;
                case HistoryPostKind.Reply: replies[i]++; break;
                default: reposts[i]++; break;
            }
        }

        var weeks = new List<WeeklyCount>(n);
        for (var i = 0; i < n; i++)
        {
            var start = first.AddDays(7 * i);
            weeks.Add(new WeeklyCount(IsoWeeks.Label(start), start, posts[i], replies[i], reposts[i]));
        }

        return weeks;
    }

    /// <summary>
    /// The split that best fits the weekly counts as two flat stretches (least squares); a drop-off when the later
    /// stretch runs at half the earlier rate or less and the earlier one was at least one post a week.
    /// </summary>
    internal static DropOff? DropOffIn(IReadOnlyList<WeeklyCount> weeks)
    {
        var n = weeks.Count;
        if (n < 2 * MinSegmentWeeks) return null;
        var prefix = new double[n + 1];
        var prefixSq = new double[n + 1];
        for (var i = 0; i < n; i++)
        {
            prefix[i + 1] = prefix[i] + weeks[i].Posts;
            prefixSq[i + 1] = prefixSq[i] + (double)weeks[i].Posts * weeks[i].Posts;
        }

        double Sse(int from, int to)
        {
            var count = to - from;
            var sum = prefix[to] - prefix[from];
            return prefixSq[to] - prefixSq[from] - sum * sum / count;
        }

        var best = -1;
        var bestSse = double.MaxValue;
        for (var k = MinSegmentWeeks; k <= n - MinSegmentWeeks; k++)
        {
            var sse = Sse(0, k) + Sse(k, n);
            if (sse < bestSse - 1e-9)
            {
                bestSse = sse;
                best = k;
            }
        }

        var before = prefix[best] / best;
        var after = (prefix[n] - prefix[best]) / (n - best);
        return before >= 1.0 && after <= before / 2 ? new DropOff(weeks[best].Week, before, after) : null;
    }

    /// <summary>Silences longer than two weeks or three times the usual interval, longest first, with the total count.</summary>
    internal static (List<PostingGap> Gaps, int Count) Gaps(IReadOnlyList<DateTimeOffset> times, DateTimeOffset asOf)
    {
        if (times.Count == 0) return ([], 0);
        var intervals = new List<double>(times.Count);
        for (var i = 1; i < times.Count; i++) intervals.Add((times[i] - times[i - 1]).TotalDays);
        var median = 0.0;
        if (intervals.Count > 0)
        {
            var ordered = intervals.Order().ToList();
            median = ordered[ordered.Count / 2];
        }

        var threshold = Math.Max(14, 3 * median);
        var gaps = new List<PostingGap>();
        for (var i = 1; i < times.Count; i++)
        {
            if ((times[i] - times[i - 1]).TotalDays > threshold) gaps.Add(new PostingGap(times[i - 1], times[i], false));
        }

        if ((asOf - times[^1]).TotalDays > threshold) gaps.Add(new PostingGap(times[^1], asOf, true));
        return (gaps.OrderByDescending(g => g.Days).Take(ListedGaps).ToList(), gaps.Count);
    }
}
