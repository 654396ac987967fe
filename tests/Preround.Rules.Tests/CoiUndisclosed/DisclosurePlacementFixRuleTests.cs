using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Rules.CoiUndisclosed;

namespace Preround.Rules.Tests.CoiUndisclosed;

public sealed class DisclosurePlacementFixRuleTests
{
    private static readonly Analyzer Both = new AnalyzerBuilder().AddRule(new UndisclosedPromotionRule()).AddRule(new DisclosurePlacementFixRule()).Build();

    private static IReadOnlyList<Finding> Fixes(string text) =>
        Both.Check(Draft.Of(text, AuthorRole.Nurse, Platform.Instagram)).Findings.Where(f => f.RuleId == RuleIds.DisclosurePlacementFix).ToList();

    [Fact]
    public void Invalid_InsertsTheDisclosureAtTheStartWithTheBrand()
    {
        var text = "PR box from @ZenScrubs just arrived 😍 use DRMAYA20 at checkout!";
        var insert = Fixes(text).Single(f => f.Span.Length == 0);
        Assert.Equal(0, insert.Span.Start);
        Assert.Equal(Severity.Info, insert.Severity);
        Assert.Equal("#ad — I received this free from @ZenScrubs. ", insert.Replacement);
        var fixedText = insert.Replacement + text;
        Assert.Empty(Both.Check(Draft.Of(fixedText, AuthorRole.Nurse, Platform.Instagram)).Findings);
    }

    [Fact]
    public void Invalid_RemovesBuriedAndUnclearTags()
    {
        var text = "Love these scrubs, link in bio! #nurse #rn #scrubs #collab #sponsored";
        var removals = Fixes(text).Where(f => f.Span.Length > 0).ToList();
        Assert.Equal(["#collab", "#sponsored"], removals.Select(f => f.Match).Order().ToArray());
        Assert.All(removals, f => Assert.Equal("", f.Replacement));
    }

    [Theory]
    [InlineData("#ad I received this stethoscope free from Acoustix to review.")]
    [InlineData("Shift went well, proud of this team.")]
    public void Valid_NothingToFixWhenNothingIsUndisclosed(string text) => Assert.Empty(Fixes(text));
}
