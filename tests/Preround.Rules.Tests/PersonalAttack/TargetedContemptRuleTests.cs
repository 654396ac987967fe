using Preround.Rules.PersonalAttack;
using Preround.Testing;

namespace Preround.Rules.Tests.PersonalAttack;

public sealed class TargetedContemptRuleTests
{
    private static readonly TargetedContemptRule Rule = new();

    [Theory]
    [InlineData("Dr. Hollis is the best attending I've worked with, thank you!")]
    [InlineData("A commenter called me a \"clueless shill\" today. Not deleting the post.")]
    [InlineData("Dear future interns: you will feel dumb, and that's normal.")]
    [InlineData("Disagreeing with Dr. Park's analysis: the intervals cross 1.")]
    public void Valid_LooksRiskyButIsFine(string text) => RuleTester.AssertValid(Rule, text);

    [Theory]
    [InlineData("My attending is a [|sadistic|] bully.")]
    [InlineData("Nurse Patty is the [|laziest|] human on nights.")]
    [InlineData("@wellness_guru you're a [|grifter|] selling tea.")]
    [InlineData("Our CEO is a [|spineless|] suit.")]
    public void Invalid_FlagsExactlyTheMarkedSpan(string marked) => RuleTester.AssertInvalid(Rule, marked);
}
