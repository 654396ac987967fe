using Preround.Rules.DisparageProfession;
using Preround.Testing;

namespace Preround.Rules.Tests.DisparageProfession;

public sealed class ProfessionPutDownRuleTests
{
    private static readonly ProfessionPutDownRule Rule = new();

    [Theory]
    [InlineData("Shout-out to our respiratory therapists who ran 14 vents tonight.")]
    [InlineData("Nurses are not just anything. They catch what we miss.")]
    [InlineData("As a radiologist, I get paid to say clinical correlation recommended 😅")]
    [InlineData("Scope-of-practice fights deserve data: a systematic review of NP outcomes found mixed results.")]
    [InlineData("People who say psych isn't real medicine have never watched someone recover from catatonia.")]
    public void Valid_LooksRiskyButIsFine(string text) => RuleTester.AssertValid(Rule, text);

    [Theory]
    [InlineData("[|Nurses are just waitresses|] with better shoes. Change my mind.")]
    [InlineData("[|Psych isn't real medicine|]. They just vibe and prescribe.")]
    [InlineData("[|Radiologists get paid to say|] clinical correlation recommended.")]
    [InlineData("[|Hospitalists are overpaid|] discharge clerks.")]
    public void Invalid_FlagsExactlyTheMarkedSpan(string marked) => RuleTester.AssertInvalid(Rule, marked);
}
