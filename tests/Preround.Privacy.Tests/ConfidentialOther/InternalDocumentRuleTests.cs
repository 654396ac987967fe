using Preround.Privacy.Rules.ConfidentialOther;
using Preround.Testing;

namespace Preround.Privacy.Tests.ConfidentialOther;

public sealed class InternalDocumentRuleTests
{
    private static readonly InternalDocumentRule Rule = new();

    [Theory]
    [InlineData("[|Don't tell anyone but|] admin is laying off 40 nurses next month.")]
    [InlineData("Our [|internal memo|] about the ED closure just went out, posting it here.")]
    [InlineData("[|Screenshot of our staff schedule|] with everyone's numbers for swaps.")]
    public void Invalid_InternalMaterial(string marked) => RuleTester.AssertInvalid(Rule, marked);

    [Theory]
    [InlineData("Our hospital announced today that it is opening a new cancer center in 2026.")]
    [InlineData("Don't tell anyone but I'm planning a surprise party for my wife.")]
    [InlineData("Never post internal memos; go through communications.")]
    public void Valid_PublicOrPersonal(string text) => RuleTester.AssertValid(Rule, text);
}
