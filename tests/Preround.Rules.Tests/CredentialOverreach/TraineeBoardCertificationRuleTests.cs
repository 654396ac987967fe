using Preround.Core.Domain;
using Preround.Rules.CredentialOverreach;
using Preround.Testing;

namespace Preround.Rules.Tests.CredentialOverreach;

public sealed class TraineeBoardCertificationRuleTests
{
    private static readonly TraineeBoardCertificationRule Rule = new();

    [Theory]
    [InlineData("[|Board-certified|] surgeon here. Ask me anything about your gallbladder.")]
    [InlineData("[|Proud to be board certified in internal medicine|] as of today, PGY-2 life 🎉")]
    [InlineData("[|As a board-certified|] emergency physician, I see this every shift.")]
    [InlineData("Speaking [|as the attending|] on this service, our care was excellent.")]
    public void Invalid_ResidentClaimsCertification(string marked) => RuleTester.AssertInvalid(Rule, marked, AuthorRole.Resident);

    [Theory]
    [InlineData("Board prep starts now: 18 months until I can call myself board certified 😅")]
    [InlineData("My attending is board certified in both IM and peds, and it shows.")]
    [InlineData("When I'm an attending I'm buying my residents coffee every Friday.")]
    [InlineData("Not board certified yet, but the exam is booked.")]
    [InlineData("Proud to share that I'll be joining Ridgeway Family Health as an attending this fall!")]
    [InlineData("Signed my contract: starting as an attending in cardiology next July.")]
    public void Valid_ResidentSpeaksOfTheFutureOrOthers(string text) => RuleTester.AssertValid(Rule, text, AuthorRole.Resident);

    [Theory]
    [InlineData(AuthorRole.Attending)]
    [InlineData(AuthorRole.Fellow)]
    [InlineData(AuthorRole.Np)]
    public void Valid_CertifiedRolesMayClaimIt(AuthorRole role) => RuleTester.AssertValid(Rule, "Officially board certified in family medicine!", role);
}
