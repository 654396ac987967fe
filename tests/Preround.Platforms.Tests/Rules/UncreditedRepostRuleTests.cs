using Preround.Platforms.Rules;
using Preround.Testing;

namespace Preround.Platforms.Tests.Rules;

public sealed class UncreditedRepostRuleTests
{
    private static readonly UncreditedRepostRule Rule = new();

    [Theory]
    [InlineData("Found this on Reddit, made by @nursecomics, too accurate 😂")]
    [InlineData("Saw this on Twitter: https://example.org/thread, worth a read.")]
    [InlineData("The mistake was not mine to fix, so I escalated it.")]
    [InlineData("Found this on the unit fridge door and it made my day.")]
    public void Valid_CreditedOrNotARepost(string text) => RuleTester.AssertValid(Rule, text);

    [Theory]
    [InlineData("[|Stole this from Reddit|] and it is too accurate 😂")]
    [InlineData("Night shift in one picture [|(not mine)|]")]
    [InlineData("The best description of residency. [|Author unknown|].")]
    [InlineData("Too real. [|No idea who made this|] but thank you.")]
    public void Invalid_SaysItIsSomeoneElsesWork(string marked) => RuleTester.AssertInvalid(Rule, marked);
}
