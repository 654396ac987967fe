using Preround.Platforms.Tests.Support;
using Preround.Platforms.Twitter;
using YamlDotNet.RepresentationModel;

namespace Preround.Platforms.Tests.Conformance;

/// <summary>Every case of twitter-text's validate.yml, read from shared/conformance at test time.</summary>
public sealed class TwitterValidateConformanceTests
{
    private const string File = "validate.yml";

    public static IEnumerable<object[]> Tweets => YamlCases.Section(File, "tweets");
    public static IEnumerable<object[]> Usernames => YamlCases.Section(File, "usernames");
    public static IEnumerable<object[]> Lists => YamlCases.Section(File, "lists");
    public static IEnumerable<object[]> Hashtags => YamlCases.Section(File, "hashtags");
    public static IEnumerable<object[]> Urls => YamlCases.Section(File, "urls");
    public static IEnumerable<object[]> UrlsWithoutProtocol => YamlCases.Section(File, "urls_without_protocol");
    public static IEnumerable<object[]> WeightedV2 => YamlCases.Section(File, "WeightedTweetsCounterTest");
    public static IEnumerable<object[]> WeightedV3 => YamlCases.Section(File, "WeightedTweetsWithDiscountedEmojiCounterTest");
    public static IEnumerable<object[]> Directional => YamlCases.Section(File, "UnicodeDirectionalMarkerCounterTest");

    [Theory, MemberData(nameof(Tweets))]
    public void TweetValidity_MatchesUpstreamWithV1Config(int index, string description)
    {
        var c = YamlCases.Get(File, "tweets", index);
        Assert.True(ExpectedBool(c) == TwitterValidator.IsValidTweetText(c.Text, TwitterTextConfig.V1), description);
    }

    [Theory, MemberData(nameof(Usernames))]
    public void UsernameValidity_MatchesUpstream(int index, string description)
    {
        var c = YamlCases.Get(File, "usernames", index);
        Assert.True(ExpectedBool(c) == TwitterValidator.IsValidUsername(c.Text), description);
    }

    [Theory, MemberData(nameof(Lists))]
    public void ListValidity_MatchesUpstream(int index, string description)
    {
        var c = YamlCases.Get(File, "lists", index);
        Assert.True(ExpectedBool(c) == TwitterValidator.IsValidList(c.Text), description);
    }

    [Theory, MemberData(nameof(Hashtags))]
    public void HashtagValidity_MatchesUpstream(int index, string description)
    {
        var c = YamlCases.Get(File, "hashtags", index);
        Assert.True(ExpectedBool(c) == TwitterValidator.IsValidHashtag(c.Text), description);
    }

    [Theory, MemberData(nameof(Urls))]
    public void UrlValidity_MatchesUpstream(int index, string description)
    {
        var c = YamlCases.Get(File, "urls", index);
        Assert.True(ExpectedBool(c) == TwitterValidator.IsValidUrl(c.Text), description);
    }

    [Theory, MemberData(nameof(UrlsWithoutProtocol))]
    public void UrlWithoutProtocolValidity_MatchesUpstream(int index, string description)
    {
        var c = YamlCases.Get(File, "urls_without_protocol", index);
        Assert.True(ExpectedBool(c) == TwitterValidator.IsValidUrl(c.Text, requireProtocol: false), description);
    }

    [Theory, MemberData(nameof(WeightedV2))]
    public void WeightedLength_MatchesUpstreamWithV2Config(int index, string description) =>
        AssertParse(YamlCases.Get(File, "WeightedTweetsCounterTest", index), TwitterTextConfig.V2, description);

    [Theory, MemberData(nameof(WeightedV3))]
    public void WeightedLength_MatchesUpstreamWithV3Config(int index, string description) =>
        AssertParse(YamlCases.Get(File, "WeightedTweetsWithDiscountedEmojiCounterTest", index), TwitterTextConfig.V3, description);

    [Theory, MemberData(nameof(Directional))]
    public void DirectionalMarkersAndInvalidCharacters_MatchUpstreamWithDefaultConfig(int index, string description) =>
        AssertParse(YamlCases.Get(File, "UnicodeDirectionalMarkerCounterTest", index), TwitterTextConfig.V3, description);

    private static void AssertParse(YamlCase c, TwitterTextConfig config, string description)
    {
        var e = (YamlMappingNode)c.Expected;
        int Field(string name) => int.Parse(((YamlScalarNode)e.Children[new YamlScalarNode(name)]).Value!);
        var expected = new TweetParseResult(
            Field("weightedLength"),
            bool.Parse(((YamlScalarNode)e.Children[new YamlScalarNode("valid")]).Value!),
            Field("permillage"),
            Field("validRangeStart"), Field("validRangeEnd"), Field("displayRangeStart"), Field("displayRangeEnd"));
        var actual = TweetLength.Parse(c.Text, config);
        Assert.True(expected == actual, $"{description}: expected {expected}, got {actual}");
    }

    private static bool ExpectedBool(YamlCase c) => bool.Parse(((YamlScalarNode)c.Expected).Value!);
}
