using Preround.Rules.CareerOversharing;
using Preround.Testing;

namespace Preround.Rules.Tests.CareerOversharing;

public sealed class InterviewQuestionsPostedRuleTests
{
    private static readonly InterviewQuestionsPostedRule Rule = new();

    [Theory]
    [InlineData("Common residency interview questions and how I prepared for them, thread for MS4s.")]
    [InlineData("Grateful to have interviewed at 14 programs this season.")]
    public void Valid_LooksRiskyButIsFine(string text) => RuleTester.AssertValid(Rule, text);

    [Theory]
    [InlineData("[|Here are the exact MMI questions|] from Westbrook Medical School today.")]
    [InlineData("[|Posting all the interview questions|] they asked me at Fairview IM today.")]
    public void Invalid_FlagsExactlyTheMarkedSpan(string marked) => RuleTester.AssertInvalid(Rule, marked);
}
