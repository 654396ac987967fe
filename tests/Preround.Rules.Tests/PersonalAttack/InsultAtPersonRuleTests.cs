using Preround.Rules.PersonalAttack;
using Preround.Testing;

namespace Preround.Rules.Tests.PersonalAttack;

public sealed class InsultAtPersonRuleTests
{
    private static readonly InsultAtPersonRule Rule = new();

    [Theory]
    [InlineData("I'm an idiot for forgetting my badge.")]
    [InlineData("Felt like a total clown at my first code today.")]
    [InlineData("Calling people idiots for believing misinformation changes no minds.")]
    [InlineData("Lab rats got a new cage enrichment protocol today.")]
    [InlineData("The tumor board called that lesion a monster.")]
    [InlineData("Imposter syndrome makes me feel like a fraud every July.")]
    [InlineData("Our charge nurse is a legend.")]
    public void Valid_LooksRiskyButIsFine(string text) => RuleTester.AssertValid(Rule, text);

    [Theory]
    [InlineData("Dr. Hallett is an absolute [|moron|] and I can't believe they gave him a department.")]
    [InlineData("Hospital admins are all [|cowards|] [|licking the boots|] of whichever party is in power.")]
    [InlineData("Our senator is a brain-dead [|ghoul|].")]
    [InlineData("@HealthFreedomMom you are a dangerous [|idiot|].")]
    [InlineData("My co-resident is a lazy [|leech|] who dumps every admission on me.")]
    [InlineData("The new PD is a [|psychopath|], I'm not even exaggerating.")]
    [InlineData("MAGA [|morons|] are the reason my ICU is full of unvaccinated grandpas.")]
    public void Invalid_FlagsExactlyTheMarkedSpan(string marked) => RuleTester.AssertInvalid(Rule, marked);
}
