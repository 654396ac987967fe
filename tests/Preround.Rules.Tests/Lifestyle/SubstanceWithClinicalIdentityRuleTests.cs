using Preround.Rules.Lifestyle;
using Preround.Testing;

namespace Preround.Rules.Tests.Lifestyle;

public sealed class SubstanceWithClinicalIdentityRuleTests
{
    private static readonly SubstanceWithClinicalIdentityRule Rule = new();

    [Theory]
    [InlineData("Yes, I drink wine on vacation. No, I'm not on call.")]
    [InlineData("Things nobody tells you about night shift: your blackout curtains become your best friend. Stay hydrated, nurses!")]
    [InlineData("Wasted time on hold with pharmacy again before my shift, but the unit was great.")]
    [InlineData("Beer-league hockey with the residents tonight, no scrubs, lots of bruises.")]
    [InlineData("Celebrated passing boards with a glass of champagne and my family.")]
    [InlineData("One glass of champagne at my sister's wedding, then the dance floor till midnight. Weekend off.")]
    [InlineData("Alcohol withdrawal can be deadly; talk to a clinician about a safe plan before you stop.")]
    [InlineData("The patient came in drunk after a bar fight and needed stitches in the ED.")]
    [InlineData("Took the residents out for dinner after graduation. Lots of laughs, a few toasts, taxis home for everyone 🥂")]
    public void Valid_LooksRiskyButIsFine(string text) => RuleTester.AssertValid(Rule, text);

    [Theory]
    [InlineData("[photo: me in scrubs holding a bottle of [|vodka|] in the call room] Post-call starts now")]
    [InlineData("[|Wine|] in my cup for the rest of this shift. Don't tell the charge nurse 🤫")]
    [InlineData("Took an [|edible|] before orientation and it was the best lecture ever")]
    [InlineData("[|Bourbon|] tasting after the cadaver lab, still in our white coats")]
    [InlineData("[|Mimosas|] at brunch, then clinic at 1. Patients will never know")]
    [InlineData("Running on 2 hours of sleep and a [|hangover|], let's go save some lives")]
    public void Invalid_FlagsExactlyTheMarkedSpan(string marked) => RuleTester.AssertInvalid(Rule, marked);
}
