using Preround.Core.Domain;
using Preround.Platforms.Fit;

namespace Preround.Platforms.Tests.Fit;

public sealed class PlatformCounterTests
{
    [Fact]
    public void Bluesky_ReportsGraphemesBytesAndShortenedLinkCount()
    {
        var text = "Guideline update https://www.example.org/cardiology/guidelines/2025/heart-failure-update";
        var fit = PlatformCounter.Measure(text, Platform.Bluesky);
        Assert.Equal(text.Length, fit.Length);
        Assert.Equal(text.Length, fit.Bytes);
        Assert.Equal("Guideline update ".Length + "www.example.org".Length + 13 + 3, fit.ShortenedLength);
        Assert.True(fit.Valid);
    }

    [Fact]
    public void Bluesky_CutsOnAGraphemeBoundaryWhenOverTheLimit()
    {
        var text = string.Concat(Enumerable.Repeat("👨‍👩‍👧‍👧", 301));
        var fit = PlatformCounter.Measure(text, Platform.Bluesky);
        Assert.False(fit.Valid);
        Assert.Equal(301, fit.Length);
        // 3000 bytes allow 120 families of 25 bytes; that is the tighter limit here.
        Assert.Equal(120 * "👨‍👩‍👧‍👧".Length, fit.FitsUntil);
    }

    [Fact]
    public void Mastodon_LimitCanBeOverriddenPerServer()
    {
        var limits = PlatformLimitSet.Default.WithOverrides("{\"mastodon\": {\"limit\": 5000}}", "test.json");
        var fit = PlatformCounter.Measure(new string('a', 600), Platform.Mastodon, limits);
        Assert.Equal(5000, fit.Limit);
        Assert.True(fit.Valid);
        Assert.False(PlatformCounter.Measure(new string('a', 600), Platform.Mastodon).Valid);
    }

    [Fact]
    public void Mastodon_ContentWarningCountsTowardTheLimit()
    {
        var fit = PlatformCounter.Measure(new string('a', 490), Platform.Mastodon, contentWarning: "CW: clinical image");
        Assert.Equal(490 + 18, fit.Length);
        Assert.Equal(482, fit.FitsUntil);
    }

    [Fact]
    public void LinkedInComments_HaveTheirOwnLimit()
    {
        var fit = PlatformCounter.Measure(new string('a', 1300), Platform.LinkedIn, context: DraftContext.Comment);
        Assert.Equal(1250, fit.Limit);
        Assert.False(fit.Valid);
        Assert.Equal(1250, fit.FitsUntil);
    }

    [Fact]
    public void X_ReportsWhereTheBudgetRunsOut()
    {
        var fit = PlatformCounter.Measure(new string('b', 290), Platform.X);
        Assert.Equal(290, fit.Length);
        Assert.Equal(280, fit.FitsUntil);
        Assert.Equal(10, fit.Over);
    }

    [Theory]
    [InlineData("{\"mastodon\": {\"limit\": -1}}", "mastodon.limit")]
    [InlineData("{\"myspace\": {\"limit\": 10}}", "unknown platform 'myspace'")]
    [InlineData("{\"x\": {\"limt\": 10}}", "x.limt")]
    [InlineData("{not json", "not valid JSON")]
    public void BadOverrides_SayWhereAndWhat(string json, string expectedFragment)
    {
        var e = Assert.Throws<FormatException>(() => PlatformLimitSet.Default.WithOverrides(json, "limits.json"));
        Assert.Contains("limits.json", e.Message);
        Assert.Contains(expectedFragment, e.Message);
    }
}
