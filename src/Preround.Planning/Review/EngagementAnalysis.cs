using System.Globalization;

namespace Preround.Planning.Review;

/// <summary>Which weekdays and hours drew responses, from favourite and repost counts where the archive has them.</summary>
internal static class EngagementAnalysis
{
    /// <summary>A slot needs this many posts before it can be called a best day or hour.</summary>
    private const int MinPostsPerSlot = 5;

    public static EngagementReview? Analyze(ReviewInput input, IReadOnlyList<HistoryPost> sorted)
    {
        var scored = sorted.Where(p => p.Kind == HistoryPostKind.Original && (p.LikeCount is not null || p.RepostCount is not null)).ToList();
        var notes = new List<string>
        {
            // NOTE: archives hold the user's own posts only; replies and mentions by others are not in them, so
            // unanswered mentions cannot be counted from an archive alone.
            "Replies and mentions from other accounts are not part of platform archives, so unanswered mentions are not counted.",
        };
        if (scored.Count == 0)
        {
            notes.Add("This history has no like or repost counts, so response by day and hour cannot be measured.");
            return new EngagementReview(0, [], [], [], [], notes);
        }

        var days = new (int Posts, double Sum)[7];
        var hours = new (int Posts, double Sum)[24];
        foreach (var p in scored)
        {
            var local = TimeZoneInfo.ConvertTime(p.CreatedAt, input.TimeZone);
            var score = (p.LikeCount ?? 0) + 2.0 * (p.RepostCount ?? 0);
            var d = ((int)local.DayOfWeek + 6) % 7;
            days[d] = (days[d].Posts + 1, days[d].Sum + score);
            hours[local.Hour] = (hours[local.Hour].Posts + 1, hours[local.Hour].Sum + score);
        }

        var byDay = Enumerable.Range(0, 7).Where(d => days[d].Posts > 0)
            .Select(d => new SlotEngagement(DayName(d), days[d].Posts, days[d].Sum / days[d].Posts)).ToList();
        var byHour = Enumerable.Range(0, 24).Where(h => hours[h].Posts > 0)
            .Select(h => new SlotEngagement(h.ToString("00", CultureInfo.InvariantCulture) + ":00", hours[h].Posts, hours[h].Sum / hours[h].Posts)).ToList();

        var bestDays = byDay.Where(s => s.Posts >= MinPostsPerSlot).OrderByDescending(s => s.Average).Take(2).Select(s => s.Slot).ToList();
        var bestHours = Enumerable.Range(0, 24).Where(h => hours[h].Posts >= MinPostsPerSlot)
            .OrderByDescending(h => hours[h].Sum / hours[h].Posts).Take(2).ToList();
        if (bestDays.Count == 0) notes.Add($"No weekday has {MinPostsPerSlot} or more posts with counts yet; best days need more history.");
        return new EngagementReview(scored.Count, byDay, byHour, bestDays, bestHours, notes);
    }

    /// <summary>Monday = 0.</summary>
    internal static string DayName(int isoIndex) => ((DayOfWeek)((isoIndex + 1) % 7)).ToString();
}
