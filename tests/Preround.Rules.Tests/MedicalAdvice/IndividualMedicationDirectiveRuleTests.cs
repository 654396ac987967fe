using Preround.Core.Domain;
using Preround.Rules.MedicalAdvice;
using Preround.Testing;

namespace Preround.Rules.Tests.MedicalAdvice;

public sealed class IndividualMedicationDirectiveRuleTests
{
    private static readonly IndividualMedicationDirectiveRule Rule = new();

    [Theory]
    [InlineData("@kayla_m with those numbers [|you should stop your lisinopril|] and cut the salt.")]
    [InlineData("[|Your mom should honestly stop the Eliquis|], the bleeding risk isn't worth it.")]
    [InlineData("Tell your husband to [|double his Lasix|] for two days.")]
    [InlineData("To the mom in my comments: [|give him 5 ml|] of the children's Motrin every 4 hours.")]
    [InlineData("I say [|you don't need that statin|].")]
    [InlineData("Since you're already on Zoloft, [|just add St. John's wort|].")]
    [InlineData("@brianr your ECG shows a-fib, [|start aspirin|] tonight and see your doc Monday.")]
    public void Invalid_InstructsOnePersonAboutTheirMedicine(string marked) => RuleTester.AssertInvalid(Rule, marked, AuthorRole.Np);

    [Theory]
    [InlineData("Reminder: never stop an antidepressant abruptly. Talk to your prescriber about a taper plan.")]
    [InlineData("Take your meds as prescribed and bring the bottles to every visit.")]
    [InlineData("Talk to your doctor before you stop any blood pressure medicine, even if you feel fine.")]
    [InlineData("Don't double up if you miss a dose of most meds; check the leaflet or call your pharmacist.")]
    [InlineData("You should stop scrolling and go to bed.")]
    [InlineData("Clinical pearl: in a patient on warfarin who starts Bactrim, check the INR within a few days.")]
    public void Valid_GeneralEducation(string text) => RuleTester.AssertValid(Rule, text, AuthorRole.Pharmacist);

    [Fact]
    public void Invalid_GeneralWordsBecomeAdviceInAReply() =>
        RuleTester.AssertInvalid(Rule, "[|Never stop your antidepressant|] like that, taper it over two weeks.", AuthorRole.Np, context: DraftContext.Comment);
}
