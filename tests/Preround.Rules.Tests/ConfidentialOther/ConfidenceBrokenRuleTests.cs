using Preround.Rules.ConfidentialOther;
using Preround.Testing;

namespace Preround.Rules.Tests.ConfidentialOther;

public sealed class ConfidenceBrokenRuleTests
{
    private static readonly ConfidenceBrokenRule Rule = new();

    [Theory]
    [InlineData("Interview day recap. They [|told us not to share|] the questions, but here they are: 1) a time you failed")]
    [InlineData("Can't show the whole deck (it's [|embargoed until|] the late-breaker) but here's slide 12 👀")]
    [InlineData("My offer letter, posted in full. Yes there's a [|confidentiality clause|], no I don't care.")]
    [InlineData("Our merger with the county system is [|not public yet|] but here's the memo.")]
    [InlineData("Totally [|off the record|]: the chair is leaving in June, so here goes.")]
    public void Invalid_ConfidenceAcknowledgedThenBroken(string marked) => RuleTester.AssertInvalid(Rule, marked);

    [Theory]
    [InlineData("We were told not to share the case details, so I won't. The lesson: call for help early.")]
    [InlineData("Reminder: the NDA for the pilot means don't post screenshots of the new app.")]
    [InlineData("Results are embargoed until Thursday's press conference. I'll share the paper then!")]
    [InlineData("Our new cath lab opens in May, announced today in the local paper.")]
    [InlineData("Not sure if this is going to work, but I'm trying a new study schedule.")]
    public void Valid_ConfidenceKeptOrNoDuty(string text) => RuleTester.AssertValid(Rule, text);
}
