using Preround.Core.Domain;
using Preround.Rules.MedicalAdvice;
using Preround.Testing;

namespace Preround.Rules.Tests.MedicalAdvice;

public sealed class PersonalTreatmentInstructionRuleTests
{
    private static readonly PersonalTreatmentInstructionRule Rule = new();

    [Theory]
    [InlineData("Looked at the photo you sent. [|Start valacyclovir 1g|] three times a day.")]
    [InlineData("[|u should def try 25mg|] of sertraline first, thats what i'd do")]
    [InlineData("Saw your story, your son's ear looks infected. [|Amoxicillin 45 mg/kg/day split twice|].")]
    public void Invalid_InstructionForOnePerson(string marked)
    {
        var findings = RuleTester.AssertInvalid(Rule, marked, AuthorRole.Nurse, Platform.Instagram);
        Assert.Equal(Severity.Warn, findings[0].Severity);
    }

    [Theory]
    [InlineData("Teaching point for residents: start sertraline low (25 mg) in patients with panic disorder.")]
    [InlineData("@kaylaroo I can't advise on your meds over social media, please call your prescriber.")]
    [InlineData("Adults: the max daily dose of acetaminophen on most labels is 3,000 to 4,000 mg.")]
    public void Valid_EducationOrReferral(string text) => RuleTester.AssertValid(Rule, text, AuthorRole.Nurse, Platform.Instagram);
}
