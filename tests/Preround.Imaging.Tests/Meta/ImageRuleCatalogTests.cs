using Preround.Core.Domain;

namespace Preround.Imaging.Tests;

public sealed class ImageRuleCatalogTests
{
    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Preround.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Preround.sln not found");
    }

    [Fact]
    public void IdsAreUniqueAndInThePrivacyBlock()
    {
        var ids = ImageRuleCatalog.All.Select(r => r.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches(@"^PR19\d\d$", id));
        Assert.All(ImageRuleCatalog.All, r => Assert.Contains(r.Category, new[] { RuleCategories.Privacy, RuleCategories.ClinicalPhoto }));
    }

    [Fact]
    public void EveryImageRuleHasADocsPage()
    {
        var missing = ImageRuleCatalog.All.Where(r => !File.Exists(Path.Combine(RepoRoot(), r.HelpUri))).Select(r => r.Id).ToList();

        Assert.True(missing.Count == 0, "image rules without docs/rules/{id}.md: " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryImageRuleStatesWhy()
    {
        Assert.All(ImageRuleCatalog.All, r => Assert.False(string.IsNullOrWhiteSpace(r.Rationale), r.Id));
    }
}
