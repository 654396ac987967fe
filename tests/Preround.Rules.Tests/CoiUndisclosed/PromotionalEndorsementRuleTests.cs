using Preround.Core.Domain;
using Preround.Rules.CoiUndisclosed;
using Preround.Testing;

namespace Preround.Rules.Tests.CoiUndisclosed;

public sealed class PromotionalEndorsementRuleTests
{
    private static readonly PromotionalEndorsementRule Rule = new();

    [Theory]
    [InlineData("My go-to electrolyte mix after a 12 hr shift 💧 Hydr8 just dropped a new flavor and you can get 20% off [|w/ NURSEBRI|]")]
    [InlineData("Not an ad, I just genuinely love the ZenRest weighted blanket. [|Use ER_NURSE|] for a discount ✌️")]
    [InlineData("What an evening! Proud to be on their [|speaker bureau|] this year. Their SGLT2 is changing how I treat heart failure.")]
    [InlineData("Best probiotic on the market, hands down. [|Link in my bio|] 💛")]
    public void Invalid_PromotionWithoutDisclosure(string marked)
    {
        var findings = RuleTester.AssertInvalid(Rule, marked, AuthorRole.Nurse, Platform.Instagram);
        Assert.Equal(Severity.Block, findings[0].Severity);
    }

    [Theory]
    [InlineData("Paid partnership with Hydr8 💧 Use NURSEBRI for 20% off. #sponsored")]
    [InlineData("Use code STROKE when you page the neuro team now; the new system routes it faster.")]
    [InlineData("Kids with ADHD often do better with a predictable morning routine.")]
    [InlineData("Our hospital foundation is hosting a 5K! Link in bio to register, every dollar goes to the unit.")]
    [InlineData("Disclosure: I receive consulting fees from Halvera and I'm on their speaker bureau. Their SGLT2 data are promising but short.")]
    public void Valid_DisclosedOrNotPromotion(string text) => RuleTester.AssertValid(Rule, text, AuthorRole.Nurse, Platform.Instagram);
}
