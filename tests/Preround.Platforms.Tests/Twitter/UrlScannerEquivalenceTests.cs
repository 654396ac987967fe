using System.Text;
using Preround.Platforms.Tests.Support;
using Preround.Platforms.Twitter;
using YamlDotNet.RepresentationModel;

namespace Preround.Platforms.Tests.Twitter;

/// <summary>
/// The hand-written URL scan must find exactly what twitter-text's full pattern finds: compared on every conformance
/// text, on a grid of tricky shapes and on seeded random text.
/// </summary>
public sealed class UrlScannerEquivalenceTests
{
    private static readonly string[] Befores = ["", " ", "see ", "x", "(", "\"", "-", "/", "@", "#", "$", ".", "\u200E", "\u3000"];
    private static readonly string[] Protocols = ["", "http://", "https://", "HTTPS://", "ftp://", "http:/"];
    private static readonly string[] Hosts =
    [
        "example.com", "www.example.co.uk", "e.g", "e.g.", "i.e.,", "foo.bar", "a-b.org", "-a.com", "a-.com", "a_b.com",
        "sub_d.example.com", "x.community", "example.comm", "t.co", "T.CO", "xn--p1ai.xn--p1ai", "example.com.au",
        "www.example.com.evil", "localhost", "123.45", "EXAMPLE.COM", "ex--ample.com", "a.b.c.d.museum", "a..com",
        ".example.com", "example..com", "U.S.", "Dr.Smith", "sign-out.Gel", new string('a', 64) + ".com",
        "例え.テスト", "пример.рф", "example.みんな", "café.com", "example.com\u00E9",
    ];
    private static readonly string[] Afters =
    [
        "", ".", ",", "/", "/path", "/path.", "/a_b-c/", "/path?x=1", "?q=1", "?q=.", "/p?q=a.", ":8080/x", ":", "/(wiki)",
        "/wiki/A_(b)", "/a@b/", "'s", ")", ").", "\"", "...", "/é", "é", "@x", "+1", "-x", "#tag", "/#frag", "/~user", "!",
        "/x?", "/x?a=1&b=2.", "/x.y.z/", "/x,y", "?", "_x", "/[x]", "/x\u2013y", "`", "/a.b.com", ".org/x", "/\"q\"",
    ];

    public static IEnumerable<object[]> ConformanceTexts()
    {
        foreach (var file in new[] { "extract.yml", "validate.yml", "tlds.yml" })
        {
            var path = SharedData.Path("conformance", "twitter-text", "conformance", file);
            if (!File.Exists(path)) continue;
            var stream = new YamlStream();
            using (var reader = new StreamReader(path)) stream.Load(reader);
            foreach (var text in Texts(stream.Documents[0].RootNode)) yield return [text];
        }
    }

    [Fact]
    public void ConformanceTexts_SameUrlsAsThePattern()
    {
        var count = 0;
        foreach (var row in ConformanceTexts())
        {
            AssertSame((string)row[0]);
            count++;
        }
        Assert.True(count > 500, $"only {count} conformance texts found");
    }

    [Fact]
    public void GridOfShapes_SameUrlsAsThePattern()
    {
        // Every protocol, host and ending together; the characters before and the text after vary on a smaller grid.
        foreach (var protocol in Protocols)
        foreach (var host in Hosts)
        foreach (var after in Afters)
        {
            AssertSame(" " + protocol + host + after);
        }
        foreach (var before in Befores)
        foreach (var host in Hosts)
        foreach (var after in new[] { "", "/path", "?q=1", ".", ":80" })
        {
            AssertSame(before + host + after);
            AssertSame(before + "https://" + host + after + " and more.text www.x.org");
        }
    }

    [Fact]
    public void SeededRandomText_SameUrlsAsThePattern()
    {
        var pieces = new[]
        {
            "a", "b", "z", "Q", "0", "9", ".", ".", ".", "-", "_", "/", "/", ":", "?", "=", "&", "#", "@", "(", ")", "[", "\"",
            "'", ",", "!", " ", " ", "é", "\u2013", "com", "org", "co", "uk", "http://", "https://", "www.", "xn--", "t.co",
            "みんな", "рф", "\U0001F600",
        };
        var random = new Random(20240611);
        var sb = new StringBuilder();
        for (var n = 0; n < 20000; n++)
        {
            sb.Clear();
            var parts = random.Next(1, 14);
            for (var p = 0; p < parts; p++) sb.Append(pieces[random.Next(pieces.Length)]);
            AssertSame(sb.ToString());
        }
    }

    private static void AssertSame(string text)
    {
        foreach (var withoutProtocol in new[] { true, false })
        {
            var fast = Describe(TwitterExtractor.ExtractUrls(text, withoutProtocol));
            var pattern = Describe(TwitterExtractor.ExtractUrlsByPattern(text, withoutProtocol));
            Assert.True(fast == pattern, $"'{text}' (withoutProtocol={withoutProtocol}): scan [{fast}], pattern [{pattern}]");
        }
    }

    private static string Describe(IReadOnlyList<TextEntity> urls) =>
        string.Join("; ", urls.Select(u => $"{u.Value}@{u.Start}-{u.End}"));

    private static IEnumerable<string> Texts(YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode map:
                foreach (var (key, value) in map.Children)
                {
                    if (key is YamlScalarNode { Value: "text" } && value is YamlScalarNode { Value: { } t }) yield return t;
                    else foreach (var inner in Texts(value)) yield return inner;
                }
                break;
            case YamlSequenceNode seq:
                foreach (var child in seq.Children)
                foreach (var inner in Texts(child))
                    yield return inner;
                break;
        }
    }
}
