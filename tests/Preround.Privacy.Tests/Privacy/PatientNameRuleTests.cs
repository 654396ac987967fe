using Preround.Privacy.Rules.Privacy;
using Preround.Testing;

namespace Preround.Privacy.Tests.Privacy;

public sealed class PatientNameRuleTests
{
    private static readonly PatientNameRule Rule = new();

    [Theory]
    [InlineData("Finally met my favorite patient in real life, she follows this account! Hi [|Karen|]!! Thank you for trusting me with your lupus journey")]
    [InlineData("Shoutout to [|Mrs. Patterson|] in bed 9 who told me I have the gentlest hands on the unit.")]
    [InlineData("Patient named [|Rosa|] today taught me more about diabetes than any lecture.")]
    public void Invalid_NameOfAPatient(string marked) => RuleTester.AssertInvalid(Rule, marked);

    [Theory]
    [InlineData("Congratulations to Dr. Priya Raman on her promotion to associate professor!")]
    [InlineData("Thank you Dr. Williams and Dr. Chen for writing my letters. I matched!")]
    [InlineData("Welcome to the team, Jasmine and Tyler! Our 5 West family just got bigger.")]
    [InlineData("Happy 90th birthday to my grandpa! Love you Pop.")]
    [InlineData("Grateful to Mrs. Johnson, my 3rd grade teacher, who came to my white coat ceremony today.")]
    [InlineData("@mike_ohio I'm not able to look at your labs over DMs, sorry. The clinician who ordered them can explain them.")]
    public void Valid_ColleaguesFamilyAndTeachers(string text) => RuleTester.AssertValid(Rule, text);
}
