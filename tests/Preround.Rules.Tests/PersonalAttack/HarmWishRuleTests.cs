using Preround.Core.Domain;
using Preround.Rules.PersonalAttack;
using Preround.Testing;

namespace Preround.Rules.Tests.PersonalAttack;

public sealed class HarmWishRuleTests
{
    private static readonly HarmWishRule Rule = new();

    [Theory]
    [InlineData("Someone told me 'I hope you get sick and die' after a vaccine video. Reported it.")]
    [InlineData("I hope no child has to suffer like that again.")]
    [InlineData("We let him die peacefully, surrounded by family.")]
    [InlineData("Praying for the family of the patient who died last night.")]
    [InlineData("Hope he recovers fast and doesn't suffer.")]
    public void Valid_LooksRiskyButIsFine(string text) => RuleTester.AssertValid(Rule, text);

    [Theory]
    [InlineData("Whoever keyed my car, I [|hope your hands get crushed|] in a door.")]
    [InlineData("[|Hope the influencer who pushed bleach chokes|] on it.")]
    [InlineData("The CEO? Honestly I wouldn't [|mind if he just disappeared|].")]
    [InlineData("[|Someone should smack|] that smug chair.")]
    public void Invalid_FlagsExactlyTheMarkedSpan(string marked)
    {
        var findings = RuleTester.AssertInvalid(Rule, marked);
        Assert.All(findings, f => Assert.Equal(Severity.Block, f.Severity));
    }
}
