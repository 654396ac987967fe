using System.Globalization;
using Microsoft.Extensions.Primitives;
using Preround.Planning.Calendar;
using Preround.Planning.Queue;

namespace Preround.Web.Plan;

/// <summary>What a calendar range shows: the posts planned in it and the suggested slots that fill the weekly target.</summary>
internal sealed record CalendarView(DateTimeOffset From, DateTimeOffset To, int? WeeklyTarget, IReadOnlyList<PlannedPost> Posts, IReadOnlyList<DateTimeOffset> Slots);

/// <summary>Loads calendar ranges and does the date arithmetic of the month and week views in the user's zone.</summary>
internal static class PlanCalendar
{
    /// <summary>The time of day new slots get unless the user says otherwise.</summary>
    public static readonly TimeOnly DefaultSlotTime = new(8, 30);

    /// <summary>
    /// Posts planned in [from, to) (dropped ones only when <paramref name="all"/>), and suggested slots in the same range
    /// from now on when a strategy sets a weekly target.
    /// </summary>
    public static async Task<CalendarView> LoadAsync(PlanData data, DateTimeOffset from, DateTimeOffset to, bool all, CancellationToken ct)
    {
        var queue = await data.QueueAsync(ct, write: false);
        var statuses = all ? null : new[] { PlannedPostStatus.Queued, PlannedPostStatus.Ready, PlannedPostStatus.Done };
        var posts = await queue.ListAsync(new QueueFilter(statuses, from, to), ct);
        var strategy = await data.StrategyAsync(ct);
        IReadOnlyList<DateTimeOffset> slots = [];
        var start = from > data.Now ? from : data.Now;
        if (strategy is not null && start < to)
        {
            // NOTE: the suggester looks at every open post, not just this range, so that a week on the edge of the
            // range counts the posts planned in its other half.
            var open = await queue.ListAsync(QueueFilter.Open, ct);
            var weeks = Math.Clamp((int)Math.Ceiling((to - start).TotalDays / 7) + 1, 1, 52);
            slots = SlotSuggester.Suggest(strategy.WeeklyTarget, open, start, weeks, DefaultSlotTime, data.Zone).Where(s => s < to).ToList();
        }
        return new CalendarView(from, to, strategy?.WeeklyTarget, posts, slots);
    }

    /// <summary>Midnight of <paramref name="day"/> in <paramref name="zone"/>, as an instant.</summary>
    public static DateTimeOffset StartOfDay(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        // NOTE: where midnight is skipped by a daylight-saving change, the day starts an hour later.
        while (zone.IsInvalidTime(local)) local = local.AddHours(1);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>Monday of the ISO week holding <paramref name="day"/>.</summary>
    public static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>A time of day from a query or form (HH:MM), the default when empty.</summary>
    public static TimeOnly TimeOfDay(StringValues value, PlanInput input, string field = "time")
    {
        var text = value.ToString();
        if (string.IsNullOrWhiteSpace(text)) return DefaultSlotTime;
        if (TimeOnly.TryParseExact(text.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)) return t;
        input.Add(field, $"'{field}' must be a time of day such as 08:30.");
        return DefaultSlotTime;
    }

    /// <summary>A day from a query (YYYY-MM-DD); <paramref name="fallback"/> when empty or not a date.</summary>
    public static DateOnly Day(string? value, DateOnly fallback) =>
        DateOnly.TryParseExact(value ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : fallback;
}
