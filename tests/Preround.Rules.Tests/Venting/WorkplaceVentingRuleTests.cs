using Preround.Rules.Venting;
using Preround.Testing;

namespace Preround.Rules.Tests.Venting;

public sealed class WorkplaceVentingRuleTests
{
    private static readonly WorkplaceVentingRule Rule = new();

    [Theory]
    [InlineData("Unsafe staffing is a patient safety issue: our unit averaged 1:6 last month.")]
    [InlineData("Residency is hard and I still love my program.")]
    [InlineData("Our hospital's new leadership listened to the nurses' council.")]
    public void Valid_LooksRiskyButIsFine(string text) => RuleTester.AssertValid(Rule, text);

    [Theory]
    [InlineData("[|My residency program is an absolute joke|] and leadership is a clown show.")]
    [InlineData("[|I hate this hospital|]. Admin is clueless.")]
    [InlineData("[|I hate my program|] so much.")]
    public void Invalid_FlagsExactlyTheMarkedSpan(string marked) => RuleTester.AssertInvalid(Rule, marked);
}
