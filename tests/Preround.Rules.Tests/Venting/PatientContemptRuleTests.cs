using Preround.Core.Domain;
using Preround.Rules.Venting;
using Preround.Testing;

namespace Preround.Rules.Tests.Venting;

public sealed class PatientContemptRuleTests
{
    private static readonly PatientContemptRule Rule = new();

    [Theory]
    [InlineData("Vaccine-hesitant parents aren't stupid; they're scared. Listening works better than lecturing.")]
    [InlineData("Patients who Google their symptoms aren't the enemy. Ask what they found.")]
    [InlineData("I'm the idiot who left my badge at home again.")]
    [InlineData("Stop calling patients 'frequent flyers'. They are people the system keeps failing.")]
    [InlineData("Demanding better ratios isn't complaining, it's patient safety.")]
    [InlineData("Grateful for the families who bring donuts to night shift lol 😂")]
    [InlineData("@lucia_r I'm so sorry you're dealing with that. I can't assess you over social media. Please call your OB's after-hours line tonight.")]
    public void Valid_LooksRiskyButIsFine(string text) => RuleTester.AssertValid(Rule, text);

    [Theory]
    [InlineData("[|The psych pts were feral at shift change.|] Zoo is open.")]
    [InlineData("[|Some parents are just clueless about fevers.|]")]
    [InlineData("[|Pt swore she was 'allergic' to needles, so naturally she wanted everything IV.|] Make it make sense 🙃")]
    [InlineData("Ugh. [|Another family quoting TikTok at me about antibiotics.|] Sure, Jan.")]
    public void Invalid_FlagsExactlyTheMarkedSpan(string marked) => RuleTester.AssertInvalid(Rule, marked);
}
