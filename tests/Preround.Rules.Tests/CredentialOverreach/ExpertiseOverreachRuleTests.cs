using Preround.Core.Domain;
using Preround.Rules.CredentialOverreach;
using Preround.Testing;

namespace Preround.Rules.Tests.CredentialOverreach;

public sealed class ExpertiseOverreachRuleTests
{
    private static readonly ExpertiseOverreachRule Rule = new();

    [Theory]
    [InlineData("As an ICU nurse I'm [|qualified to tell you that your doctor is wrong|] about that chemo.", AuthorRole.Nurse)]
    [InlineData("[|I know more about oncology than most oncologists|].", AuthorRole.Nurse)]
    [InlineData("[|I'm basically a surgeon|] at this point, the attendings just sign my notes lol", AuthorRole.Pa)]
    [InlineData("Med student here but [|think of me as your doctor|] ❤️", AuthorRole.Ms1)]
    [InlineData("[|Not a plastic surgeon but I promise|] my lip filler technique beats any of them.", AuthorRole.Pa)]
    public void Invalid_ClaimsStandingAboveTraining(string marked, AuthorRole role)
    {
        var findings = RuleTester.AssertInvalid(Rule, marked, role, Platform.Instagram);
        Assert.Equal(Severity.Warn, findings[0].Severity);
    }

    [Theory]
    [InlineData("I'm a PA in orthopedics; I work with our surgeons on pre-op and post-op care.", AuthorRole.Pa)]
    [InlineData("Not a physician. I'm an ICU nurse and this is my experience of night shift.", AuthorRole.Nurse)]
    [InlineData("Influencers who say they know more than oncologists are dangerous.", AuthorRole.Attending)]
    [InlineData("Our lead physician Dr. Ray retires this week. We'll miss her.", AuthorRole.Nurse)]
    [InlineData("I'm a resident, not an attending, so take my board tips with that in mind.", AuthorRole.Resident)]
    public void Valid_RoleStatedHonestly(string text, AuthorRole role) => RuleTester.AssertValid(Rule, text, role, Platform.Instagram);
}
