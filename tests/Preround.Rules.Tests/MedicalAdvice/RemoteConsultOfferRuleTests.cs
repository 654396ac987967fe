using Preround.Rules.MedicalAdvice;
using Preround.Testing;

namespace Preround.Rules.Tests.MedicalAdvice;

public sealed class RemoteConsultOfferRuleTests
{
    private static readonly RemoteConsultOfferRule Rule = new();

    [Theory]
    [InlineData("[|DM me your thyroid labs and I'll tell you if your dose is right|] 💊")]
    [InlineData("[|Send me a pic of your mole and I'll let you know if it's cancer|].")]
    [InlineData("[|Drop your symptoms below and I'll tell you which supplement to take|] 👇")]
    [InlineData("Comment 'dose' and [|I'll DM you how much|] magnesium to take.")]
    [InlineData("[|Inbox me a photo of your rash|] 📩")]
    public void Invalid_InvitesPersonalResults(string marked) => RuleTester.AssertInvalid(Rule, marked);

    [Theory]
    [InlineData("I can't give individual medical advice online, so please don't DM me your labs.")]
    [InlineData("Lots of DMs asking me to read ECGs. I can't do that for individuals, but here's a thread.")]
    [InlineData("Bring your lab results to your next visit and ask what each number means.")]
    [InlineData("DM me for the slides from grand rounds.")]
    public void Valid_RefusesOrTeaches(string text) => RuleTester.AssertValid(Rule, text);
}
