using System.Text;
using Preround.Core.Domain;
using Preround.Planning.Calendar;
using Preround.Planning.Queue;

namespace Preround.Planning.Tests.Calendar;

public sealed class ICalendarWriterTests
{
    private static readonly DateTimeOffset Stamp = new(2026, 3, 2, 21, 0, 0, TimeSpan.Zero);

    private static PlannedPost Post(long id, string text, PlannedPostStatus status = PlannedPostStatus.Queued) => new()
    {
        Id = id, Text = text, Platform = Platform.Bluesky, PlannedAt = new DateTimeOffset(2026, 3, 4, 8, 30, 0, TimeSpan.FromHours(1)), Status = status,
    };

    [Theory]
    [InlineData(@"a\b", @"a\\b")]
    [InlineData("a;b,c", @"a\;b\,c")]
    [InlineData("line1\r\nline2\nline3\rline4", @"line1\nline2\nline3\nline4")]
    [InlineData("bell\u0007gone", "bellgone")]
    public void TextValuesAreEscaped(string value, string expected) => Assert.Equal(expected, ICalendarWriter.Escape(value));

    [Fact]
    public void LongLinesAreFoldedAtSeventyFiveOctetsWithoutSplittingCharacters()
    {
        var line = "DESCRIPTION:" + string.Concat(Enumerable.Repeat("é🩺a", 40));

        var folded = ICalendarWriter.Fold(line);

        var physical = folded.Split("\r\n");
        Assert.True(physical.Length > 1);
        Assert.All(physical, l => Assert.InRange(Encoding.UTF8.GetByteCount(l), 1, 75));
        Assert.All(physical.Skip(1), l => Assert.StartsWith(" ", l));
        Assert.Equal(line, string.Concat(physical.Select((l, i) => i == 0 ? l : l[1..])));
        Assert.DoesNotContain('\uFFFD', Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(folded)));
    }

    [Fact]
    public void CalendarHasOneEventPerPostInUtcWithCrLfLines()
    {
        var ics = ICalendarWriter.Write([Post(1, "Flu shots, who and when; read on"), Post(2, "Dropped idea", PlannedPostStatus.Dropped)], Stamp);

        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:", ics);
        Assert.EndsWith("END:VCALENDAR\r\n", ics);
        Assert.DoesNotContain("\n", ics.Replace("\r\n", ""));
        Assert.Equal(2, ics.Split("BEGIN:VEVENT").Length - 1);
        Assert.Contains("UID:preround-plan-1@preround.local\r\n", ics);
        Assert.Contains("DTSTART:20260304T073000Z\r\n", ics);
        Assert.Contains("DTEND:20260304T074500Z\r\n", ics);
        Assert.Contains("DTSTAMP:20260302T210000Z\r\n", ics);
        Assert.Contains(@"SUMMARY:Post on Bluesky: Flu shots\, who and when\; read on", ics);
        Assert.Contains("STATUS:TENTATIVE", ics);
        Assert.Contains("STATUS:CANCELLED", ics);
    }

    [Fact]
    public void CalendarWithoutTextKeepsTheDraftOut()
    {
        var ics = ICalendarWriter.Write([Post(1, "Secret draft wording")], Stamp, includeText: false);

        Assert.DoesNotContain("Secret", ics);
        Assert.Contains("SUMMARY:Post on Bluesky\r\n", ics);
    }
}
