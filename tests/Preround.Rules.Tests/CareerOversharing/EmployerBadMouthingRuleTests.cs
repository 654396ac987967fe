using Preround.Rules.CareerOversharing;
using Preround.Testing;

namespace Preround.Rules.Tests.CareerOversharing;

public sealed class EmployerBadMouthingRuleTests
{
    private static readonly EmployerBadMouthingRule Rule = new();

    [Theory]
    [InlineData("Open to new hospitalist roles in the Pacific Northwest. My DMs are open.")]
    [InlineData("Pay transparency: I'm a new-grad RN in Ohio making $34/hr base.")]
    [InlineData("Contract review tip: read the non-compete before you sign.")]
    public void Valid_LooksRiskyButIsFine(string text) => RuleTester.AssertValid(Rule, text);

    [Theory]
    [InlineData("Recruiters, DM me. [|My current hospital is a toxic|] dumpster fire.")]
    [InlineData("[|Not supposed to share|] my contract but here are my RVU targets.")]
    public void Invalid_FlagsExactlyTheMarkedSpan(string marked) => RuleTester.AssertInvalid(Rule, marked);
}
