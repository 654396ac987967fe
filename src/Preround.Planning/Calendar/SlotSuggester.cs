using Preround.Planning.Queue;
using Preround.Planning.Review;

namespace Preround.Planning.Calendar;

/// <summary>
/// Suggests posting times that fill the weekly target without bunching: the days already planned are kept, and new
/// posts go on the free days farthest from any planned post, at the user's preferred time of day.
/// </summary>
public static class SlotSuggester
{
    /// <param name="weeklyTarget">Posts wanted per ISO week.</param>
    /// <param name="planned">Posts already planned (queued or ready); they count toward their week.</param>
    /// <param name="from">No slot before this time.</param>
    /// <param name="weeks">How many ISO weeks, starting with the one holding <paramref name="from"/>.</param>
    /// <param name="timeOfDay">Local time of day for new slots (the review's best hour, or the user's choice).</param>
    /// <param name="zone">The user's time zone.</param>
    public static IReadOnlyList<DateTimeOffset> Suggest(int weeklyTarget, IEnumerable<PlannedPost> planned, DateTimeOffset from, int weeks,
        TimeOnly timeOfDay, TimeZoneInfo zone)
    {
        if (weeklyTarget is < 1 or > 21) throw new ArgumentOutOfRangeException(nameof(weeklyTarget), weeklyTarget, "between 1 and 21 posts a week");
        if (weeks is < 1 or > 52) throw new ArgumentOutOfRangeException(nameof(weeks), weeks, "between 1 and 52 weeks");

        var taken = new Dictionary<DateOnly, int>();
        foreach (var p in planned.Where(p => p.Status is PlannedPostStatus.Queued or PlannedPostStatus.Ready))
        {
            var day = IsoWeeks.LocalDate(p.PlannedAt, zone);
            taken[day] = taken.GetValueOrDefault(day) + 1;
        }

        var firstDay = IsoWeeks.LocalDate(from, zone);
        // NOTE: at most one post a day up to seven a week; a part-week that is already half gone gets fewer posts, never a bunch.
        var maxPerDay = (weeklyTarget + 6) / 7;
        var slots = new List<DateTimeOffset>();
        var monday = IsoWeeks.WeekStart(firstDay);
        for (var w = 0; w < weeks; w++, monday = monday.AddDays(7))
        {
            var days = Enumerable.Range(0, 7).Select(monday.AddDays).ToList();
            var need = weeklyTarget - days.Sum(d => taken.GetValueOrDefault(d));
            while (need > 0)
            {
                var best = Pick(days, taken, firstDay, from, timeOfDay, zone, maxPerDay);
                if (best is null) break; // every remaining day of this week is past or full
                taken[best.Value] = taken.GetValueOrDefault(best.Value) + 1;
                slots.Add(At(best.Value, timeOfDay, zone, taken[best.Value] - 1));
                need--;
            }
        }

        return slots.Order().ToList();
    }

    /// <summary>The free day whose distance to the nearest planned day (this week and its neighbours) is largest.</summary>
    // NOTE: with more than seven posts a week some days must hold two; the least loaded day is chosen, later posts
    // that day two hours apart, so that two posts never go out together.
    private static DateOnly? Pick(List<DateOnly> days, Dictionary<DateOnly, int> taken, DateOnly firstDay, DateTimeOffset from, TimeOnly timeOfDay, TimeZoneInfo zone, int maxPerDay)
    {
        var candidates = days.Where(d => d >= firstDay && taken.GetValueOrDefault(d) < maxPerDay && At(d, timeOfDay, zone, taken.GetValueOrDefault(d)) > from).ToList();
        if (candidates.Count == 0) return null;
        var minLoad = candidates.Min(d => taken.GetValueOrDefault(d));
        var occupied = taken.Where(kv => kv.Value > 0).Select(kv => kv.Key).ToList();
        return candidates.Where(d => taken.GetValueOrDefault(d) == minLoad)
            .OrderByDescending(d => occupied.Count == 0 ? 0 : occupied.Where(o => o != d).Select(o => Math.Abs(o.DayNumber - d.DayNumber)).DefaultIfEmpty(99).Min())
            .ThenBy(d => d.DayNumber)
            .First();
    }

    private static DateTimeOffset At(DateOnly day, TimeOnly time, TimeZoneInfo zone, int alreadyThatDay)
    {
        var local = day.ToDateTime(time).AddHours(2 * alreadyThatDay);
        // NOTE: a time skipped by a daylight-saving change moves forward an hour rather than fail.
        if (zone.IsInvalidTime(local)) local = local.AddHours(1);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
