using Preround.Rules.Misinformation;
using Preround.Testing;

namespace Preround.Rules.Tests.Misinformation;

public sealed class ConsensusDenialRuleTests
{
    private static readonly ConsensusDenialRule Rule = new();

    [Theory]
    [InlineData("[|Fluoride in tap water is a neurotoxin|]. We filter ours.")]
    [InlineData("[|HIV doesn't cause AIDS|]; the drugs do.")]
    [InlineData("[|COVID was just a bad flu|] and the lockdowns were worse.")]
    [InlineData("[|HIV can be passed through kissing|], so be careful.")]
    [InlineData("[|Masks cause CO2 poisoning|] in children.")]
    public void Invalid_DeniesConsensus(string marked) => RuleTester.AssertInvalid(Rule, marked);

    [Theory]
    [InlineData("HIV is not spread by kissing, hugging or sharing cups. Get tested.")]
    [InlineData("Community water fluoridation prevents cavities. The neurotoxin claims rely on doses far above US levels.")]
    [InlineData("Sunscreen does not cause cancer. UV exposure does.")]
    public void Valid_StatesTheEvidence(string text) => RuleTester.AssertValid(Rule, text);
}
