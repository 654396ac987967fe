using Preround.Core.Domain;
using Preround.Rules.Learned.Rules;
using Preround.Testing;

namespace Preround.Rules.Tests.Learned;

/// <summary>
/// The learned rules' behaviour around the model: they report with the evidence quoted, defer to a hand-written
/// rule of their category, and leave ordinary clean posts alone. (Which posts the model scores high is measured on
/// the corpus, not pinned here: a retrained model may move an individual borderline post.)
/// </summary>
public sealed class LearnedRuleTests
{
    private static readonly HashSet<string> LearnedIds = typeof(LearnedCoiRule).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && t.IsSubclassOf(typeof(Preround.Rules.Learned.LearnedCategoryRule)))
        .Select(t => ((Preround.Core.Engine.Rule)Activator.CreateInstance(t)!).Descriptor.Id)
        .ToHashSet(StringComparer.Ordinal);

    private const string Promotion = "Obsessed with this collagen powder, I give it to all my patients 💕 use my code GLOWJEN for 20% off, link in bio!";

    [Fact]
    public void Invalid_UndisclosedDiscountCode_QuotesTheWordsThatWeighMost()
    {
        var findings = RuleTester.Run(new LearnedCoiRule(), Promotion, AuthorRole.Np, Platform.Instagram);
        var f = Assert.Single(findings);
        Assert.Equal(RuleCategories.CoiUndisclosed, f.Category);
        Assert.Contains("weighing most: '", f.Message, StringComparison.Ordinal);
        Assert.InRange(f.Span.Start, 0, Promotion.Length - 1);
        Assert.True(f.Span.Start + f.Span.Length <= Promotion.Length);
        Assert.Equal(Promotion.Substring(f.Span.Start, f.Span.Length), f.Match);
        Assert.InRange(f.Confidence, 0.05, 1.0);
    }

    [Theory]
    [InlineData("So proud of our nursing team for the DAISY award today. Grateful to work with you all.")]
    [InlineData("Grand rounds at noon: updates in heart failure management. All welcome, lunch provided.")]
    [InlineData("Reminder that flu shots are free at the county health department through Friday.")]
    public void Valid_OrdinaryProfessionalPosts(string text)
    {
        var analyzer = BuiltInRules.CreateAnalyzer();
        var result = analyzer.Check(Draft.Of(text, AuthorRole.Attending));
        Assert.DoesNotContain(result.Findings, f => LearnedIds.Contains(f.RuleId));
    }

    [Fact]
    public void LearnedRules_AreFifteenOnePerRiskCategory() =>
        Assert.Equal(RuleCategories.Risk.Count, LearnedIds.Count);

    [Fact]
    public void Valid_WhenAHandWrittenRuleAlreadyReportedTheCategoryAsSeverely()
    {
        // Over the whole corpus: a learned finding never repeats a category a hand-written rule already reported
        // at the same or a higher severity.
        var analyzer = BuiltInRules.CreateAnalyzer();
        var learnedSeen = 0;
        foreach (var post in CorpusPosts())
        {
            var findings = analyzer.Check(post.ToDraft()).Findings;
            foreach (var learned in findings.Where(f => LearnedIds.Contains(f.RuleId)))
            {
                learnedSeen++;
                Assert.DoesNotContain(findings, f => !LearnedIds.Contains(f.RuleId) && f.Category == learned.Category && f.Severity >= learned.Severity);
            }
        }
        Assert.True(learnedSeen > 0, "the learned rules never reported on the corpus");
    }

    private static IEnumerable<Preround.Core.Evaluation.LabelledPost> CorpusPosts() =>
        Directory.GetFiles(RepoPaths.InRepo("corpus"), "*.jsonl").Order(StringComparer.Ordinal)
            .SelectMany(f => Preround.Core.Evaluation.LabelledPost.ParseLines(File.ReadLines(f), Path.GetFileName(f)));
}
