using Preround.Core.Domain;
using Preround.Rules.MedicalAdvice;
using Preround.Testing;

namespace Preround.Rules.Tests.MedicalAdvice;

public sealed class RemoteDiagnosisRuleTests
{
    private static readonly RemoteDiagnosisRule Rule = new();

    [Theory]
    [InlineData("@mike_t [|sounds like you have a UTI|], grab some antibiotics.")]
    [InlineData("@sara.k [|you probably have long covid|], try low dose naltrexone.")]
    [InlineData("@jess_runs [|that's definitely a stress fracture|], rest it six weeks.")]
    public void Invalid_DiagnosesAPerson(string marked) => RuleTester.AssertInvalid(Rule, marked, AuthorRole.Pa);

    [Theory]
    [InlineData("Sounds like my week: three codes, two admits, one cold coffee.")]
    [InlineData("It looks like it's going to be a rough flu season. Get vaccinated early.")]
    [InlineData("If it sounds like you have strep, see your doctor for a swab.")]
    [InlineData("Textbook erythema migrans! That's classic Lyme disease on a teaching slide.")]
    public void Valid_NotADiagnosisOfSomeone(string text) => RuleTester.AssertValid(Rule, text, AuthorRole.Pa);
}
