using Preround.Rules.CareerOversharing;
using Preround.Testing;

namespace Preround.Rules.Tests.CareerOversharing;

public sealed class MatchCommunicationRuleTests
{
    private static readonly MatchCommunicationRule Rule = new();

    [Theory]
    [InlineData("I MATCHED! Headed to Riverside for internal medicine.")]
    [InlineData("Rank list certified. Now we wait until March.")]
    [InlineData("NRMP reminder: programs may not ask where you'll rank them.")]
    [InlineData("Second look day at Lakeshore was lovely. Good luck to everyone ranking!")]
    public void Valid_LooksRiskyButIsFine(string text) => RuleTester.AssertValid(Rule, text);

    [Theory]
    [InlineData("[|Told Riverside IM they're my #1|] and the PD said I'd be happy.")]
    [InlineData("Second look went amazing and the [|PD basically told me I'm ranked to match|].")]
    public void Invalid_FlagsExactlyTheMarkedSpan(string marked) => RuleTester.AssertInvalid(Rule, marked);
}
