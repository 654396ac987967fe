using Preround.Archives.Model;
using Preround.Audit.Tests.Support;
using Preround.Core.Domain;

namespace Preround.Audit.Tests;

public sealed class AuditSummaryTests
{
    private static AuditSummary Run(IEnumerable<ImportedPost> posts, int keep = 100) =>
        new AuditRunner(TestChecker.Check, new AuditOptions { RiskiestKept = keep }).Run(posts);

    [Fact]
    public void Timeline_CoversEveryMonthIncludingEmptyOnes()
    {
        var s = Run([Some.Post("I hate this program", Some.Month(2023, 1)), Some.Post("hello", Some.Month(2023, 4)), Some.Post("wine o'clock", Some.Month(2023, 4))]);
        Assert.Equal([new DateOnly(2023, 1, 1), new DateOnly(2023, 2, 1), new DateOnly(2023, 3, 1), new DateOnly(2023, 4, 1)], s.Timeline.Select(m => m.Month));
        Assert.Equal(0, s.Timeline[1].Posts);
        Assert.Equal(2, s.Timeline[3].Posts);
        Assert.Equal(1, s.Timeline[3].Categories[RuleCategories.Lifestyle]);
        Assert.Equal(1, s.Timeline[0].Categories[RuleCategories.Venting]);
    }

    [Fact]
    public void Patterns_NameTheThemeCountAndSpan()
    {
        var posts = new[] { (2023, 3), (2023, 9), (2024, 1), (2024, 1), (2024, 5) }
            .Select(m => Some.Post("Honestly I hate this program", Some.Month(m.Item1, m.Item2)))
            .Append(Some.Post("wine o'clock", Some.Month(2024, 2)));
        var s = Run(posts);
        var pattern = Assert.Single(s.Patterns);
        Assert.Equal("5 posts flagged for venting about work between March 2023 and May 2024, most of them in January 2024 (2).", pattern.Sentence);
    }

    [Fact]
    public void Riskiest_KeepsTheHighestRiskAndDropsTheRest()
    {
        var posts = Enumerable.Range(0, 50).Select(i => Some.Post("wine o'clock", Some.Month(2022, 1 + i % 12)))
            .Append(Some.Post("bed 7 again", Some.Month(2021, 6)))
            .Append(Some.Post("bed 9 and I hate this program", Some.Month(2021, 7)));
        var s = Run(posts, keep: 5);
        Assert.Equal(5, s.Riskiest.Count);
        Assert.Equal("bed 9 and I hate this program", s.Riskiest[0].Post.Text);
        Assert.Equal("bed 7 again", s.Riskiest[1].Post.Text);
    }

    [Fact]
    public void Cleanup_PutsBlockPostsFirstAndAlwaysSaysDeletionIsNotErasure()
    {
        var s = Run([Some.Post("I hate this program"), Some.Post("bed 3"), Some.Post("wine o'clock")]);
        Assert.StartsWith("Take down or edit the 1 post", s.Cleanup[0].Title);
        Assert.Contains(s.Cleanup, c => c.Title.Contains("venting about work"));
        var last = s.Cleanup[^1];
        Assert.Contains("not erasing", last.Detail);
        Assert.Contains("archive", last.Detail);
        Assert.Equal(Enumerable.Range(1, s.Cleanup.Count), s.Cleanup.Select(c => c.Priority));
    }

    [Fact]
    public void Counts_SplitKindsPlatformsAndDeletedPosts()
    {
        var s = Run([
            Some.Post("a"), Some.Post("b", kind: PostKind.Reply), Some.Post("c", kind: PostKind.Repost, platform: Platform.Bluesky),
            Some.Post("d") with { DeletedAt = Some.Month(2025, 1) },
        ]);
        Assert.Equal(2, s.Kinds[PostKind.Original]);
        Assert.Equal(1, s.Kinds[PostKind.Reply]);
        Assert.Equal(1, s.Platforms[Platform.Bluesky]);
        Assert.Equal(1, s.DeletedPosts);
    }
}
