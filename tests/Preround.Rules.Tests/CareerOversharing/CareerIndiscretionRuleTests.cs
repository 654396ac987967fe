using Preround.Rules.CareerOversharing;
using Preround.Testing;

namespace Preround.Rules.Tests.CareerOversharing;

public sealed class CareerIndiscretionRuleTests
{
    private static readonly CareerIndiscretionRule Rule = new();

    [Theory]
    [InlineData("I MATCHED! Internal medicine at Lakeview in July. Thank you all.")]
    [InlineData("Match tip: rank programs in your true order of preference.")]
    [InlineData("After 8 great years I'm moving on to a new role in Denver. Grateful to my colleagues.")]
    [InlineData("Common interview questions to practise: tell me about yourself, why this specialty.")]
    public void Valid_LooksRiskyButIsFine(string text) => RuleTester.AssertValid(Rule, text);

    [Theory]
    [InlineData("[|My rank list: 1|]) Mercy 2) Hopkins. Mercy's PD basically said I'm in.")]
    [InlineData("Interviewing at three hospitals [|behind my chair's back|].")]
    [InlineData("[|Walked off my unit|] mid-shift today. Done.")]
    [InlineData("Our program is losing its PD. [|Applicants beware|].")]
    [InlineData("[|Called in \"sick\" to go to|] a concert lol")]
    public void Invalid_FlagsExactlyTheMarkedSpan(string marked) => RuleTester.AssertInvalid(Rule, marked);
}
