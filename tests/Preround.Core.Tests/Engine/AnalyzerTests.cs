using Preround.Core.Domain;
using Preround.Core.Engine;

namespace Preround.Core.Tests.Engine;

public sealed class AnalyzerTests
{
    private sealed class WordRule(string id, string word, Severity severity) : Rule
    {
        public override RuleDescriptor Descriptor { get; } = new(id, "word", "'{match}' found", RuleCategories.Venting, severity, "because");

        public override void Analyze(RuleContext context)
        {
            var i = context.Text.Normalized.IndexOf(word, StringComparison.Ordinal);
            if (i >= 0) context.ReportNormalized(new TextSpan(i, word.Length));
        }
    }

    [Theory]
    [InlineData("nothing here", Verdict.Ok)]
    [InlineData("a warn word", Verdict.Warn)]
    [InlineData("warn and block", Verdict.Block)]
    public void VerdictIsTheWorstSeverity(string text, Verdict expected)
    {
        var analyzer = new AnalyzerBuilder()
            .AddRule(new WordRule("T1", "warn", Severity.Warn))
            .AddRule(new WordRule("T2", "block", Severity.Block))
            .AddRule(new WordRule("T3", "nothing", Severity.Info))
            .Build();
        Assert.Equal(expected, analyzer.Check(Draft.Of(text)).Verdict);
    }

    [Fact]
    public void PolicyDisablesAndRegradesRules()
    {
        var analyzer = new AnalyzerBuilder()
            .AddRule(new WordRule("T1", "warn", Severity.Warn))
            .AddRule(new WordRule("T2", "block", Severity.Block))
            .UsePolicy(new RulePolicy(new Dictionary<string, RuleSetting> { ["T2"] = new(Enabled: false), ["T1"] = new(Severity: Severity.Block) }))
            .Build();
        var result = analyzer.Check(Draft.Of("warn and block"));
        var f = Assert.Single(result.Findings);
        Assert.Equal("T1", f.RuleId);
        Assert.Equal(Severity.Block, f.Severity);
    }

    [Fact]
    public void FindingsAreMappedToOriginalOffsetsAndCarryTheMatch()
    {
        var analyzer = new AnalyzerBuilder().AddRule(new WordRule("T1", "block", Severity.Block)).Build();
        var f = Assert.Single(analyzer.Check(Draft.Of("𝐓𝐡𝐞 BLOCK")).Findings);
        Assert.Equal(new TextSpan(7, 5), f.Span);
        Assert.Equal("BLOCK", f.Match);
        Assert.Equal("'BLOCK' found", f.Message);
        Assert.Equal("docs/rules/T1.md", f.HelpUri);
    }

    [Fact]
    public void OverlongDraftsAreRejectedWithAClearMessage()
    {
        var analyzer = new AnalyzerBuilder().Build();
        var e = Assert.Throws<DraftRejectedException>(() => analyzer.Check(Draft.Of(new string('a', Draft.MaxLength + 1))));
        Assert.Contains("at most 100,000", e.Message);
    }
}
