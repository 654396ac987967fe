using Preround.Rules.PartisanCombat;
using Preround.Testing;

namespace Preround.Rules.Tests.PartisanCombat;

public sealed class PartisanInsultRuleTests
{
    private static readonly PartisanInsultRule Rule = new();

    [Theory]
    [InlineData("Election day is Nov 5. Check your registration and make a plan to vote.")]
    [InlineData("I urge Senator Blake to support the nurse staffing bill; the data show lower mortality.")]
    [InlineData("Snowflakes in the forecast! Drive carefully.")]
    [InlineData("The holiday party committee voted: ugly sweater theme wins.")]
    [InlineData("Whatever your party, measles vaccination rates matter.")]
    public void Valid_LooksRiskyButIsFine(string text) => RuleTester.AssertValid(Rule, text);

    [Theory]
    [InlineData("[|Libtards|] want to turn every hospital into a seminar.")]
    [InlineData("Every [|voter from that side I've met in the ED is a toothless|] idiot.")]
    [InlineData("The [|GOP is a death cult|].")]
    [InlineData("[|MAGA morons|] are the reason my ICU is full.")]
    public void Invalid_FlagsExactlyTheMarkedSpan(string marked) => RuleTester.AssertInvalid(Rule, marked);
}
