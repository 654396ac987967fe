using Preround.Core.Domain;
using Preround.Privacy.Redaction;

namespace Preround.Privacy.Tests.Redaction;

public sealed class RedactorTests
{
    [Theory]
    [InlineData("The 47 yo first-time mom we delivered last night is doing great.", "The 40-something first-time mom we delivered recently is doing great.")]
    [InlineData("My 94-year-old patient still drives to church.", "My patient over 89 still drives to church.")]
    [InlineData("Pt in room 14 asked for margarita jello.", "Pt asked for margarita jello.")]
    [InlineData("Delivered triplets tonight, mom lives on a farm outside Walla Walla.", "Delivered triplets recently, mom lives on a farm outside our region.")]
    [InlineData("Shoutout to Mrs. Patterson in bed 9 who said I have gentle hands.", "Shoutout to a patient who said I have gentle hands.")]
    [InlineData("Patient named Rosa today taught me about diabetes.", "Patient recently taught me about diabetes.")]
    public void Generalises_AgesPlacesAndTimes_AndRemovesNamesAndBeds(string draft, string expected)
    {
        var r = Redactor.Redact(Draft.Of(draft));
        Assert.Equal(expected, r.Text);
    }

    [Theory]
    [InlineData("Heading to Boston for ACC next week (March 28 to 30). Send me your poster number!")]
    [InlineData("Call our front desk at (555) 201-4400 to book your flu shot.")]
    [InlineData("Happy 90th birthday to my grandpa, who still beats me at chess!")]
    public void LeavesCleanPostsAlone(string draft)
    {
        var r = Redactor.Redact(Draft.Of(draft));
        Assert.False(r.Changed);
        Assert.Equal(draft, r.Text);
    }

    [Fact]
    public void KeepsTheDiagnosisAndSaysWhenItIsRareEnoughToIdentify()
    {
        var r = Redactor.Redact(Draft.Of("Wild night: the 34yo teacher from Bozeman with pheochromocytoma came in crashing."));
        Assert.Contains("pheochromocytoma", r.Text);
        Assert.DoesNotContain("Bozeman", r.Text);
        Assert.Contains(r.Residual, n => n.Contains("composite", StringComparison.Ordinal));
    }

    [Fact]
    public void ReviewRepliesGetTheSafeReplyAsResidualAdvice()
    {
        var draft = new Draft("Your biopsy was benign, so no MRI was needed.", AuthorProfile.Unknown, Platform.Facebook, DraftContext.ReviewReply);
        var r = Redactor.Redact(draft);
        Assert.Contains(r.Residual, n => n.Contains(ReviewReplyAdvice.SafeReply, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("29F", "20-something woman")]
    [InlineData("4yo", "young child")]
    [InlineData("16 year old", "teenage")]
    [InlineData("6 month old", "infant")]
    [InlineData("67M", "60-something man")]
    public void AgeBands(string age, string band) => Assert.Equal(band, Generalizer.AgeBand(age));
}
