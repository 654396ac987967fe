using System.Globalization;
using System.Text.RegularExpressions;

namespace Preround.Planning.Calendar;

/// <summary>Reads the times people type for a plan: ISO 8601 with or without an offset; without one, in their time zone.</summary>
public static partial class PlanTime
{
    /// <summary>
    /// <c>2026-03-04T08:30</c>, <c>2026-03-04 08:30</c>, <c>2026-03-04</c> (midnight) in <paramref name="zone"/>;
    /// <c>2026-03-04T08:30Z</c> or <c>2026-03-04 08:30+01:00</c> as given.
    /// </summary>
    public static bool TryParse(string? s, TimeZoneInfo zone, out DateTimeOffset when)
    {
        when = default;
        s = s?.Trim();
        if (string.IsNullOrEmpty(s) || !Shape().IsMatch(s)) return false;
        if (s.EndsWith('Z') || s.EndsWith('z') || Offset().IsMatch(s))
        {
            return DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out when);
        }

        if (!DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)) return false;
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        // NOTE: a local time skipped by a daylight-saving change does not exist; refuse it rather than guess.
        if (zone.IsInvalidTime(local)) return false;
        when = new DateTimeOffset(local, zone.GetUtcOffset(local));
        return true;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?\s*([Zz]|[+-]\d{2}:?\d{2})?$")]
    private static partial Regex Shape();

    [GeneratedRegex(@"[+-]\d{2}:?\d{2}$")]
    private static partial Regex Offset();
}
