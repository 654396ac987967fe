using Preround.Privacy.Rules.ConfidentialOther;
using Preround.Testing;

namespace Preround.Privacy.Tests.ConfidentialOther;

public sealed class ColleagueConfidentialRuleTests
{
    private static readonly ColleagueConfidentialRule Rule = new();

    [Theory]
    [InlineData("Our charge nurse [|is pregnant|] but hasn't told anyone yet!")]
    [InlineData("My co-resident [|failed Step 3|] again.")]
    [InlineData("A tech at our store [|tested positive on|] a drug screen.")]
    public void Invalid_ColleaguePrivateMatter(string marked) => RuleTester.AssertInvalid(Rule, marked);

    [Theory]
    [InlineData("Congrats to our charge nurse who is pregnant with twins, she announced it at huddle!")]
    [InlineData("I failed Step 1 the first time and I'm an attending now. You'll be ok.")]
    [InlineData("Our residents are the best in the state.")]
    public void Valid_NoColleagueConfidence(string text) => RuleTester.AssertValid(Rule, text);
}
