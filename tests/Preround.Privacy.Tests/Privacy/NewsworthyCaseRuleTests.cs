using Preround.Core.Domain;
using Preround.Privacy.Rules.Privacy;
using Preround.Testing;

namespace Preround.Privacy.Tests.Privacy;

public sealed class NewsworthyCaseRuleTests
{
    private static readonly NewsworthyCaseRule Rule = new();

    [Theory]
    [InlineData("Guess which local [|morning-news|] anchor delivered on our unit tonight 👀 My lips are sealed")]
    [InlineData("Today I delivered the [|mayor|]'s granddaughter. Beautiful baby!")]
    public void Invalid_NewsworthyPatient(string marked) => RuleTester.AssertInvalid(Rule, marked);

    [Fact]
    public void Invalid_RareDiagnosisAloneIsOnlyAWarning()
    {
        var f = Assert.Single(RuleTester.Run(Rule, "My patient with progeria taught me so much about resilience."));
        Assert.Equal(Severity.Warn, f.Severity);
    }

    [Theory]
    [InlineData("Reading about the Route 9 bridge collapse in the news. Donate blood if you can.")]
    [InlineData("Sad news about the senator's stroke announced this morning. Know BE FAST.")]
    [InlineData("Learned about Erdheim-Chester disease in conference today. Fascinating.")]
    public void Valid_NewsWithoutAnEncounter(string text) => RuleTester.AssertValid(Rule, text);
}
