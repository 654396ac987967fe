using Preround.Core.Domain;
using Preround.Platforms.Rules;
using Preround.Platforms.Spelling;
using Preround.Platforms.Tests.Support;
using Preround.Testing;

namespace Preround.Platforms.Tests.Rules;

public sealed class MisspellingRuleTests
{
    private static readonly MisspellingRule Rule = new();

    [RequiresHunspellTheory]
    [InlineData("Started metformin and empagliflozin; tachycardia resolved after fluids.")]
    [InlineData("Apixaban vs rivaroxaban for AF: the bleeding data in pts over 80 y/o.")]
    [InlineData("Extubated this morning, sign-out at 7, q6h labs, covid19 swab negative.")]
    [InlineData("Great talk by Dr. Okafor and @DrLeeID on #SepsisAwareness https://example.org/sepsys-slidez")]
    [InlineData("STEMI alert at 0300, door-to-balloon 62 min. Email jane.doe@examplehospital.org for the slides.")]
    [InlineData("The patient’s family thanked the team. We’re proud of our nurses.")]
    [InlineData("研修医のみなさん、今週の症例検討会は木曜日です。")]
    [InlineData("Randomised trial in paediatric anaemia: the colour of the labelled samples was grey.")]
    [InlineData("Peds clinicals done, lol, the attending's recs were great and covid vax clinic is busy.")]
    [InlineData("What a f*cking night, sh!t happens.")]
    public void Valid_CorrectOrSkippedWords(string text) => RuleTester.AssertValid(Rule, text);

    [RequiresHunspellTheory]
    [InlineData("Started the [|pateint|] on metformin today.")]
    [InlineData("[|Recieved|] the new guidelines, [|definately|] worth a read.")]
    [InlineData("Hand hygiene is non-[|negociable|] on our unit.")]
    public void Invalid_FlagsMisspelledWords(string marked) => RuleTester.AssertInvalid(Rule, marked);

    [RequiresHunspellFact]
    public void Invalid_SuggestsTheLikelyWordAndIsOnlyInfo()
    {
        var finding = Assert.Single(RuleTester.Run(Rule, "Started the pateint on metformin today."));
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal(RuleCategories.Spelling, finding.Category);
        Assert.Equal("patient", finding.Replacement);
        Assert.Contains("'patient'", finding.Message);
    }

    [Fact]
    public void WordFinder_SkipsEntitiesAbbreviationsAndNames()
    {
        const string text = "ICU rounds w/ Dr. Okafor #MedEd @DrLee https://x.org/abc q6h iPhone McBride well-known pateint's";
        var words = SpellingWords.Find(text, [(31, 37), (38, 44), (45, 62)]).Select(w => w.Value).ToList();
        Assert.Equal(["rounds", "well", "known", "pateint's"], words);
    }
}
