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
    [InlineData("[|Our clinic partners with|] Lumera Bio for stem-cell knee injections: 8 out of 10 patients report pain-free walking in a month. DM to book.")]
    [InlineData("Switched my whole panel to Corvexa, my patients love it. Huge [|thanks to the Corvexa team for the Napa weekend|] 🍷")]
    [InlineData("Honestly obsessed with this magnesium spray, my go-to before nights 😴 [|#dreamwellpartner|]")]
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
    [InlineData("We partner with the county health department to offer free flu shots on Saturdays; 9 in 10 of our patients are now vaccinated.")]
    [InlineData("Thanks to our unit council for the team-building weekend. Best group of nurses I know.")]
    [InlineData("Paid partnership: I'm a Dreamwell ambassador and I love their magnesium spray. #dreamwellpartner #ad")]
    public void Valid_DisclosedOrNotPromotion(string text) => RuleTester.AssertValid(Rule, text, AuthorRole.Nurse, Platform.Instagram);
}
