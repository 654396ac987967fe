using Preround.Core.Domain;
using Preround.Privacy.Rules.Privacy;
using Preround.Testing;

namespace Preround.Privacy.Tests.Privacy;

public sealed class ReidentificationRiskRuleTests
{
    private static readonly ReidentificationRiskRule Rule = new();

    [Theory]
    [InlineData("Had to call [|CPS on a 4yo with a spiral fracture this afternoon|]. Praying for that baby.")]
    [InlineData("Proud of my team: [|29F, placenta percreta into the bladder, delivered at 34+2 last night at our 12-bed L&D in Sandpoint|]. Everybody went home alive.")]
    [InlineData("Pt in [|room 14|] just asked if the jello comes in margarita flavor")]
    [InlineData("My patient [|tonight asked if her lupus flare was from stress. Honestly, sometimes. She's 34|] and works at the Dollar General on Main.")]
    public void Invalid_DetailsCombine(string marked)
    {
        var findings = RuleTester.AssertInvalid(Rule, marked);
        Assert.All(findings, f => Assert.Equal(Severity.Block, f.Severity));
    }

    [Fact]
    public void Invalid_MessageNamesTheCombiningElements()
    {
        var f = Assert.Single(RuleTester.Run(Rule, "Wild night in the ED: the 34yo middle-school teacher from Bozeman with that super rare adrenal tumor came in crashing."));
        Assert.Contains("age", f.Message);
        Assert.Contains("town", f.Message);
        Assert.Contains("rare diagnosis", f.Message);
    }

    [Theory]
    [InlineData("Stroke risk rises steeply after 55: in one cohort, incidence doubled with each decade of age.")]
    [InlineData("Had a patient today who taught me the value of just sitting down and listening.")]
    [InlineData("Remember: an 89-year-old and a 65-year-old with the same creatinine can have very different kidney function.")]
    [InlineData("My son turned 4 today and asked for a stethoscope cake.")]
    [InlineData("Landed in Orlando for the health IT conference, who else is here? Coffee?")]
    [InlineData("Teaching case (composite, details changed): a young adult with fever and a new murmur.")]
    [InlineData("Rough night. Grateful for a charge nurse who took a patient off my hands when I was drowning. Pay it forward.")]
    [InlineData("Drowning in charts after a 12 with six patients, but my preceptor stayed late to help.")]
    [InlineData("A patient asked me this morning whether the flu shot can give you the flu. It can't: the injected vaccine has no live virus.")]
    [InlineData("Had a patient ask today if statins cause dementia. The large cohort studies say no. Thread on the evidence.")]
    [InlineData("Good question from a patient today: is sepsis always caught by a fever? No, older adults often have none.")]
    public void Valid_NoPatientOrNoDetail(string text) => RuleTester.AssertValid(Rule, text);
}
