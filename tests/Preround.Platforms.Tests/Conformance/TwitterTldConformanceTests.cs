using Preround.Platforms.Tests.Support;
using Preround.Platforms.Twitter;
using YamlDotNet.RepresentationModel;

namespace Preround.Platforms.Tests.Conformance;

/// <summary>twitter-text's tlds.yml: one URL per known TLD must be extracted whole.</summary>
public sealed class TwitterTldConformanceTests
{
    [Theory]
    [InlineData("country")]
    [InlineData("generic")]
    public void EveryKnownTld_IsExtractedAsUpstreamExpects(string section)
    {
        var failures = new List<string>();
        var count = 0;
        foreach (var row in YamlCases.Section("tlds.yml", section))
        {
            var c = YamlCases.Get("tlds.yml", section, (int)row[0]);
            var expected = ((YamlSequenceNode)c.Expected).Children.Select(n => ((YamlScalarNode)n).Value).ToList();
            var actual = TwitterExtractor.ExtractUrls(c.Text).Select(e => e.Value).ToList();
            if (!expected.SequenceEqual(actual)) failures.Add($"{c.Description}: got [{string.Join(", ", actual)}]");
            count++;
        }
        Assert.True(count > 200, $"only {count} {section} cases read");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }
}
