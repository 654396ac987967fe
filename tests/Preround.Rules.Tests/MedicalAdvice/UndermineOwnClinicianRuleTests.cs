using Preround.Rules.MedicalAdvice;
using Preround.Testing;

namespace Preround.Rules.Tests.MedicalAdvice;

public sealed class UndermineOwnClinicianRuleTests
{
    private static readonly UndermineOwnClinicianRule Rule = new();

    [Theory]
    [InlineData("[|Ignore your OB|], one glass of wine a night is fine 🍷")]
    [InlineData("[|Your psychiatrist is wrong|] about the lithium.")]
    [InlineData("So no, [|your cardiologist does not know|] more than me about your heart meds.")]
    [InlineData("Bro [|you don't need a cardiologist|] for palpitations.")]
    [InlineData("That rash is hand-foot-mouth, [|no need to take her to the pediatrician|].")]
    [InlineData("[|Skip the ER for that|] chest tightness.")]
    public void Invalid_TellsReaderToSetAsideTheirClinician(string marked) => RuleTester.AssertInvalid(Rule, marked);

    [Theory]
    [InlineData("If your doctor dismisses your pain, it's okay to ask for a second opinion.")]
    [InlineData("Don't ignore your doctor's advice about blood pressure.")]
    [InlineData("You don't need a doctor's note to get a flu shot at our pharmacy.")]
    [InlineData("Talk to your doctor before you stop any medicine.")]
    public void Valid_EncouragesCare(string text) => RuleTester.AssertValid(Rule, text);
}
