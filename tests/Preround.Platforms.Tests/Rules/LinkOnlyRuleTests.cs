using Preround.Core.Domain;
using Preround.Platforms.Rules;
using Preround.Testing;

namespace Preround.Platforms.Tests.Rules;

public sealed class LinkOnlyRuleTests
{
    private static readonly LinkOnlyRule Rule = new();

    [Theory]
    [InlineData("New guideline on anticoagulation in AF, the bleeding-risk section is the useful part: https://example.org/af")]
    [InlineData("Read this: https://example.org/af")]
    [InlineData("Clinic hours change on Monday.")]
    [InlineData("Follow @cdcgov for updates")]
    public void Valid_LinkWithWordsOrNoLink(string text) => RuleTester.AssertValid(Rule, text);

    [Theory]
    [InlineData("[|https://example.org/af-guideline|]")]
    [InlineData("  👉 [|https://example.org/af|] #cardiology @acc")]
    [InlineData("[|example.org/af|] https://example.org/second")]
    public void Invalid_OnlyALink(string marked)
    {
        var finding = Assert.Single(RuleTester.AssertInvalid(Rule, marked));
        Assert.Equal(Severity.Info, finding.Severity);
    }
}
