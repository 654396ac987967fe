using Preround.Core.Domain;
using Preround.Rules.DisparageProfession;
using Preround.Testing;

namespace Preround.Rules.Tests.DisparageProfession;

public sealed class ProfessionContemptRuleTests
{
    private static readonly ProfessionContemptRule Rule = new();

    [Theory]
    [InlineData("Huge thanks to our pharmacists who caught a tenfold heparin error tonight.")]
    [InlineData("Surgeons and internists joke about each other, but co-management cut mortality. Respect goes both ways.")]
    [InlineData("Nurses are not just order-takers; they catch what we miss.")]
    [InlineData("Scope debates need data: a 2023 systematic review found mixed outcomes for NPs in primary care.")]
    public void Valid_LooksRiskyButIsFine(string text) => RuleTester.AssertValid(Rule, text);

    [Fact]
    public void Valid_JokeAboutOwnProfession() => RuleTester.AssertValid(Rule, "Pharmacists are useless before coffee, myself included.", AuthorRole.Pharmacist);

    [Theory]
    [InlineData("[|Midlevels are a cheap knockoff|], and admin knows it.")]
    [InlineData("[|Surgeons can't manage|] a potassium to save their life.")]
    [InlineData("[|CRNAs think they're anesthesiologists|]. Cute.")]
    [InlineData("[|Radiologists are useless|] at 3am.")]
    public void Invalid_FlagsExactlyTheMarkedSpan(string marked) => RuleTester.AssertInvalid(Rule, marked);
}
