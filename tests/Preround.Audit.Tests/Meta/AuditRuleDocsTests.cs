using System.Reflection;
using Preround.Archives.Model;
using Preround.Audit.Profile;
using Preround.Core.Domain;

namespace Preround.Audit.Tests.Meta;

/// <summary>Every id the audit and the profile check can report has a docs page that <c>preround explain</c> prints.</summary>
public sealed class AuditRuleDocsTests
{
    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Preround.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Preround.sln not found");
    }

    private static IEnumerable<string> Ids(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!);

    private static List<string> IdList() => [.. Ids(typeof(ProfileRuleIds)).Concat(Ids(typeof(MetadataFindings)))];

    public static TheoryData<string> AllIds() => [.. IdList()];

    [Fact]
    public void TheIdListCoversBothFamilies()
    {
        var ids = IdList();
        Assert.Equal(7, ids.Count(id => id.StartsWith("PF", StringComparison.Ordinal)));
        Assert.Equal(2, ids.Count(id => id.StartsWith("AU", StringComparison.Ordinal)));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(AllIds))]
    public void EveryIdHasAPageWithTheSectionsOfARulePage(string id)
    {
        var path = Path.Combine(RepoRoot(), "docs", "rules", id + ".md");
        Assert.True(File.Exists(path), $"docs/rules/{id}.md is missing");
        var page = File.ReadAllText(path);
        Assert.StartsWith($"# {id}: ", page);
        foreach (var section in new[] { "## What it finds", "## Why it matters", "## Examples", "## How to fix" })
            Assert.Contains(section, page);
    }

    [Fact]
    public void FindingsPointAtPagesThatExist()
    {
        var auditor = new ProfileAuditor();
        var findings = auditor.Audit("", new AuthorProfile(AuthorRole.Ms3), Platform.X, hasPhoto: false).Findings
            .Concat(auditor.Audit("Dr. Sam, MD | Springfield General Hospital | wine lover | views are my own", new AuthorProfile(AuthorRole.Ms3, Account: AccountType.Personal), Platform.X).Findings)
            .Concat(MetadataFindings.For(new ImportedPost
            {
                Id = "1", Platform = Platform.Instagram, CreatedAt = DateTimeOffset.UnixEpoch, Kind = PostKind.Original, Text = "",
                Location = new GeoPoint(39.8, -89.6),
                Media = [new MediaItem("photo", null, null) { Metadata = new Dictionary<string, string> { ["device_id"] = "x" } }],
            }))
            .ToList();
        Assert.Contains(findings, f => f.RuleId == "AU1002");
        Assert.All(findings.Where(f => f.RuleId.StartsWith("PF", StringComparison.Ordinal) || f.RuleId.StartsWith("AU", StringComparison.Ordinal)),
            f => Assert.True(File.Exists(Path.Combine(RepoRoot(), f.HelpUri!)), $"{f.RuleId}: {f.HelpUri}"));
    }
}
