using Preround.Rules.Misinformation;
using Preround.Testing;

namespace Preround.Rules.Tests.Misinformation;

public sealed class ConsensusTopicClaimRuleTests
{
    private static readonly ConsensusTopicClaimRule Rule = new();

    [Theory]
    [InlineData("No, the MMR vaccine does not cause autism. The 1998 paper was retracted.")]
    [InlineData("Do vaccines cause autism? Short answer: no, and here is why.")]
    [InlineData("Antibiotics do nothing for viral colds, and they can cause real harm.")]
    [InlineData("Me, explaining that antibiotics won't fix a cold. Every winter.")]
    [InlineData("Diet matters in cancer care, but it doesn't replace chemo.")]
    [InlineData("'Ivermectin cures covid' keeps showing up in my clinic. The large RCTs found no benefit.")]
    [InlineData("Is natural immunity always better than vaccination? No, and measles shows why.")]
    [InlineData("Claim I saw today: 'mRNA vaccines change your DNA.' They don't enter the nucleus.")]
    [InlineData("Measles isn't mild: 1 to 3 in 1,000 children who catch it die. Vaccinate.")]
    public void Valid_DebunkingQuestionsAndNegation(string text) => RuleTester.AssertValid(Rule, text);

    [Theory]
    [InlineData("[|The MMR jab and autism link is real, they just bury the data.|]")]
    [InlineData("[|Amoxicillin sorts a viral chest infection right out.|] Ask your GP for it.")]
    [InlineData("[|Stage 4 and she beat it with juicing and a ketogenic diet, no chemo.|]")]
    [InlineData("[|Natural immunity is always superior to vaccination, no exceptions.|]")]
    [InlineData("[|Ivermectin clears covid in 48 hours.|] I've seen it over and over.")]
    [InlineData("[|mRNA shots alter your DNA permanently.|] Basic biology.")]
    [InlineData("[|Measles is a mild childhood illness, the vaccine is the real danger.|]")]
    public void Invalid_FalseClaimStatedAsFact(string marked) => RuleTester.AssertInvalid(Rule, marked);
}
