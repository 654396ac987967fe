using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Rules.CredentialOverreach;

namespace Preround.Rules.Tests.CredentialOverreach;

public sealed class OutOfSpecialtyClaimRuleTests
{
    private static readonly Analyzer Analyzer = new AnalyzerBuilder().AddRule(new OutOfSpecialtyClaimRule()).Build();

    private static IReadOnlyList<Finding> Run(string text, string? specialty) =>
        Analyzer.Check(new Draft(text, new AuthorProfile(AuthorRole.Attending, specialty))).Findings;

    [Theory]
    [InlineData("As a dermatologist, I'd never use that sunscreen.", "Emergency medicine", "As a dermatologist")]
    [InlineData("I'm board certified in cardiology, so trust me on statins.", "Internal medicine", "board certified in cardiology")]
    public void Invalid_ClaimsAnotherSpecialty(string text, string specialty, string flagged)
    {
        var f = Assert.Single(Run(text, specialty));
        Assert.Equal(flagged, f.Match);
        Assert.Contains(specialty, f.Message);
    }

    [Theory]
    [InlineData("As an emergency physician, I see this every shift.", "Emergency medicine")]
    [InlineData("As an internist I'm often the first to see this.", "Internal medicine")]
    [InlineData("As a dermatologist, SPF 30 daily beats SPF 100 once.", null)]
    public void Valid_OwnSpecialtyOrNoneGiven(string text, string? specialty) => Assert.Empty(Run(text, specialty));
}
