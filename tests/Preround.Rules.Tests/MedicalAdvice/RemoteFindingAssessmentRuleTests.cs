using Preround.Core.Domain;
using Preround.Rules.MedicalAdvice;
using Preround.Testing;

namespace Preround.Rules.Tests.MedicalAdvice;

public sealed class RemoteFindingAssessmentRuleTests
{
    private static readonly RemoteFindingAssessmentRule Rule = new();

    [Theory]
    [InlineData("From the picture you posted, [|that mole is nothing|]. Save your money.")]
    [InlineData("Saw your pic, [|that rash is eczema|].")]
    public void Invalid_JudgesSomeonesFinding(string marked)
    {
        var findings = RuleTester.AssertInvalid(Rule, marked, AuthorRole.Pa, Platform.X);
        Assert.Equal(Severity.Warn, findings[0].Severity);
    }

    [Theory]
    [InlineData("Photo-diagnosis isn't diagnosis. I won't tell you what your mole is from a picture.")]
    [InlineData("@sam if your rash looks infected, please get it seen at urgent care today.")]
    [InlineData("Textbook erythema migrans on a de-identified teaching image: the rash is classic.")]
    public void Valid_NoVerdictOnOnePerson(string text) => RuleTester.AssertValid(Rule, text, AuthorRole.Pa, Platform.X);
}
