using Preround.Platforms.Tests.Support;
using Preround.Platforms.Twitter;
using YamlDotNet.RepresentationModel;

namespace Preround.Platforms.Tests.Conformance;

/// <summary>Every case of twitter-text's extract.yml, read from shared/conformance at test time.</summary>
public sealed class TwitterExtractConformanceTests
{
    private const string File = "extract.yml";

    public static IEnumerable<object[]> Mentions => YamlCases.Section(File, "mentions");
    public static IEnumerable<object[]> MentionsWithIndices => YamlCases.Section(File, "mentions_with_indices");
    public static IEnumerable<object[]> MentionsOrLists => YamlCases.Section(File, "mentions_or_lists_with_indices");
    public static IEnumerable<object[]> Replies => YamlCases.Section(File, "replies");
    public static IEnumerable<object[]> Urls => YamlCases.Section(File, "urls");
    public static IEnumerable<object[]> UrlsWithIndices => YamlCases.Section(File, "urls_with_indices");
    public static IEnumerable<object[]> UrlsWithDirectionalMarkers => YamlCases.Section(File, "urls_with_directional_markers");
    public static IEnumerable<object[]> TcoUrls => YamlCases.Section(File, "tco_urls_with_params");
    public static IEnumerable<object[]> Hashtags => YamlCases.Section(File, "hashtags");
    public static IEnumerable<object[]> HashtagsFromAstral => YamlCases.Section(File, "hashtags_from_astral");
    public static IEnumerable<object[]> HashtagsWithIndices => YamlCases.Section(File, "hashtags_with_indices");
    public static IEnumerable<object[]> Cashtags => YamlCases.Section(File, "cashtags");
    public static IEnumerable<object[]> CashtagsWithIndices => YamlCases.Section(File, "cashtags_with_indices");

    [Theory, MemberData(nameof(Mentions))]
    public void Mentions_MatchUpstream(int index, string description) =>
        AssertValues("mentions", index, description, t => TwitterExtractor.ExtractMentions(t).Select(e => e.Value));

    [Theory, MemberData(nameof(MentionsWithIndices))]
    public void MentionsWithIndices_MatchUpstream(int index, string description) =>
        AssertEntities("mentions_with_indices", index, description, "screen_name", TwitterExtractor.ExtractMentions, e => e.Value);

    [Theory, MemberData(nameof(MentionsOrLists))]
    public void MentionsOrListsWithIndices_MatchUpstream(int index, string description)
    {
        var c = YamlCases.Get(File, "mentions_or_lists_with_indices", index);
        var expected = ((YamlSequenceNode)c.Expected).Children.Cast<YamlMappingNode>()
            .Select(m => $"{Scalar(m, "screen_name")}|{Scalar(m, "list_slug")}|{Indices(m)}").ToList();
        var actual = TwitterExtractor.ExtractMentionsOrLists(c.Text).Select(e => $"{e.Value}|{e.ListSlug}|{e.Start},{e.End}").ToList();
        Assert.True(expected.SequenceEqual(actual), $"{description}: expected [{string.Join("; ", expected)}], got [{string.Join("; ", actual)}]");
    }

    [Theory, MemberData(nameof(Replies))]
    public void Replies_MatchUpstream(int index, string description)
    {
        var c = YamlCases.Get(File, "replies", index);
        var expected = ((YamlScalarNode)c.Expected).Value;
        if (string.IsNullOrEmpty(expected) || expected is "~" or "null") expected = null;
        Assert.True(expected == TwitterExtractor.ExtractReplyScreenName(c.Text), $"{description}: expected '{expected}', got '{TwitterExtractor.ExtractReplyScreenName(c.Text)}'");
    }

    [Theory, MemberData(nameof(Urls))]
    public void Urls_MatchUpstream(int index, string description) =>
        AssertValues("urls", index, description, t => TwitterExtractor.ExtractUrls(t).Select(e => e.Value));

    [Theory, MemberData(nameof(UrlsWithIndices))]
    public void UrlsWithIndices_MatchUpstream(int index, string description) =>
        AssertEntities("urls_with_indices", index, description, "url", t => TwitterExtractor.ExtractUrls(t), e => e.Value);

    [Theory, MemberData(nameof(UrlsWithDirectionalMarkers))]
    public void UrlsWithDirectionalMarkers_MatchUpstream(int index, string description) =>
        AssertEntities("urls_with_directional_markers", index, description, "url", t => TwitterExtractor.ExtractUrls(t), e => e.Value);

    [Theory, MemberData(nameof(TcoUrls))]
    public void TcoUrlsWithParams_MatchUpstream(int index, string description) =>
        AssertValues("tco_urls_with_params", index, description, t => TwitterExtractor.ExtractUrls(t).Select(e => e.Value));

    [Theory, MemberData(nameof(Hashtags))]
    public void Hashtags_MatchUpstream(int index, string description) =>
        AssertValues("hashtags", index, description, t => TwitterExtractor.ExtractHashtags(t).Select(e => e.Value));

    [Theory, MemberData(nameof(HashtagsFromAstral))]
    public void HashtagsFromAstralPlanes_MatchUpstream(int index, string description) =>
        AssertValues("hashtags_from_astral", index, description, t => TwitterExtractor.ExtractHashtags(t).Select(e => e.Value));

    [Theory, MemberData(nameof(HashtagsWithIndices))]
    public void HashtagsWithIndices_MatchUpstream(int index, string description) =>
        AssertEntities("hashtags_with_indices", index, description, "hashtag", t => TwitterExtractor.ExtractHashtags(t), e => e.Value);

    [Theory, MemberData(nameof(Cashtags))]
    public void Cashtags_MatchUpstream(int index, string description) =>
        AssertValues("cashtags", index, description, t => TwitterExtractor.ExtractCashtags(t).Select(e => e.Value));

    [Theory, MemberData(nameof(CashtagsWithIndices))]
    public void CashtagsWithIndices_MatchUpstream(int index, string description) =>
        AssertEntities("cashtags_with_indices", index, description, "cashtag", TwitterExtractor.ExtractCashtags, e => e.Value);

    private static void AssertValues(string section, int index, string description, Func<string, IEnumerable<string>> extract)
    {
        var c = YamlCases.Get(File, section, index);
        var expected = ((YamlSequenceNode)c.Expected).Children.Select(n => ((YamlScalarNode)n).Value ?? "").ToList();
        var actual = extract(c.Text).ToList();
        Assert.True(expected.SequenceEqual(actual), $"{description}: expected [{string.Join(", ", expected)}], got [{string.Join(", ", actual)}]");
    }

    private static void AssertEntities(string section, int index, string description, string valueKey,
        Func<string, IReadOnlyList<TextEntity>> extract, Func<TextEntity, string> value)
    {
        var c = YamlCases.Get(File, section, index);
        var expected = ((YamlSequenceNode)c.Expected).Children.Cast<YamlMappingNode>()
            .Select(m => $"{Scalar(m, valueKey)}|{Indices(m)}").ToList();
        var actual = extract(c.Text).Select(e => $"{value(e)}|{e.Start},{e.End}").ToList();
        Assert.True(expected.SequenceEqual(actual), $"{description}: expected [{string.Join("; ", expected)}], got [{string.Join("; ", actual)}]");
    }

    private static string Scalar(YamlMappingNode m, string key) =>
        m.Children.TryGetValue(new YamlScalarNode(key), out var n) ? ((YamlScalarNode)n).Value ?? "" : "";

    private static string Indices(YamlMappingNode m)
    {
        var seq = (YamlSequenceNode)m.Children[new YamlScalarNode("indices")];
        return string.Join(",", seq.Children.Select(n => ((YamlScalarNode)n).Value));
    }
}
