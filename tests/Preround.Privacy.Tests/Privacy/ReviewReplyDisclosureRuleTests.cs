using Preround.Core.Domain;
using Preround.Privacy.Rules.Privacy;
using Preround.Testing;

namespace Preround.Privacy.Tests.Privacy;

public sealed class ReviewReplyDisclosureRuleTests
{
    private static readonly ReviewReplyDisclosureRule Rule = new();

    [Theory]
    [InlineData("We're sorry. [|Your prescription|] could not be refilled without a follow-up.")]
    [InlineData("Thanks for writing. [|When you came in|] the clinic was very busy.")]
    [InlineData("[|As our patient|], you were told about the cost beforehand.")]
    public void Invalid_ReviewReplyConfirmsCare(string marked) =>
        RuleTester.AssertInvalid(Rule, marked, context: DraftContext.ReviewReply);

    [Theory]
    [InlineData("@J. Alvarez [|our records show you|] no-showed three hepatitis C follow-ups.")]
    [InlineData("Sorry to hear about your experience. [|According to our records|] [|you missed|] three appointments.")]
    public void Invalid_PublicReplyInAPost(string marked) => RuleTester.AssertInvalid(Rule, marked);

    [Theory]
    [InlineData("Thank you for taking the time to share your feedback. Please call our office so that we can talk this through directly.")]
    [InlineData("We appreciate all feedback. To protect privacy we never discuss individual care online.")]
    public void Valid_SafeReply(string text) => RuleTester.AssertValid(Rule, text, context: DraftContext.ReviewReply);

    [Theory]
    [InlineData("Your visit matters: bring your medication list to every appointment.")]
    public void Valid_EducationPostIsNotAReply(string text) => RuleTester.AssertValid(Rule, text);

    [Fact]
    public void Invalid_SuggestsASafeReply()
    {
        var f = RuleTester.Run(Rule, "Your biopsy was benign, so there was no need for the MRI.", context: DraftContext.ReviewReply);
        Assert.Contains(f, x => x.Suggestion!.Contains("call our office", StringComparison.Ordinal));
    }
}
