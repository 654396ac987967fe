using Preround.Core.Domain;
using Preround.Rules.DisparageProfession;
using Preround.Testing;

namespace Preround.Rules.Tests.DisparageProfession;

public sealed class CompetenceJabRuleTests
{
    private static readonly CompetenceJabRule Rule = new();

    [Theory]
    [InlineData("Even a first-year student can learn point-of-care ultrasound in a weekend course. Here's our curriculum.")]
    [InlineData("Ortho reading ECGs is not their job and that's fine. That's why we have cardiology.")]
    [InlineData("Hot take: radiologists are the most underrated consultants in the building.")]
    [InlineData("I couldn't have done the night without the nurses on 4 West if you're asking.")]
    [InlineData("Interns can't place a central line alone if they haven't been signed off, and that is the policy.")]
    public void Valid_PraiseScopeAndPolicy(string text) => RuleTester.AssertValid(Rule, text);

    [Theory]
    [InlineData("[|The nurses on 4 West couldn't titrate a drip if you drew them a diagram.|]")]
    [InlineData("[|Even a first-year student could manage a DKA better than the hospitalists on nights here.|]")]
    [InlineData("[|Asking ortho to read an ECG is like asking a labrador to do your taxes.|]")]
    [InlineData("[|Family medicine: for people who wanted to be doctors but couldn't commit.|]")]
    [InlineData("[|Radiologists: paid a fortune to write 'cannot exclude' on every report.|]")]
    [InlineData("[|Another midlevel who thinks a weekend course makes them a dermatologist.|]")]
    [InlineData("[|Why do psychiatrists even bother going to medical school?|]")]
    [InlineData("[|CRNAs: all the arrogance, none of the residency.|]")]
    [InlineData("[|Dermatology: where you can earn 500k and never see an actual emergency.|] Cushy life.")]
    public void Invalid_CompetencePutDowns(string marked) => RuleTester.AssertInvalid(Rule, marked);

    [Fact]
    public void Valid_JokeAboutOwnProfession() =>
        RuleTester.AssertValid(Rule, "Pharmacists couldn't pick a lunch spot if you drew us a map. Love this team.", AuthorRole.Pharmacist);
}
