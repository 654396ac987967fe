using Preround.Core.Domain;
using Preround.Rules.GuaranteeClaim;
using Preround.Testing;

namespace Preround.Rules.Tests.GuaranteeClaim;

public sealed class CertainOutcomeRuleTests
{
    private static readonly CertainOutcomeRule Rule = new();

    [Theory]
    [InlineData("Ketamine therapy at our clinic [|works for 100% of depression patients|].")]
    [InlineData("[|You will never have|] another panic attack after my 6-session program.")]
    [InlineData("[|Our knee injections cure|] arthritis. Not manage. CURE. 🙌")]
    [InlineData("Hormone pellets: [|Every. Single. Patient|]. Book now.")]
    public void Invalid_PromisesOutcomeToEveryone(string marked)
    {
        var findings = RuleTester.AssertInvalid(Rule, marked, AuthorRole.Np, Platform.Instagram);
        Assert.Equal(Severity.Block, findings[0].Severity);
    }

    [Theory]
    [InlineData("No treatment is 100% effective and anyone who promises you that is selling something.")]
    [InlineData("Zero harm is a goal, not a guarantee.")]
    [InlineData("We've had zero complications on the unit this quarter, proud of this team.")]
    [InlineData("We check a lactate in every patient with suspected sepsis.")]
    [InlineData("The pager finds you the second you sit down. Every. Single. Time.")]
    public void Valid_WarningsReportsAndHumour(string text) => RuleTester.AssertValid(Rule, text, AuthorRole.Np, Platform.Instagram);
}
