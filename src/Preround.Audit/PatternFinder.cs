using System.Globalization;

namespace Preround.Audit;

/// <summary>Turns the timeline into sentences about themes that recur.</summary>
internal static class PatternFinder
{
    /// <summary>A theme needs this many flagged posts before it is called a pattern.</summary>
    public const int MinimumPosts = 3;

    public static IReadOnlyList<Pattern> Find(IReadOnlyList<CategoryCount> categories, IReadOnlyList<MonthBucket> timeline)
    {
        var patterns = new List<Pattern>();
        foreach (var category in categories.Where(c => c.Posts >= MinimumPosts))
        {
            var months = timeline.Where(m => m.Categories.GetValueOrDefault(category.Category) > 0).ToList();
            var first = months[0].Month;
            var last = months[^1].Month;
            var peak = months.OrderByDescending(m => m.Categories[category.Category]).ThenBy(m => m.Month).First();
            var span = first == last ? $"in {MonthName(first)}" : $"between {MonthName(first)} and {MonthName(last)}";
            var sentence = $"{category.Posts:N0} posts flagged for {category.Label} {span}";
            if (months.Count > 2 && peak.Categories[category.Category] > 1)
                sentence += $", most of them in {MonthName(peak.Month)} ({peak.Categories[category.Category]:N0})";
            patterns.Add(new Pattern(category.Category, category.Posts, first, last, peak.Month, peak.Categories[category.Category], sentence + "."));
        }
        if (Trend(timeline) is { } trend) patterns.Add(trend);
        return patterns;
    }

    // NOTE: compares the last twelve months with everything before, as a share of posts: a committee weighs recent posts more.
    private static Pattern? Trend(IReadOnlyList<MonthBucket> timeline)
    {
        if (timeline.Count < 24) return null;
        var recent = timeline.Skip(timeline.Count - 12).ToList();
        var earlier = timeline.Take(timeline.Count - 12).ToList();
        int recentPosts = recent.Sum(m => m.Posts), earlierPosts = earlier.Sum(m => m.Posts);
        if (recentPosts < 10 || earlierPosts < 10) return null;
        double recentRate = recent.Sum(m => m.FlaggedPosts) / (double)recentPosts, earlierRate = earlier.Sum(m => m.FlaggedPosts) / (double)earlierPosts;
        if (Math.Abs(recentRate - earlierRate) < 0.02) return null;
        var direction = recentRate < earlierRate ? "rarer" : "more frequent";
        var sentence = string.Create(CultureInfo.InvariantCulture,
            $"Flagged posts have become {direction}: {recentRate:P0} of your posts in the last twelve months against {earlierRate:P0} before.");
        return new Pattern("trend", recent.Sum(m => m.FlaggedPosts), earlier[0].Month, recent[^1].Month, recent[0].Month, 0, sentence);
    }

    public static string MonthName(DateOnly month) => month.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
}
