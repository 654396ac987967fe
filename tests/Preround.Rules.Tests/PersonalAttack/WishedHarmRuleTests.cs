using Preround.Rules.PersonalAttack;
using Preround.Testing;

namespace Preround.Rules.Tests.PersonalAttack;

public sealed class WishedHarmRuleTests
{
    private static readonly WishedHarmRule Rule = new();

    [Theory]
    [InlineData("We let him die peacefully with his family singing at the bedside.")]
    [InlineData("Hoping my patient from last week gets better soon.")]
    [InlineData("Never say I hope you die, even as a joke.")]
    [InlineData("I hope no one dies tonight on this unit.")]
    [InlineData("I hope that the new rota works out for every nurse on the unit.")]
    [InlineData("hope that x y z w")]
    public void Valid_LooksRiskyButIsFine(string text) => RuleTester.AssertValid(Rule, text);

    [Theory]
    [InlineData("Honestly [|should have let that wife-beater die|] on the table.")]
    [InlineData("Blame the medics who kept that shooter breathing. [|Should have taken their sweet time|].")]
    [InlineData("People who drive drunk [|deserve to die|] in the ditch.")]
    [InlineData("Vote him out, then [|send him straight to hell|].")]
    [InlineData("That billionaire [|deserves every tumor|] he gets.")]
    [InlineData("If that protester shows up, he can wait. [|Let him suffer|].")]
    public void Invalid_FlagsExactlyTheMarkedSpan(string marked) => RuleTester.AssertInvalid(Rule, marked);
}
