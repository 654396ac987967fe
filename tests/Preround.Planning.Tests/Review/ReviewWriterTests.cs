using System.Text.Json;
using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Planning.Review;
using Preround.Planning.Strategy;
using Preround.Planning.Tests.Support;

namespace Preround.Planning.Tests.Review;

public sealed class ReviewWriterTests
{
    private static readonly DateTimeOffset Monday = new(2025, 1, 6, 0, 0, 0, TimeSpan.Zero);

    private static ReviewReport Report()
    {
        var h = new SyntheticHistory(11);
        var posts = h.FourAWeekThenOneAMonth(Monday);
        posts.AddRange(Enumerable.Range(0, 30).Select(i => h.Reply(Monday.AddDays(i * 3), i % 3 == 0 ? "celebA" : i % 3 == 1 ? "celebB" : "celebC")));
        posts.AddRange(Enumerable.Range(0, 3).Select(i => h.Original(Monday.AddDays(i), "Same <b>post</b> & again about sleep and night shifts for nurses " + i)));
        var strategy = new StrategyProfile([Goal.PatientEducation], [Audience.Public], ["sleep"], [Platform.X], 3, 90, AuthorRole.Nurse, AccountType.Professional);
        return ReviewAnalyzer.Analyze(new ReviewInput { History = posts, AsOf = Monday.AddDays(400), Strategy = strategy, TimeZone = TimeZoneInfo.Utc });
    }

    [Fact]
    public void JsonHasTheDocumentedKeysAndShapes()
    {
        var report = Report();
        using var ms = new MemoryStream();
        ReviewJsonWriter.Write(report, ms);
        using var doc = JsonDocument.Parse(ms.ToArray());
        var root = doc.RootElement;

        var weeks = root.GetProperty("weekly_counts").EnumerateArray().ToList();
        Assert.Equal(report.Cadence.Weeks.Count, weeks.Count);
        Assert.All(weeks, w => Assert.Matches(@"^\d{4}-W\d{2}$", w.GetProperty("week").GetString()));
        Assert.Equal(report.Cadence.Weeks.Sum(w => w.Posts), weeks.Sum(w => w.GetProperty("posts").GetInt32()));
        Assert.InRange(root.GetProperty("promotional_share").GetDouble(), 0, 1);
        var groups = root.GetProperty("near_duplicate_groups").EnumerateArray().Select(g => g.EnumerateArray().Select(i => i.GetString()!).ToList()).ToList();
        Assert.Equal(report.Variety.NearDuplicateGroups.Select(g => g.ToList()), groups);
        var targets = root.GetProperty("reply_targets").EnumerateArray().Select(t => (t.GetProperty("account").GetString(), t.GetProperty("share").GetDouble())).ToList();
        Assert.Equal(["celebA", "celebB", "celebC"], targets.Select(t => t.Item1));
        Assert.True(targets.Zip(targets.Skip(1)).All(p => p.First.Item2 >= p.Second.Item2), "reply_targets largest first");
        Assert.Equal(report.Actions.Select(a => a.Text), root.GetProperty("actions").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public void HtmlIsSelfContainedWithInlineSvgAndEscapedText()
    {
        var html = ReviewHtmlWriter.Write(Report());

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<svg", html);
        Assert.Contains("default-src 'none'", html);
        Assert.DoesNotMatch(new Regex("<script|src=['\"]http|href=['\"]http|@import|url\\(", RegexOptions.IgnoreCase), html);
        Assert.Contains("Next actions", html);
        Assert.DoesNotContain("<b>post</b>", html);
    }

    [Fact]
    public void TextNamesEverySectionAndNumbersTheActions()
    {
        var sw = new StringWriter();
        var report = Report();

        ReviewTextWriter.Write(report, sw);
        var text = sw.ToString();

        foreach (var section in new[] { "Cadence", "Content", "Engagement", "Networking", "Next actions" }) Assert.Contains("\n" + section + "\n", text.Replace("\r\n", "\n"));
        Assert.Contains("1. ", text);
        Assert.Contains("Drop-off from 2025-W28", text);
    }

    [Fact]
    public void SparklineScalesToTheBusiestWeek() => Assert.Equal(" ▄█", ReviewTextWriter.Sparkline([0, 2, 4]));
}
