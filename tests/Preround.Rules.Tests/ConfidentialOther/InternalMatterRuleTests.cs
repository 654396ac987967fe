using Preround.Core.Domain;
using Preround.Rules.ConfidentialOther;
using Preround.Testing;

namespace Preround.Rules.Tests.ConfidentialOther;

public sealed class InternalMatterRuleTests
{
    private static readonly InternalMatterRule Rule = new();

    [Theory]
    [InlineData("M&M is one of medicine's best traditions: blame-free learning from our mistakes.")]
    [InlineData("Our phase 3 trial results are now published in JAMA. Open access link below.")]
    [InlineData("Never share board exam questions online; it can cost you your certification.")]
    [InlineData("Our health system's layoffs were announced publicly today. Thinking of my colleagues.")]
    [InlineData("Boards are in two weeks and I haven't started the question bank yet.")]
    public void Valid_LooksRiskyButIsFine(string text) => RuleTester.AssertValid(Rule, text);

    [Theory]
    [InlineData("[|M&M today was brutal: Dr. Reyes missed the dissection.|] Everyone's whispering.")]
    [InlineData("[|Can't believe we're getting sued over the dystocia case.|] Our lawyer says settle.")]
    [InlineData("[|Peer review committee voted to suspend a surgeon's privileges.|] Not public yet.")]
    [InlineData("The Pyxis [|override code is still 1234|] lol")]
    [InlineData("[|Shelf exam had that exact question|] about the purple rash, answer was HSP")]
    public void Invalid_FlagsExactlyTheMarkedSpan(string marked)
    {
        var findings = RuleTester.AssertInvalid(Rule, marked);
        Assert.All(findings, f => Assert.Equal(Severity.Block, f.Severity));
    }
}
