using Preround.Rules.Misinformation;
using Preround.Testing;

namespace Preround.Rules.Tests.Misinformation;

public sealed class UnsafeMedicationMythRuleTests
{
    private static readonly UnsafeMedicationMythRule Rule = new();

    [Theory]
    [InlineData("To everyone asking: [|you can stop your sertraline cold turkey|] once you feel better.")]
    [InlineData("Family PSA: [|it's fine to skip your blood pressure pills over the holidays|], back on them in January.")]
    [InlineData("Honestly [|the withdrawal thing is massively overblown|].")]
    [InlineData("Save your money: [|antibiotics don't expire|], take the leftovers.")]
    [InlineData("Steroid inhalers? [|Just stop them in summer|], it doesn't matter.")]
    public void Invalid_FalseReassurance(string marked) => RuleTester.AssertInvalid(Rule, marked);

    [Theory]
    [InlineData("Never stop an antidepressant cold turkey; ask your prescriber about a taper.")]
    [InlineData("Don't just stop your steroids when you feel better: adrenal crisis is real.")]
    [InlineData("Myth: antibiotics don't expire. Fact: some lose potency, so bring leftovers to the pharmacy take-back.")]
    [InlineData("Can you stop statins before surgery? Ask your surgeon; usually you keep taking them.")]
    [InlineData("Stopped doomscrolling cold turkey this month and my sleep is better.")]
    [InlineData("Your side effects are real and worth reporting; tell your pharmacist.")]
    public void Valid_WarningsDebunkingAndOtherStops(string text) => RuleTester.AssertValid(Rule, text);
}
