using Preround.Rules.Lifestyle;
using Preround.Testing;

namespace Preround.Rules.Tests.Lifestyle;

public sealed class SexualisedClinicalIdentityRuleTests
{
    private static readonly SexualisedClinicalIdentityRule Rule = new();

    [Theory]
    [InlineData("Sexual health education matters: PrEP is available at our clinic.")]
    [InlineData("Beach day with my kids after a brutal week. Bikini, no pager.")]
    [InlineData("Bedside manner tip: sit down.")]
    [InlineData("Hot tip for new nurses: compression socks are the sexiest thing you'll wear on a 12.")]
    public void Valid_LooksRiskyButIsFine(string text) => RuleTester.AssertValid(Rule, text);

    [Theory]
    [InlineData("[photo: me in lingerie with a stethoscope around my neck] [|Your favorite nurse after hours|] 😘 link in bio")]
    [InlineData("[|Thirst trap|] Thursday but in my white coat 😘")]
    [InlineData("[photo: me in a [|bikini|] holding a stethoscope] Come get your checkup")]
    public void Invalid_FlagsExactlyTheMarkedSpan(string marked) => RuleTester.AssertInvalid(Rule, marked);
}
