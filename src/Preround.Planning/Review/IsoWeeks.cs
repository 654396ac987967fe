using System.Globalization;

namespace Preround.Planning.Review;

/// <summary>ISO 8601 week arithmetic (weeks start on Monday; week 1 holds the year's first Thursday).</summary>
public static class IsoWeeks
{
    /// <summary>The Monday (00:00) that starts the ISO week holding <paramref name="day"/>.</summary>
    public static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary><c>2026-W07</c> for the ISO week starting on <paramref name="monday"/>.</summary>
    public static string Label(DateOnly monday)
    {
        var dt = monday.ToDateTime(TimeOnly.MinValue);
        return $"{ISOWeek.GetYear(dt):D4}-W{ISOWeek.GetWeekOfYear(dt):D2}";
    }

    /// <summary>The date of a time in a time zone.</summary>
    public static DateOnly LocalDate(DateTimeOffset t, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(t, zone).DateTime);
}
