using Preround.Core.Domain;
using Preround.Platforms.Rules;
using Preround.Testing;

namespace Preround.Platforms.Tests.Rules;

public sealed class RetweetWithoutHandleRuleTests
{
    private static readonly RetweetWithoutHandleRule Rule = new();

    [Theory]
    [InlineData("RT @DrLee: shorter antibiotic courses are usually better.")]
    [InlineData("RT at bedside for the extubation, great teamwork tonight.")]
    [InlineData("RTs are the unsung heroes of the ICU.")]
    [InlineData("Our RT: the best in the building.")]
    [InlineData("RT: \"Sepsis is a clinical diagnosis\" via Jane Smith's grand rounds")]
    [InlineData("MT: great summary https://example.org/summary")]
    public void Valid_RepostWithCreditOrOtherMeaning(string text) => RuleTester.AssertValid(Rule, text);

    [Theory]
    [InlineData("[|RT|]: shorter antibiotic courses are usually better.")]
    [InlineData("[|RT|] \"Never worry alone.\"")]
    [InlineData("  [|MT|]: check the lactate twice before you call it.")]
    public void Invalid_RepostMarkerWithoutAuthor(string marked)
    {
        var finding = Assert.Single(RuleTester.AssertInvalid(Rule, marked));
        Assert.Equal(Severity.Warn, finding.Severity);
        Assert.Equal(RuleCategories.Attribution, finding.Category);
    }
}
