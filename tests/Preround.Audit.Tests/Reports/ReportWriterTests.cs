using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Preround.Archives.Model;
using Preround.Audit.Reports;
using Preround.Audit.Tests.Support;
using Preround.Core.Domain;

namespace Preround.Audit.Tests.Reports;

public sealed class ReportWriterTests
{
    private static readonly ImportedPost[] Posts =
    [
        Some.Post("Quiet shift <script>alert(1)</script> then bed 12", Some.Month(2023, 2)),
        Some.Post("@peer I hate this program", Some.Month(2023, 5), PostKind.Reply),
        Some.Post("RT @x: wine o'clock", Some.Month(2023, 6), PostKind.Repost) with { Url = "javascript:alert(1)" },
        Some.Post("A calm teaching post", new DateTimeOffset(2023, 7, 1, 8, 9, 10, 123, TimeSpan.FromHours(2))),
    ];

    private static ReportContext Context => new() { Source = "/tmp/archive.zip", Formats = ["x"], Author = new AuthorProfile(AuthorRole.Resident),
        Notes = [new ImportNote(ImportNoteLevel.Skipped, "data/tweets.js", "line 9, byte 3", "2 tweets had no date")] };

    [Fact]
    public void Json_HasOneEntryPerPostInTheCheckShapeAndASummary()
    {
        using var buffer = new MemoryStream();
        var writer = new JsonReportWriter(buffer);
        var summary = new AuditRunner(TestChecker.Check).Run(Posts, writer.Write);
        writer.Finish(summary, Context);
        writer.Dispose();

        using var doc = JsonDocument.Parse(buffer.ToArray());
        var posts = doc.RootElement.GetProperty("posts");
        Assert.Equal(4, posts.GetArrayLength());
        var first = posts[0];
        Assert.Equal("x", first.GetProperty("platform").GetString());
        Assert.Equal("2023-02-10T12:00:00Z", first.GetProperty("created_at").GetString());
        Assert.Equal("original", first.GetProperty("kind").GetString());
        Assert.Equal("block", first.GetProperty("verdict").GetString());
        var finding = first.GetProperty("findings")[0];
        Assert.Equal("Test.Bed", finding.GetProperty("rule").GetString());
        Assert.Equal("privacy", finding.GetProperty("category").GetString());
        Assert.Equal("block", finding.GetProperty("severity").GetString());
        Assert.Equal("bed 12", Posts[0].Text.Substring(finding.GetProperty("start").GetInt32(), finding.GetProperty("length").GetInt32()));
        Assert.Equal("reply", posts[1].GetProperty("kind").GetString());
        Assert.Equal("repost", posts[2].GetProperty("kind").GetString());
        Assert.Equal("2023-07-01T06:09:10.123Z", posts[3].GetProperty("created_at").GetString());
        Assert.Equal("ok", posts[3].GetProperty("verdict").GetString());

        var s = doc.RootElement.GetProperty("summary");
        Assert.Equal(4, s.GetProperty("total_posts").GetInt32());
        Assert.Equal(3, s.GetProperty("flagged_posts").GetInt32());
        Assert.Equal(1, s.GetProperty("verdicts").GetProperty("block").GetInt32());
        Assert.Equal("resident", s.GetProperty("role").GetString());
        Assert.Equal("line 9, byte 3", doc.RootElement.GetProperty("notes")[0].GetProperty("position").GetString());
    }

    [Fact]
    public void Csv_QuotesFieldsAndDefusesFormulas()
    {
        var text = new StringWriter();
        var csv = new CsvReportWriter(text);
        new AuditRunner(TestChecker.Check).Run([Some.Post("=HYPERLINK(\"x\") bed 3, \"quoted\"\nline two")], csv.Write);
        var lines = text.ToString().Split("\r\n");
        Assert.Equal("id,platform,created_at,kind,verdict,risk,categories,rules,messages,url,deleted_at,text", lines[0]);
        Assert.Contains(",block,", lines[1]);
        Assert.EndsWith("\"'=HYPERLINK(\"\"x\"\") bed 3, \"\"quoted\"\"\nline two\"", lines[1]);
    }

    [Fact]
    public void Html_IsSelfContainedEscapedAndShowsEverySection()
    {
        var summary = new AuditRunner(TestChecker.Check).Run(Posts);
        var html = new StringWriter();
        HtmlReportWriter.Write(html, summary, Context);
        var page = html.ToString();

        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(new Regex(@"(src|href)\s*=\s*""(https?:)?//", RegexOptions.IgnoreCase), page.Replace("href=\"https://x.com/i/web/status/1\"", ""));
        Assert.DoesNotContain("<link", page);
        Assert.DoesNotContain("javascript:", page);
        Assert.Contains("&lt;script&gt;", page);
        Assert.Contains("<svg", page);
        Assert.Contains("<mark class=\"sev-block\"", page);
        Assert.Contains(">bed 12</mark>", page);
        Assert.Contains("Findings by category", page);
        Assert.Contains("Month by month", page);
        Assert.Contains("Patterns over time", page);
        Assert.Contains("Deleting a post is not erasing it", page);
        Assert.Contains("Riskiest posts first", page);
        Assert.Contains("Open original", page);
        Assert.Contains("2 tweets had no date", page);
        var order = new[] { "Take down or edit", "Riskiest posts first" }.Select(s => page.IndexOf(s, StringComparison.Ordinal)).ToArray();
        Assert.True(order[0] < order[1]);
    }

    [Fact]
    public void Html_OfAnEmptyArchive_SaysSoInsteadOfFailing()
    {
        var summary = new AuditRunner(TestChecker.Check).Run([]);
        var html = new StringWriter();
        HtmlReportWriter.Write(html, summary, Context);
        Assert.Contains("No posts could be read", html.ToString());
    }
}
