using Preround.Planning.Review;
using Preround.Testing;

namespace Preround.Planning.Tests.Review;

/// <summary>The review reads what the archive importers read: the shared real-format samples.</summary>
public sealed class ArchiveHistoryTests
{
    [Theory]
    [InlineData("x")]
    [InlineData("mastodon")]
    public void SampleArchiveLoadsAndReviews(string platform)
    {
        var (posts, _) = ArchiveHistory.Load(RepoPaths.InShared("samples", "archives", platform));

        Assert.NotEmpty(posts);
        Assert.All(posts, p => Assert.False(string.IsNullOrEmpty(p.Id)));
        var report = ReviewAnalyzer.Analyze(new ReviewInput { History = posts, AsOf = posts.Max(p => p.CreatedAt).AddDays(1), TimeZone = TimeZoneInfo.Utc });
        Assert.Equal(posts.Count, report.TotalPosts);
        Assert.Equal(report.Mix.Total, posts.Count);
        Assert.NotEmpty(report.Cadence.Weeks);
    }
}
