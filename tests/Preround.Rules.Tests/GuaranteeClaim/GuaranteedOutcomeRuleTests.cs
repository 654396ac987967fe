using Preround.Core.Domain;
using Preround.Rules.GuaranteeClaim;
using Preround.Testing;

namespace Preround.Rules.Tests.GuaranteeClaim;

public sealed class GuaranteedOutcomeRuleTests
{
    private static readonly GuaranteedOutcomeRule Rule = new();

    [Theory]
    [InlineData("[|Zero pain|], zero downtime, zero risk. That's the Lakeside Lipo promise 😍")]
    [InlineData("[|100% painless|] laser hair removal, book your free consult this week 💫")]
    [InlineData("Say goodbye to migraines. Our Botox protocol has a [|100% success|] rate.")]
    [InlineData("[|Risk-free|] weight loss surgery is finally here at Summit Bariatrics.")]
    [InlineData("LASIK with us = perfect vision [|guaranteed|], or we redo it free.")]
    [InlineData("This is the only acne treatment that [|never fails|].")]
    [InlineData("Botox is [|totally harmless|], nothing can go wrong. Come see us!")]
    [InlineData("Get rid of varicose veins with one 20-minute, [|pain-free procedure|].")]
    public void Invalid_PromisesCertainOutcome(string marked)
    {
        var findings = RuleTester.AssertInvalid(Rule, marked, AuthorRole.Attending, Platform.Instagram);
        Assert.Equal(Severity.Block, findings[0].Severity);
    }

    [Theory]
    [InlineData("In the SELECT trial, semaglutide cut events by 20% (HR 0.80, 95% CI 0.72-0.90). Meaningful, not magic.")]
    [InlineData("No procedure is risk-free. If a clinic promises zero risk, walk away.")]
    [InlineData("I can't guarantee results, and nobody honest can.")]
    [InlineData("Painless jaundice in an older adult: think pancreatic head until proven otherwise.")]
    [InlineData("Guaranteed to get paged the second I open my lunch. Every. Single. Time.")]
    [InlineData("U=U: people with HIV who stay undetectable have zero risk of passing it on sexually.")]
    [InlineData("No risk factors, no family history, and still a stroke at 38.")]
    [InlineData("I had zero side effects from my booster except a sore arm.")]
    [InlineData("Money-back guarantees in medicine are a red flag.")]
    public void Valid_WarningsEvidenceAndClinicalSigns(string text) => RuleTester.AssertValid(Rule, text, AuthorRole.Attending, Platform.Instagram);
}
