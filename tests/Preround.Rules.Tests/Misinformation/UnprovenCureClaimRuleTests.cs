using Preround.Rules.Misinformation;
using Preround.Testing;

namespace Preround.Rules.Tests.Misinformation;

public sealed class UnprovenCureClaimRuleTests
{
    private static readonly UnprovenCureClaimRule Rule = new();

    [Theory]
    [InlineData("[|Ivermectin cleared my COVID|] in two days.")]
    [InlineData("Stage 4 [|cancer cured with an alkaline diet|] and baking soda.")]
    [InlineData("A 10-day [|juice cleanse flushes out the toxins|] behind chronic disease.")]
    [InlineData("[|Chemo kills more people than|] cancer does.")]
    [InlineData("[|Big Pharma hides the cure|] for cancer.")]
    public void Invalid_ClaimsUnprovenCure(string marked) => RuleTester.AssertInvalid(Rule, marked);

    [Theory]
    [InlineData("Ivermectin is a great drug for scabies. For COVID, large trials found no benefit.")]
    [InlineData("'Ivermectin cures COVID' keeps resurfacing in my feed. Three large randomised trials found no meaningful benefit.")]
    [InlineData("There's no such thing as a detox tea. Your liver does that job for free.")]
    [InlineData("No IV 'detox' drip flushes toxins out of you; your liver is the detox.")]
    [InlineData("Chemo is hard. It also cures many cancers, including most testicular cancers.")]
    [InlineData("Fasting-mimicking diets during chemo are being studied in trials; nothing definitive yet.")]
    public void Valid_EvidenceOrDebunk(string text) => RuleTester.AssertValid(Rule, text);
}
