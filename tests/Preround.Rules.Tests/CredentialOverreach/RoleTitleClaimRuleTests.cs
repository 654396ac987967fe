using Preround.Core.Domain;
using Preround.Rules.CredentialOverreach;
using Preround.Testing;

namespace Preround.Rules.Tests.CredentialOverreach;

public sealed class RoleTitleClaimRuleTests
{
    private static readonly RoleTitleClaimRule Rule = new();

    [Theory]
    [InlineData("Consultant neurologist here to explain why migraines aren't just stress.", AuthorRole.Attending)]
    [InlineData("I'm the surgeon's PA and I love this team.", AuthorRole.Pa)]
    [InlineData("Someone on the ward called me 'the surgeon' today and I corrected them: surgical resident.", AuthorRole.Resident)]
    [InlineData("Fellowship is humbling. Every attending here is brilliant in a different way.", AuthorRole.Fellow)]
    [InlineData("I'm a doctor now!! (well, technically still an MS4, but match day was yesterday)", AuthorRole.Ms4)]
    [InlineData("Future cardiologist in training, here to share my study notes.", AuthorRole.Ms2)]
    [InlineData("PA here. I'm not a doctor and I don't pretend to be.", AuthorRole.Pa)]
    public void Valid_TitleTheRoleHoldsOrDoesNotClaim(string text, AuthorRole role) => RuleTester.AssertValid(Rule, text, role);

    [Theory]
    [InlineData("[|Consultant neurologist here|] to explain why your migraines aren't 'just stress'.", AuthorRole.Resident)]
    [InlineData("Third-year med student and [|already the lipid specialist of our team|] lol.", AuthorRole.Ms3)]
    [InlineData("[|I'm the surgeon on these cases|], start to finish, no doctor needed in the room.", AuthorRole.Pa)]
    [InlineData("Pharmacist and [|basically your family doctor|] at this point.", AuthorRole.Pharmacist)]
    [InlineData("Honestly [|I'm the attending|] on nights, whatever the rota says.", AuthorRole.Resident)]
    public void Invalid_TitleBeyondTheRole(string marked, AuthorRole role) => RuleTester.AssertInvalid(Rule, marked, role);
}
