using Preround.Core.Domain;
using Preround.Platforms.Rules;
using Preround.Testing;

namespace Preround.Platforms.Tests.Rules;

public sealed class OverLimitRuleTests
{
    private static readonly OverLimitRule Rule = new();

    private static string Sentences(int count) =>
        string.Concat(Enumerable.Range(1, count).Select(i => $"Point {i}: hand hygiene before every patient contact. "));

    [Theory]
    [InlineData("Grand rounds at noon: sepsis bundles, what changed in 2024 and what did not. https://example.org/sepsis-bundle-update-2024-full-slides-and-references #MedEd", Platform.X)]
    [InlineData("Short and sweet.", Platform.Bluesky)]
    public void Valid_PostThatFits(string text, Platform platform) => RuleTester.AssertValid(Rule, text, platform: platform);

    [Fact]
    public void Valid_LongUrlCountsAsTwentyThreeOnX()
    {
        var text = "Worth reading before clinic: https://www.example.org/" + new string('p', 400);
        RuleTester.AssertValid(Rule, text);
    }

    [Fact]
    public void Valid_SameTextFitsOnLinkedIn()
    {
        RuleTester.AssertValid(Rule, Sentences(12), platform: Platform.LinkedIn);
    }

    [Fact]
    public void Invalid_XPostFlagsTheTextPastCharacter280()
    {
        var text = new string('a', 280) + "[|" + new string('b', 20) + "|]";
        var finding = Assert.Single(RuleTester.AssertInvalid(Rule, text));
        Assert.Equal(Severity.Warn, finding.Severity);
        Assert.Contains("300 of 280", finding.Message);
    }

    [Fact]
    public void Invalid_CjkCountsDoubleOnX()
    {
        // 141 CJK characters weigh 282: the last one does not fit.
        var text = new string('病', 140) + "[|院|]";
        RuleTester.AssertInvalid(Rule, text);
    }

    [Fact]
    public void Invalid_SuggestionIsTheThreadWhereThreadsExist()
    {
        var text = Sentences(8);
        var finding = Assert.Single(RuleTester.Run(Rule, text, platform: Platform.X));
        Assert.StartsWith("Post it as a thread of 2", finding.Suggestion);
        Assert.Contains("1/2", finding.Suggestion);
        Assert.Contains("2/2", finding.Suggestion);
    }

    [Fact]
    public void Invalid_InstagramCaptionOverLimitSuggestsTrimming()
    {
        var text = Sentences(50);
        var finding = Assert.Single(RuleTester.Run(Rule, text, platform: Platform.Instagram));
        Assert.StartsWith($"Trim about {text.Length - 2200:N0} characters", finding.Suggestion);
        Assert.Equal(2200, finding.Span.Start);
    }

    [Fact]
    public void Invalid_LinkedInCommentHasItsOwnLimit()
    {
        var text = Sentences(30);
        RuleTester.AssertValid(Rule, text, platform: Platform.LinkedIn);
        var finding = Assert.Single(RuleTester.Run(Rule, text, platform: Platform.LinkedIn, context: DraftContext.Comment));
        Assert.Equal(1250, finding.Span.Start);
    }

    [Fact]
    public void Invalid_BlueskyBytesOverEvenWhenGraphemesFit()
    {
        // 250 graphemes of 4-byte emoji in ZWJ families is well over 3,000 bytes.
        var family = "\U0001F468\u200D\U0001F469\u200D\U0001F467";
        var text = string.Concat(Enumerable.Repeat(family, 250));
        var finding = Assert.Single(RuleTester.Run(Rule, text, platform: Platform.Bluesky));
        Assert.Contains("UTF-8 bytes", finding.Message);
    }
}
