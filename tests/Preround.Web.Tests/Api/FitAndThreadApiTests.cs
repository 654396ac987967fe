using System.Net;
using Preround.Core.Domain;
using Preround.Platforms.Fit;
using Preround.Platforms.Threading;
using Preround.Web.Tests.Support;

namespace Preround.Web.Tests.Api;

public sealed class FitAndThreadApiTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    private static readonly string LongDraft = string.Join(" ", Enumerable.Range(1, 60).Select(i => $"Sentence {i} about sleep hygiene.")) ;

    [Fact]
    public async Task FitWithoutPlatformMeasuresEveryPlatform()
    {
        var json = await (await factory.CreateClient().PostJson("/api/fit", new { text = "Hello 👋🏽 world" })).Json();

        var platforms = json.GetProperty("platforms").EnumerateArray().ToList();
        Assert.Equal(Enum.GetValues<Platform>().Length, platforms.Count);
        foreach (var p in platforms)
        {
            Assert.True(WireNames.TryParsePlatform(p.GetProperty("platform").GetString(), out var platform));
            var expected = PlatformCounter.Measure("Hello 👋🏽 world", platform);
            Assert.Equal(expected.Length, p.GetProperty("length").GetInt32());
            Assert.Equal(expected.Limit, p.GetProperty("limit").GetInt32());
            Assert.True(p.GetProperty("valid").GetBoolean());
        }
    }

    [Fact]
    public async Task FitForOnePlatformSaysHowFarOverAndWhereTheBudgetEnds()
    {
        var json = await (await factory.CreateClient().PostJson("/api/fit", new { text = LongDraft, platform = "x" })).Json();

        var expected = PlatformCounter.Measure(LongDraft, Platform.X);
        Assert.Equal("x", json.GetProperty("platform").GetString());
        Assert.False(json.GetProperty("valid").GetBoolean());
        Assert.Equal(expected.Over, json.GetProperty("over").GetInt32());
        Assert.Equal(expected.FitsUntil, json.GetProperty("fitsUntil").GetInt32());
    }

    [Fact]
    public async Task ThreadSplitsIntoNumberedPartsThatEachFit()
    {
        var json = await (await factory.CreateClient().PostJson("/api/thread", new { text = LongDraft, platform = "bluesky" })).Json();

        var expected = ThreadSplitter.Split(LongDraft, Platform.Bluesky);
        Assert.True(expected.Count > 1);
        Assert.Equal(expected.Count, json.GetProperty("count").GetInt32());
        Assert.True(json.GetProperty("valid").GetBoolean());
        var parts = json.GetProperty("parts").EnumerateArray().ToList();
        for (var i = 0; i < parts.Count; i++)
        {
            Assert.Equal(expected[i].Text, parts[i].GetProperty("text").GetString());
            Assert.EndsWith($" {i + 1}/{expected.Count}", parts[i].GetProperty("text").GetString());
            Assert.True(parts[i].GetProperty("length").GetInt32() <= parts[i].GetProperty("limit").GetInt32());
        }
    }

    [Fact]
    public async Task ThreadCanLeaveOutNumbers()
    {
        var json = await (await factory.CreateClient().PostJson("/api/thread", new { text = LongDraft, platform = "x", numbered = false })).Json();

        Assert.All(json.GetProperty("parts").EnumerateArray(), p => Assert.DoesNotMatch(@" \d+/\d+$", p.GetProperty("text").GetString()!));
    }

    [Fact]
    public async Task UnknownPlatformIsA400()
    {
        var response = await factory.CreateClient().PostJson("/api/thread", new { text = "x", platform = "orkut" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("orkut", (await response.Json()).GetProperty("detail").GetString());
    }
}
