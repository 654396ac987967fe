using Preround.Rules.CareerOversharing;
using Preround.Testing;

namespace Preround.Rules.Tests.CareerOversharing;

public sealed class AbandonedShiftRuleTests
{
    private static readonly AbandonedShiftRule Rule = new();

    [Theory]
    [InlineData("Gave my notice today after six wonderful years on 4 West.")]
    [InlineData("Called in sick today with a fever of 101. Stay home when you're sick.")]
    [InlineData("Quitting the night shift after 10 years, 8 weeks' notice given.")]
    public void Valid_LooksRiskyButIsFine(string text) => RuleTester.AssertValid(Rule, text);

    [Theory]
    [InlineData("[|Quitting residency effective tomorrow with zero notice|]. Let them cover my nights.")]
    [InlineData("[|Walked out mid-shift|] today.")]
    [InlineData("[|Calling in sick tomorrow to go|] to the concert.")]
    public void Invalid_FlagsExactlyTheMarkedSpan(string marked) => RuleTester.AssertInvalid(Rule, marked);
}
