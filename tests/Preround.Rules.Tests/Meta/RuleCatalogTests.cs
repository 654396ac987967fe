using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Rules;
using Preround.Testing;

namespace Preround.Rules.Tests.Meta;

/// <summary>Conventions every built-in rule keeps: unique ids in their block, known categories, a docs page.</summary>
public sealed partial class RuleCatalogTests
{
    private static IReadOnlyList<Core.Engine.RuleDescriptor> Rules => BuiltInRules.CreateAnalyzer(compiledPatterns: false).Rules;

    [Fact]
    public void IdsAreUniqueAndWellFormed()
    {
        var ids = Rules.Select(r => r.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(ids, id => Assert.Matches(IdPattern(), id));
    }

    [Fact]
    public void IdsSitInTheirCategoryBlock()
    {
        foreach (var r in Rules)
        {
            var block = r.Id[2];
            var expected = r.Category switch
            {
                RuleCategories.Privacy or RuleCategories.ClinicalPhoto or RuleCategories.ConfidentialOther => '1',
                RuleCategories.CoiUndisclosed or RuleCategories.CredentialOverreach or RuleCategories.MedicalAdvice or RuleCategories.GuaranteeClaim or RuleCategories.Misinformation => '3',
                RuleCategories.PlatformFit or RuleCategories.Attribution or RuleCategories.Spelling => '4',
                RuleCategories.Profile or RuleCategories.Planning => '5',
                _ => '2',
            };
            Assert.True(block == expected, $"{r.Id} ({r.Category}) should be in the {expected}xxx block");
        }
    }

    [Fact]
    public void CategoriesAreKnown()
    {
        Assert.All(Rules, r => Assert.Contains(r.Category, RuleCategories.All));
    }

    [Fact]
    public void EveryRuleHasADocsPage()
    {
        var missing = Rules.Where(r => !File.Exists(RepoPaths.InRepo("docs", "rules", r.Id + ".md"))).Select(r => r.Id).ToList();
        Assert.True(missing.Count == 0, "rules without docs/rules/{id}.md: " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryRuleStatesWhoItHurtsAndAMessageThatQuotesTheMatch()
    {
        Assert.All(Rules, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Rationale), r.Id);
            Assert.False(string.IsNullOrWhiteSpace(r.Title), r.Id);
            Assert.Contains("{", r.MessageFormat);
        });
    }

    [GeneratedRegex(@"^PR[1-5]\d{3}$")]
    private static partial Regex IdPattern();
}
