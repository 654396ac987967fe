using Preround.Core.Domain;
using Preround.Platforms.Rules;
using Preround.Testing;

namespace Preround.Platforms.Tests.Rules;

public sealed class TooManyHashtagsRuleTests
{
    private static readonly TooManyHashtagsRule Rule = new();

    [Theory]
    [InlineData("Flu shots this Saturday at the clinic #FluSeason #PublicHealth #Vaccines", Platform.Instagram)]
    [InlineData("Night shift snack ranking #NurseLife #nightshift #RN #nursing #healthcare", Platform.Instagram)]
    [InlineData("Join us for #MedEd chat at 9pm ET: #FOAMed #MedTwitter #Residency #GME", Platform.X)]
    [InlineData("Room #4 and bed #12 are ready, order #123 came back.", Platform.X)]
    [InlineData("See https://example.org/page#one#two#three#four#five#six", Platform.X)]
    public void Valid_FewHashtags(string text, Platform platform) => RuleTester.AssertValid(Rule, text, platform: platform);

    [Theory]
    [InlineData("New scrubs day 🩺 #nurse #rn #scrubs #nursing #nurselife [|#ad #style|]", Platform.Instagram)]
    [InlineData("Match day! #Match2025 #MedTwitter #MedStudent #Residency #IM [|#Peds #Surgery #FM|]", Platform.X)]
    public void Invalid_FlagsTheHashtagsPastTheCap(string marked, Platform platform) =>
        RuleTester.AssertInvalid(Rule, marked, platform: platform);

    [Fact]
    public void Invalid_InstagramOverItsCapIsAWarningElsewhereAdvice()
    {
        var text = "Caption #a1 #b2 #c3 #d4 #e5 #f6";
        Assert.Equal(Severity.Warn, Assert.Single(RuleTester.Run(Rule, text, platform: Platform.Instagram)).Severity);
        var elsewhere = Assert.Single(RuleTester.Run(Rule, text, platform: Platform.LinkedIn));
        Assert.Equal(Severity.Info, elsewhere.Severity);
        Assert.Contains("drop #f6", elsewhere.Suggestion);
    }
}
