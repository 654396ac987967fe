using Preround.Core.Domain;
using Preround.Platforms.Rules;
using Preround.Testing;

namespace Preround.Platforms.Tests.Rules;

public sealed class TooManyMentionsRuleTests
{
    private static readonly TooManyMentionsRule Rule = new();

    [Theory]
    [InlineData("Congratulations to @DrAna, @DrBeth and @NurseCal on the teaching awards!", Platform.X)]
    [InlineData("@a1 @b2 @c3 @d4 @e5 @f6 @g7 thanks all, slides are posted.", Platform.X)]
    [InlineData("Email me at jane@example.org or the desk at desk@example.org, a@b.org, c@d.org, e@f.org, g@h.org, i@j.org", Platform.X)]
    [InlineData("Thanks @ana @ben @cal @dee @eve @fay @gus for a great panel", Platform.Instagram)]
    public void Valid_FewMentionsOrAReply(string text, Platform platform) => RuleTester.AssertValid(Rule, text, platform: platform);

    [Theory]
    [InlineData("Great panel with @ana @ben @cal @dee @eve @fay [|@gus @hal|] today", Platform.X)]
    [InlineData("Thanks @ana@med.social @ben@med.social @cal @dee @eve @fay [|@gus@example.org|]", Platform.Mastodon)]
    public void Invalid_FlagsTheMentionsPastTheThreshold(string marked, Platform platform) =>
        RuleTester.AssertInvalid(Rule, marked, platform: platform);

    [Fact]
    public void Invalid_InstagramOverTwentyIsAWarning()
    {
        var names = Enumerable.Range(1, 22).Select(i => $"@user{i}").ToList();
        var marked = "Thank you " + string.Join(" ", names.Take(20)) + " [|" + string.Join(" ", names.Skip(20)) + "|]";
        var finding = Assert.Single(RuleTester.AssertInvalid(Rule, marked, platform: Platform.Instagram));
        Assert.Equal(Severity.Warn, finding.Severity);
    }
}
