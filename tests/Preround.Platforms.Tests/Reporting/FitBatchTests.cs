using System.Text;
using Preround.Core.Domain;
using Preround.Platforms.Fit;
using Preround.Platforms.Reporting;

namespace Preround.Platforms.Tests.Reporting;

public sealed class FitBatchTests
{
    [Fact]
    public void Jsonl_WritesOneLinePerDraftWithBytesForBluesky()
    {
        var input = """
            {"id":1,"text":"hello 👨‍👩‍👧‍👧","platform":"bluesky"}
            {"id":"m1","text":"@alice@example.social hi http://x.org","platform":"mastodon"}
            {"id":"x1","text":"Hi http://test.co","platform":"x"}
            """;
        var (output, errors, bad) = Run(input, null);
        Assert.Equal(0, bad);
        Assert.Equal("", errors);
        Assert.Equal(
            "{\"id\":1,\"platform\":\"bluesky\",\"length\":7,\"limit\":300,\"valid\":true,\"bytes\":31}\n" +
            "{\"id\":\"m1\",\"platform\":\"mastodon\",\"length\":33,\"limit\":500,\"valid\":true}\n" +
            "{\"id\":\"x1\",\"platform\":\"x\",\"length\":26,\"limit\":280,\"valid\":true}\n",
            output);
    }

    [Fact]
    public void Jsonl_ReportsBadLinesWithTheirNumberAndKeepsGoing()
    {
        var input = "{\"id\":1,\"text\":\"ok\"}\nnot json\n{\"text\":\"no id\",\"platform\":\"x\"}\n{\"id\":4,\"text\":\"fine\",\"platform\":\"threads\"}\n";
        var (output, errors, bad) = Run(input, null);
        Assert.Equal(3, bad);
        Assert.Contains("in.jsonl:1: missing \"platform\"", errors);
        Assert.Contains("in.jsonl:2: not valid JSON", errors);
        Assert.Contains("in.jsonl:3: missing \"id\"", errors);
        Assert.Equal("{\"id\":4,\"platform\":\"threads\",\"length\":4,\"limit\":500,\"valid\":true}\n", output);
    }

    [Fact]
    public void Jsonl_UsesTheDefaultPlatformForLinesWithoutOne()
    {
        var (output, _, bad) = Run("{\"id\":1,\"text\":\"" + new string('a', 301) + "\"}\n", Platform.X);
        Assert.Equal(0, bad);
        Assert.Equal("{\"id\":1,\"platform\":\"x\",\"length\":301,\"limit\":280,\"valid\":false}\n", output);
    }

    [Fact]
    public void TextReport_ShowsWhereTheBudgetRunsOut()
    {
        var text = new string('a', 275) + " tachycardia";
        var report = FitText.Describe(text, PlatformCounter.Measure(text, Platform.X));
        Assert.Contains("x: 287/280 - over by 7", report);
        Assert.Contains("at character 281", report);
        Assert.Contains("a tach|ycardia", report);
    }

    private static (string Output, string Errors, int Bad) Run(string input, Platform? platform)
    {
        using var output = new MemoryStream();
        var errors = new StringWriter();
        var bad = FitBatch.Run(new StringReader(input), "in.jsonl", output, errors, platform, PlatformLimitSet.Default);
        return (Encoding.UTF8.GetString(output.ToArray()), errors.ToString(), bad);
    }
}
