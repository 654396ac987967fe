using System.Globalization;
using System.Text;
using Preround.Core.Domain;
using Preround.Planning.Queue;

namespace Preround.Planning.Calendar;

/// <summary>
/// Writes the plan as an iCalendar file (RFC 5545): one event per planned post, UTC times, TEXT values escaped, and
/// content lines folded at 75 octets without splitting a UTF-8 character.
/// </summary>
public static class ICalendarWriter
{
    /// <summary>How long each post's event lasts in the calendar: time to post and answer the first replies.</summary>
    public static TimeSpan EventLength { get; } = TimeSpan.FromMinutes(15);

    private const int MaxOctets = 75;

    /// <param name="includeText">False leaves the draft text out (only platform, status and time), for a shared calendar.</param>
    public static string Write(IEnumerable<PlannedPost> posts, DateTimeOffset stamp, bool includeText = true)
    {
        var sb = new StringBuilder();
        Line(sb, "BEGIN:VCALENDAR");
        Line(sb, "VERSION:2.0");
        Line(sb, "PRODID:-//Preround//Planner//EN");
        Line(sb, "CALSCALE:GREGORIAN");
        Line(sb, "METHOD:PUBLISH");
        Line(sb, "X-WR-CALNAME:" + Escape("Preround posting plan"));
        foreach (var post in posts)
        {
            Line(sb, "BEGIN:VEVENT");
            // NOTE: the UID stays the same across exports, so re-importing updates events instead of duplicating them.
            Line(sb, $"UID:preround-plan-{post.Id.ToString(CultureInfo.InvariantCulture)}@preround.local");
            Line(sb, "DTSTAMP:" + Utc(stamp));
            Line(sb, "DTSTART:" + Utc(post.PlannedAt));
            Line(sb, "DTEND:" + Utc(post.PlannedAt + EventLength));
            Line(sb, "SUMMARY:" + Escape(Summary(post, includeText)));
            Line(sb, "DESCRIPTION:" + Escape(Description(post, includeText)));
            Line(sb, "CATEGORIES:" + Escape("Preround") + "," + Escape(post.Platform.Name()));
            Line(sb, "STATUS:" + (post.Status switch
            {
                PlannedPostStatus.Dropped => "CANCELLED",
                PlannedPostStatus.Queued => "TENTATIVE",
                _ => "CONFIRMED",
            }));
            Line(sb, "TRANSP:TRANSPARENT");
            Line(sb, "END:VEVENT");
        }

        Line(sb, "END:VCALENDAR");
        return sb.ToString();
    }

    /// <summary>Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks.</summary>
    public static string Escape(string value)
    {
        var sb = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\': sb.Append(@"\\"); break;
                case ';': sb.Append(@"\;"); break;
                case ',': sb.Append(@"\,"); break;
                case '\r':
                    if (i + 1 < value.Length && value[i + 1] == '\n') i++;
                    sb.Append(@"\n");
                    break;
                case '\n': sb.Append(@"\n"); break;
                default:
                    // NOTE: other control characters are not allowed in TEXT; they are dropped rather than break the file.
                    if (!char.IsControl(c) || c == '\t') sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Folds one content line: at most 75 octets per physical line, continuation lines start with a space, and a
    /// multi-octet UTF-8 character (or a surrogate pair) is never split.
    /// </summary>
    public static string Fold(string line)
    {
        var sb = new StringBuilder(line.Length + 8);
        var octets = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var width = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, width));
            if (octets + size > MaxOctets)
            {
                sb.Append("\r\n ");
                octets = 1; // the leading space counts
            }

            sb.Append(line, i, width);
            octets += size;
            i += width - 1;
        }

        return sb.ToString();
    }

    private static void Line(StringBuilder sb, string line) => sb.Append(Fold(line)).Append("\r\n");

    private static string Utc(DateTimeOffset t) => t.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Summary(PlannedPost post, bool includeText)
    {
        var prefix = $"Post on {post.Platform}";
        if (!includeText) return prefix;
        var firstLine = post.Text.Split('\n', 2)[0].Trim();
        return prefix + ": " + (firstLine.Length > 60 ? firstLine[..60].TrimEnd() + "…" : firstLine);
    }

    private static string Description(PlannedPost post, bool includeText)
    {
        var sb = new StringBuilder();
        if (includeText) sb.Append(post.Text).Append("\n\n");
        sb.Append("Status: ").Append(post.Status.ToString().ToLowerInvariant());
        sb.Append("\nCheck: ").Append(post.Verdict.Name());
        if (post.Findings.Count > 0) sb.Append(" (").Append(string.Join(", ", post.Findings.Select(f => f.RuleId).Distinct())).Append(')');
        if (post.HoldUntil is { } hold) sb.Append("\nCooling-off until ").Append(hold.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture));
        if (post.Note is not null && includeText) sb.Append("\nNote: ").Append(post.Note);
        sb.Append("\nPreround plan #").Append(post.Id.ToString(CultureInfo.InvariantCulture));
        return sb.ToString();
    }
}
