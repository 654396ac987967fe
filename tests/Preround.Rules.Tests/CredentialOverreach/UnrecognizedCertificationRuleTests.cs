using Preround.Core.Domain;
using Preround.Rules.CredentialOverreach;
using Preround.Testing;

namespace Preround.Rules.Tests.CredentialOverreach;

public sealed class UnrecognizedCertificationRuleTests
{
    private static readonly UnrecognizedCertificationRule Rule = new();

    [Theory]
    [InlineData("[|Board certified in functional medicine|] and hormone optimization. Ask me anything.", AuthorRole.Np)]
    [InlineData("[|Certified by the American Board of Longevity Medicine|] 🧬 book a consult.", AuthorRole.Attending)]
    [InlineData("[|Board-certified after a weekend course|] in injectables, book with me!", AuthorRole.Np)]
    [InlineData("Proud to be a [|triple-board-certified|] specialist 🙌", AuthorRole.Ms4)]
    public void Invalid_CertificationNoBoardGrants(string marked, AuthorRole role)
    {
        var findings = RuleTester.AssertInvalid(Rule, marked, role, Platform.Instagram);
        Assert.Equal(Severity.Warn, findings[0].Severity);
    }

    [Theory]
    [InlineData("Passed my dermatology boards! Now officially a board-certified dermatologist.", AuthorRole.Attending)]
    [InlineData("'Board certified in anti-aging medicine' isn't a real specialty board. Check ABMS.", AuthorRole.Np)]
    [InlineData("Family NP, board certified through AANP, eight years in rural primary care.", AuthorRole.Np)]
    public void Valid_RecognisedOrQuestioned(string text, AuthorRole role) => RuleTester.AssertValid(Rule, text, role, Platform.Instagram);
}
