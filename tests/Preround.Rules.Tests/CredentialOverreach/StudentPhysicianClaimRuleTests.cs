using Preround.Core.Domain;
using Preround.Rules.CredentialOverreach;
using Preround.Testing;

namespace Preround.Rules.Tests.CredentialOverreach;

public sealed class StudentPhysicianClaimRuleTests
{
    private static readonly StudentPhysicianClaimRule Rule = new();

    [Theory]
    [InlineData("[|Call me Dr. Ortiz|] from now on, just passed Step 1 🎉")]
    [InlineData("[|Dr. Patel here|] 👋 answering your birth control questions tonight!")]
    [InlineData("[|As a physician|], I strongly recommend everyone get their flu shot.")]
    [InlineData("[|Medical expert here|]: ask me anything about thyroid health 👇")]
    [InlineData("Jordan Lee[|, MD|] | Internal Medicine | DMs open")]
    [InlineData("Patients trust me more once I [|introduce myself as Dr. Nguyen|] on rotations 😅")]
    [InlineData("[|Your favorite doctor|] is back with another skincare routine 💅")]
    public void Invalid_StudentClaimsTitleOrExpertise(string marked) => RuleTester.AssertInvalid(Rule, marked, AuthorRole.Ms3);

    [Theory]
    [InlineData("Future Dr. Okafor reporting for anatomy lab 🫡")]
    [InlineData("I matched into dermatology!!! Future derm, here I come")]
    [InlineData("I'm not a doctor yet, so I won't weigh in on your meds.")]
    [InlineData("Signed my first note as 'student doctor' today.")]
    [InlineData("Jordan Lee, MD candidate 2027")]
    [InlineData("As a future physician, I'll never stop asking patients what matters to them.")]
    [InlineData("Day 1 of med school. Not a doctor, not an expert, just excited.")]
    public void Valid_StudentSpeaksAsAStudent(string text) => RuleTester.AssertValid(Rule, text, AuthorRole.Ms2);

    [Fact]
    public void Valid_SameWordsFromAnAttending() => RuleTester.AssertValid(Rule, "As a physician, I strongly recommend the flu shot.", AuthorRole.Attending);
}
