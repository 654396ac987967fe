using Preround.Core.Domain;
using Preround.Rules.GuaranteeClaim;
using Preround.Testing;

namespace Preround.Rules.Tests.GuaranteeClaim;

public sealed class PromisedResultsRuleTests
{
    private static readonly PromisedResultsRule Rule = new();

    [Theory]
    [InlineData("[before/after photos pulled from a stock site] [|Results you can expect|] at our practice in just 2 sessions!")]
    [InlineData("[photo: before and after of a jawline filler] [|This could be you|] ✨ DM to book")]
    [InlineData("[|You WILL lose 30 pounds|] in 8 weeks on my program.")]
    [InlineData("[|All of my patients who followed my plan got off their insulin|]. Book a consult today!")]
    [InlineData("Exosome infusions now at our clinic: [|9 out of 10 patients are symptom-free|] after one session. Message me to get on the list.")]
    [InlineData("[|95% of my patients are pain-free|] after 3 visits with our laser protocol. Book now 👇")]
    public void Invalid_PresentsOneResultAsTheExpectedOne(string marked) => RuleTester.AssertInvalid(Rule, marked, AuthorRole.Np, Platform.Instagram);

    [Theory]
    [InlineData("Before/after photos online are often edited. Ask to see unretouched results.")]
    [InlineData("Results vary a lot with laser treatments; most people need 4 to 6 sessions.")]
    [InlineData("If anyone guarantees you'll lose 30 pounds in a month, that's a sales pitch, not medicine.")]
    [InlineData("Feeling better in just 2 days after my flu shot sore arm, back to the gym.")]
    [InlineData("In the trial, 9 out of 10 patients were symptom-free at 12 weeks, versus 6 in 10 on placebo. Book club tonight!")]
    [InlineData("Our clinic's audit: 70% of patients felt better within a week, but the study had no control group, so book in to discuss options.")]
    [InlineData("9 out of 10 patients are symptom-free with this? I'd want to see the data. Anyone have the paper?")]
    public void Valid_HonestAboutVariation(string text) => RuleTester.AssertValid(Rule, text, AuthorRole.Np, Platform.Instagram);
}
