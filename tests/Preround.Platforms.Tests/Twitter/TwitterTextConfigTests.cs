using Preround.Platforms.Twitter;

namespace Preround.Platforms.Tests.Twitter;

public sealed class TwitterTextConfigTests
{
    [Fact]
    public void TheShippedV3ConfigIsReadFieldByField()
    {
        var v3 = TwitterTextConfig.V3;
        Assert.Equal(3, v3.Version);
        Assert.Equal(280, v3.MaxWeightedTweetLength);
        Assert.Equal(100, v3.Scale);
        Assert.Equal(200, v3.DefaultWeight);
        Assert.True(v3.EmojiParsingEnabled);
        Assert.Equal(23, v3.TransformedUrlLength);
        Assert.Equal(4, v3.Ranges.Count);
        Assert.Equal(new WeightRange(8192, 8205, 100), v3.Ranges[1]);
        Assert.Equal(100, v3.WeightOf('a'));
        Assert.Equal(200, v3.WeightOf('中'));
    }

    [Fact]
    public void PropertyNamesAreCaseInsensitiveAndCommentsAreSkipped()
    {
        var config = TwitterTextConfig.Parse("""
            // a custom limit
            { "Version": 9, "MAXWEIGHTEDTWEETLENGTH": 500, "scale": 1, "ranges": [ { "Start": 0, "END": 127, "weight": 1 } ] }
            """);
        Assert.Equal(9, config.Version);
        Assert.Equal(500, config.MaxWeightedTweetLength);
        Assert.Equal(1, config.DefaultWeight);
        Assert.Equal(23, config.TransformedUrlLength);
        Assert.Equal(new WeightRange(0, 127, 1), Assert.Single(config.Ranges));
    }

    [Theory]
    [InlineData("{ \"maxWeightedTweetLength\": 280,", "not valid JSON (line 1)")]
    [InlineData("[1, 2]", "not a JSON object")]
    [InlineData("{ \"maxWeightedTweetLength\": \"280\" }", "'maxWeightedTweetLength' must be a whole number")]
    [InlineData("{ \"maxWeightedTweetLength\": 280, \"ranges\": [ { \"start\": 0, \"end\": 1.5, \"weight\": 1 } ] }", "'ranges[0].end' must be a whole number")]
    [InlineData("{ \"maxWeightedTweetLength\": 280, \"emojiParsingEnabled\": \"yes\" }", "'emojiParsingEnabled' must be true or false")]
    [InlineData("{ \"maxWeightedTweetLength\": 280, \"scale\": 0 }", "'scale' must be positive")]
    [InlineData("{ \"version\": 3 }", "'maxWeightedTweetLength' must be positive")]
    public void AMalformedConfigSaysWhatIsWrong(string json, string expected)
    {
        var e = Assert.Throws<FormatException>(() => TwitterTextConfig.Parse(json));
        Assert.Contains(expected, e.Message);
    }
}
