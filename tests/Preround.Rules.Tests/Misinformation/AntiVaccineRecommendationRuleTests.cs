using Preround.Rules.Misinformation;
using Preround.Testing;

namespace Preround.Rules.Tests.Misinformation;

public sealed class AntiVaccineRecommendationRuleTests
{
    private static readonly AntiVaccineRecommendationRule Rule = new();

    [Theory]
    [InlineData("The HPV shot is new. I didn't give it to my daughter and [|I won't recommend it to yours|].")]
    [InlineData("[|Don't vaccinate|] your babies. Their immune systems can handle measles.")]
    [InlineData("Pregnant? [|Skip the Tdap|]. Your own antibodies are plenty.")]
    [InlineData("[|Natural immunity is better|] than any vaccine.")]
    public void Invalid_AdvisesAgainstVaccines(string marked) => RuleTester.AssertInvalid(Rule, marked);

    [Theory]
    [InlineData("Don't skip the HPV vaccine because of something you read online.")]
    [InlineData("Chickenpox parties were a thing in the 80s. Now there's a vaccine.")]
    [InlineData("Got my updated COVID shot and flu shot today, one in each arm 💪")]
    [InlineData("Never skip your baby's two-month shots; they protect against whooping cough.")]
    public void Valid_ProVaccine(string text) => RuleTester.AssertValid(Rule, text);
}
