using Preround.Core.Domain;
using Preround.Planning.Calendar;
using Preround.Planning.Queue;

namespace Preround.Planning.Tests.Calendar;

public sealed class PlanCsvTests
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.CreateCustomTimeZone("test+2", TimeSpan.FromHours(2), "test+2", "test+2");

    private static (IReadOnlyList<NewPlannedPost> Posts, IReadOnlyList<CsvProblem> Problems) Import(string csv) =>
        PlanCsv.Import(new StringReader(csv), Zone);

    [Fact]
    public void ImportReadsTimesPlatformsTextAndNotes()
    {
        var (posts, problems) = Import("planned_at,platform,text,note\n" +
                                       "2026-03-04 08:30,bluesky,\"Flu shots:\nwho, when, \"\"why\"\"\",check CDC link\n" +
                                       "2026-03-05T09:00:00Z,twitter,Second post,\n");

        Assert.Empty(problems);
        Assert.Equal(2, posts.Count);
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 6, 30, 0, TimeSpan.Zero), posts[0].PlannedAt.ToUniversalTime());
        Assert.Equal(Platform.Bluesky, posts[0].Platform);
        Assert.Equal("Flu shots:\nwho, when, \"why\"", posts[0].Text);
        Assert.Equal("check CDC link", posts[0].Note);
        Assert.Equal(Platform.X, posts[1].Platform);
        Assert.Equal(new DateTimeOffset(2026, 3, 5, 9, 0, 0, TimeSpan.Zero), posts[1].PlannedAt);
        Assert.Null(posts[1].Note);
    }

    [Fact]
    public void EveryBadRowIsReportedByLineAndColumnAndNothingIsImported()
    {
        var (posts, problems) = Import("planned_at,platform,text\n" +
                                       "2026-03-04 08:30,bluesky,Fine\n" +
                                       "next tuesday,bluesky,Bad time\n" +
                                       "2026-03-06 08:30,myspace,Bad platform\n" +
                                       "2026-03-07 08:30,x,\n");

        Assert.Empty(posts);
        Assert.Equal(["line 3, column 'planned_at'", "line 4, column 'platform'", "line 5, column 'text'"],
            problems.Select(p => p.ToString().Split(':')[0]));
    }

    [Fact]
    public void MissingColumnsAreNamed()
    {
        var (_, problems) = Import("when,where,what\n2026-03-04,x,hi\n");

        Assert.Contains("planned_at, platform, text", Assert.Single(problems).Message);
    }

    [Fact]
    public void EmptyFileIsAnError() => Assert.Single(Import("").Problems);

    [Fact]
    public void ExportRoundTripsThroughImportAndEscapesFormulas()
    {
        var posts = new[]
        {
            new PlannedPost { Id = 7, Text = "=HYPERLINK(\"x\")", Platform = Platform.Mastodon, PlannedAt = new DateTimeOffset(2026, 3, 4, 7, 0, 0, TimeSpan.Zero), Note = "n, with comma" },
            new PlannedPost { Id = 8, Text = "Line one\nline \"two\"", Platform = Platform.LinkedIn, PlannedAt = new DateTimeOffset(2026, 3, 5, 7, 0, 0, TimeSpan.Zero) },
        };
        var sw = new StringWriter();

        PlanCsv.Export(posts, sw);
        var csv = sw.ToString();
        var (read, problems) = Import(csv);

        Assert.StartsWith("id,planned_at,platform,status,verdict,rules,hold_until,note,text\r\n", csv);
        Assert.Contains("'=HYPERLINK", csv);
        Assert.Empty(problems);
        Assert.Equal(["'=HYPERLINK(\"x\")", "Line one\nline \"two\""], read.Select(p => p.Text));
        Assert.Equal(posts.Select(p => p.PlannedAt), read.Select(p => p.PlannedAt));
        Assert.Equal("n, with comma", read[0].Note);
    }
}
