using Preround.Rules.Venting;
using Preround.Testing;

namespace Preround.Rules.Tests.Venting;

public sealed class ExasperatedVentingRuleTests
{
    private static readonly ExasperatedVentingRule Rule = new();

    [Theory]
    [InlineData("Charting till 9pm again. Raised it at staff meeting with the numbers; management agreed to pilot a scribe. Progress.")]
    [InlineData("Worst shift ever, honestly, but the team carried each other. Proud of every one of them.")]
    [InlineData("Bedside manner tip: sit down. Patients rate the visit as longer and kinder when you do.")]
    [InlineData("Our unit has a swear jar and night shift has funded three pizza parties this year.")]
    [InlineData("Long shift on the unit today.")]
    [InlineData("If you're drinking after a rough shift every night, that's worth talking to someone about.")]
    public void Valid_BadDaysAdvocacyAndTips(string text) => RuleTester.AssertValid(Rule, text);

    [Theory]
    [InlineData("[|12 hours no lunch and the manager emails us about 'smiling more at patients'.|] i cannot do this anymore")]
    [InlineData("[|Our hospital spent $2M on a rebrand while we reuse N95s. Tell me again how much they value us.|]")]
    [InlineData("[|So tired of this hospital pretending it cares.|] Everyone upstairs knows it.")]
    [InlineData("[|Some of y'all really need to learn that the ER is not a walk-in clinic for your toe pain|]")]
    [InlineData("[|Dear family who brought grandma in at 3am for constipation she's had for a week: why.|]")]
    [InlineData("charting till 9pm unpaid AGAIN. [|living the dream over here on the unit 🫠|]")]
    public void Invalid_ConvergingEvidenceOfAVent(string marked) => RuleTester.AssertInvalid(Rule, marked);
}
