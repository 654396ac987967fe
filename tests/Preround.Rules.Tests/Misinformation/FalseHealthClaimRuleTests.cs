using Preround.Core.Domain;
using Preround.Rules.Misinformation;
using Preround.Testing;

namespace Preround.Rules.Tests.Misinformation;

public sealed class FalseHealthClaimRuleTests
{
    private static readonly FalseHealthClaimRule Rule = new();

    [Theory]
    [InlineData("[|Fluoride in tap water lowers your kids|]' IQ. I filter it out at home.")]
    [InlineData("[|Castor oil packs dissolve ovarian cysts|] and fibroids naturally 🌿")]
    [InlineData("[|Statins cause dementia|] and don't prevent heart attacks. Throw them out.")]
    [InlineData("[|Statins cause dementia|]. The big pharma studies say otherwise but I've seen it in my own patients.")]
    public void Invalid_AssertsContradictedClaim(string marked)
    {
        var findings = RuleTester.AssertInvalid(Rule, marked, AuthorRole.Np, Platform.Facebook);
        Assert.Equal(Severity.Block, findings[0].Severity);
    }

    [Theory]
    [InlineData("No, fluoride at community water levels does not lower IQ.")]
    [InlineData("Sunscreen does not cause cancer. UV exposure does.")]
    [InlineData("Myth: statins cause dementia. Fact: large cohorts show no increase.")]
    [InlineData("Combined HRT slightly raises breast cancer risk; for most women under 60 the benefits outweigh it.")]
    [InlineData("Had a patient ask today if statins cause dementia. The large cohort studies say no. Thread on the evidence.")]
    public void Valid_DebunksAndHedgedEvidence(string text) => RuleTester.AssertValid(Rule, text, AuthorRole.Attending, Platform.Facebook);
}
