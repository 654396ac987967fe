using Preround.Platforms.Bluesky;

namespace Preround.Platforms.Tests.Bluesky;

public sealed class BlueskyLinksTests
{
    [Theory]
    [InlineData("https://\u0301.com/path")]
    [InlineData("https://\u0301")]
    public void Shorten_HostThatIsNotValidIdn_IsKeptAsWritten(string url) => Assert.Equal(url, BlueskyLinks.Shorten(url));

    [Fact]
    public void Shorten_OrdinaryLink_KeepsHostAndCutsALongPath() =>
        Assert.Equal("example.com/a/long/path/...", BlueskyLinks.Shorten("https://example.com/a/long/path/here"));
}
