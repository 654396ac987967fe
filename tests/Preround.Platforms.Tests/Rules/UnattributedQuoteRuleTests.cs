using Preround.Platforms.Rules;
using Preround.Testing;

namespace Preround.Platforms.Tests.Rules;

public sealed class UnattributedQuoteRuleTests
{
    private static readonly UnattributedQuoteRule Rule = new();

    [Theory]
    [InlineData("\"Listen to your patient, he is telling you the diagnosis.\" — William Osler")]
    [InlineData("My attending said \"never trust a normal lactate in a sick patient\" and I think of it daily.")]
    [InlineData("Attending: \"What is the one thing you would not miss tonight?\"")]
    [InlineData("\"The good physician treats the disease; the great physician treats the patient\" (Osler, 1904)")]
    [InlineData("Our paper \"Shorter courses of antibiotics for community acquired pneumonia in adults\" is out!")]
    [InlineData("Call it \"quiet\" and see what happens.")]
    [InlineData("\"Sepsis kills more people than most cancers combined in this country\" via @SepsisOrg")]
    public void Valid_SourcedOrShort(string text) => RuleTester.AssertValid(Rule, text);

    [Theory]
    [InlineData("Words to live by: [|\"The good physician treats the disease; the great physician treats the patient.\"|]")]
    [InlineData("[|“Be kind, for everyone you meet is fighting a hard battle you know nothing about.”|] Remember that on nights.")]
    public void Invalid_QuotationWithoutSource(string marked) => RuleTester.AssertInvalid(Rule, marked);
}
