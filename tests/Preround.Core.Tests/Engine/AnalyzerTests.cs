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

    private sealed class BrokenRule(string id) : Rule
    {
        public override RuleDescriptor Descriptor { get; } = new(id, "broken", "never", RuleCategories.Venting, Severity.Block, "because");

        public override void Analyze(RuleContext context) => throw new ArgumentOutOfRangeException(nameof(context), "defect");
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

    [Fact]
    public void ARuleThatThrowsIsSkippedAndNamedWhileTheOtherRulesStillRun()
    {
        var analyzer = new AnalyzerBuilder()
            .AddRule(new BrokenRule("T9"))
            .AddRule(new WordRule("T1", "warn", Severity.Warn))
            .Build();
        var result = analyzer.Check(Draft.Of("a warn word"));
        Assert.Equal("T1", Assert.Single(result.Findings).RuleId);
        Assert.Equal(["T9"], result.FailedRules);
        Assert.Equal(Verdict.Warn, result.Verdict);
        Assert.Empty(new AnalyzerBuilder().AddRule(new WordRule("T1", "warn", Severity.Warn)).Build().Check(Draft.Of("a warn word")).FailedRules);
    }

    [Fact]
    public void APartialCheckSaysSoInItsJsonLineAndACompleteOneKeepsTheContractShape()
    {
        static string Line(Analyzer a)
        {
            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            using (var w = new System.Text.Json.Utf8JsonWriter(buffer)) Preround.Core.Serialization.CheckJson.WriteLine(w, "p1", a.Check(Draft.Of("a warn word")));
            return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
        }
        var partial = Line(new AnalyzerBuilder().AddRule(new BrokenRule("T9")).AddRule(new WordRule("T1", "warn", Severity.Warn)).Build());
        Assert.EndsWith(",\"failed_rules\":[\"T9\"]}", partial);
        var complete = Line(new AnalyzerBuilder().AddRule(new WordRule("T1", "warn", Severity.Warn)).Build());
        Assert.DoesNotContain("failed_rules", complete);
    }
}
