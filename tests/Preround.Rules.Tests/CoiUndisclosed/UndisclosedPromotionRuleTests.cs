using Preround.Core.Domain;
using Preround.Rules.CoiUndisclosed;
using Preround.Testing;

namespace Preround.Rules.Tests.CoiUndisclosed;

public sealed class UndisclosedPromotionRuleTests
{
    private static readonly UndisclosedPromotionRule Rule = new();

    [Theory]
    [InlineData("Obsessed with these VitaBloom gummies, I recommend them to all my patients. [|Code DRJEN15|] gets you 15% off 💤")]
    [InlineData("[|PR box|] from @ZenScrubs just arrived 😍 obsessed with the fit, use DRMAYA20 at checkout!")]
    [InlineData("The only stethoscope I'll ever use. Acoustics are unreal. [|Link in bio|] 🩺 #stethoscope #nurselife #rn #scrubs #nursing #sponsored")]
    [InlineData("[|Swipe up|] to shop the scrubs I live in 💙 #nurselife #scrubs #nightshift #collab")]
    [InlineData("Huge [|thanks to @NovaraPharma for the amazing dinner|] and talk tonight! Their new GLP-1 combo is the future 🔥")]
    [InlineData("These socks are [|doctor recommended|] for a reason 👀 Shop now")]
    [InlineData("My whole unit is hooked on RevivaBrew coffee. Stock up [|with DRSAM10|] ☕")]
    [InlineData("Here's my [|affiliate link|] 👇 amzn.to/3xYzQ1")]
    public void Invalid_PromotionWithoutClearDisclosure(string marked)
        => RuleTester.AssertInvalid(Rule, marked, AuthorRole.Nurse, Platform.Instagram);

    [Theory]
    [InlineData("#ad I received this stethoscope free from Acoustix to review. Honest take: great bell, heavy tubing.")]
    [InlineData("Sponsored: I was paid by BoardPrep Pro to share this. Use code PREP10 if you want to try it.")]
    [InlineData("#ad — paid partnership with @VitaBloom. Code JEN15 for 15% off.")]
    [InlineData("I earn a small commission if you use my link. These are the socks I've bought for years: link in bio.")]
    [InlineData("Disclosure: I consult for Novo Nordisk. Here is my read of the new semaglutide kidney data.")]
    [InlineData("Pharma reps bringing lunch to clinics shapes prescribing. We stopped accepting it last year.")]
    [InlineData("Code blue on 5 West at 0300 and the team was flawless.")]
    [InlineData("Use code STROKE when you page the neuro team now.")]
    [InlineData("10% off at the hospital cafeteria for night shift staff. Small wins!")]
    [InlineData("Link in bio for the slides from my grand rounds on delirium.")]
    [InlineData("Be skeptical of anything labelled 'doctor recommended' on a supplement bottle.")]
    [InlineData("Thank you @AAFP for this award, it got me to my first national conference.")]
    [InlineData("No sponsors, no codes, no affiliate links, ever. If I mention a product it's because I bought it.")]
    [InlineData("Got sent a PR box from a scrub brand. I'm not posting it and not keeping it; it's going to the donation closet.")]
    public void Valid_DisclosedOrNotPromotion(string text) => RuleTester.AssertValid(Rule, text, AuthorRole.Nurse, Platform.Instagram);

    [Fact]
    public void Invalid_SuggestionPutsTheDisclosureFirstAndDropsBuriedTags()
    {
        var findings = RuleTester.AssertInvalid(Rule, "Love these scrubs! [|Link in bio|] #nurse #rn #scrubs #nursing #sponsored", AuthorRole.Nurse, Platform.Instagram);
        var suggestion = findings[0].Suggestion!;
        Assert.Contains("\"#ad —", suggestion);
        Assert.DoesNotContain("#sponsored", suggestion);
        Assert.Contains("buried", findings[0].Message);
    }
}
