using Preround.Rules.Lifestyle;
using Preround.Testing;

namespace Preround.Rules.Tests.Lifestyle;

public sealed class SubstanceAroundWorkRuleTests
{
    private static readonly SubstanceAroundWorkRule Rule = new();

    [Theory]
    [InlineData("Celebrating my sister's wedding with a glass of champagne.")]
    [InlineData("Caffeine is my drug of choice.")]
    [InlineData("Night shift survival: blackout curtains, earplugs and a fan before you sleep after your shift.")]
    [InlineData("High census on the unit today, all hands on deck.")]
    [InlineData("Flu shots for every patient in clinic this week!")]
    [InlineData("Wine and cheese fundraiser for the free clinic Friday.")]
    [InlineData("Our patient came in high on meth and left with a recovery coach.")]
    [InlineData("Dry January update: 31 days, better sleep, and sharper on rounds.")]
    [InlineData("Thank you to the Rotary Club for funding our free clinic! 340 shots in one Saturday 💉")]
    [InlineData("Flu clinic at work today: 120 shots in four hours, new record.")]
    public void Valid_LooksRiskyButIsFine(string text) => RuleTester.AssertValid(Rule, text);

    [Theory]
    [InlineData("A [|shot of tequila for every code|] we ran tonight. Currently on shot five.")]
    [InlineData("[|Hungover|] on a 12 hour shift is a special kind of hell.")]
    [InlineData("I [|took an edible|] before my last clinic session.")]
    [InlineData("Pretty sure [|I was still stoned|] at 7am sign-out.")]
    public void Invalid_FlagsExactlyTheMarkedSpan(string marked) => RuleTester.AssertInvalid(Rule, marked);
}
