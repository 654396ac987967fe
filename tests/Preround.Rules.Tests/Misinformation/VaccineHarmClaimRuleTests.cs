using Preround.Rules.Misinformation;
using Preround.Testing;

namespace Preround.Rules.Tests.Misinformation;

public sealed class VaccineHarmClaimRuleTests
{
    private static readonly VaccineHarmClaimRule Rule = new();

    [Theory]
    [InlineData("The [|HPV shot causes infertility|]. I didn't give it to my daughter.")]
    [InlineData("[|mRNA vaccines rewrite your DNA|]. Look it up.")]
    [InlineData("The [|MMR shot gave my nephew autism|]. I don't care what the CDC says.")]
    [InlineData("[|Gardasil made my cousin infertile|]. No way my daughter is getting it.")]
    [InlineData("The [|flu shot gives you the flu|]. That's why I never get it.")]
    [InlineData("The [|flu shot can give you the flu|]. It can't be trusted, skip it this year.")]
    public void Invalid_AssertsVaccineHarm(string marked) => RuleTester.AssertInvalid(Rule, marked);

    [Theory]
    [InlineData("No, the MMR vaccine does not cause autism. The 1998 study was retracted.")]
    [InlineData("Patients ask me if the HPV vaccine causes infertility. It doesn't.")]
    [InlineData("Myth: the flu shot gives you the flu. Fact: it contains inactivated virus.")]
    [InlineData("Met a family today who believed vaccines cause autism. I listened and shared the data.")]
    [InlineData("Myocarditis after mRNA vaccines is rare and usually mild; COVID itself causes more.")]
    [InlineData("Got my flu shot today 💪 sore arm, zero regrets.")]
    [InlineData("A patient asked me this morning whether the flu shot can give you the flu. It can't: the injected vaccine has no live virus.")]
    [InlineData("Does the flu shot give you the flu? It can't. The injected vaccine has no live virus.")]
    public void Valid_DebunksOrReports(string text) => RuleTester.AssertValid(Rule, text);
}
