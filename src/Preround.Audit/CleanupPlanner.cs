using Preround.Core.Domain;

namespace Preround.Audit;

/// <summary>Orders what to do about the trail: confidentiality first, then recurring themes, then metadata.</summary>
internal static class CleanupPlanner
{
    private const int IdsPerItem = 50;

    /// <summary>Said plainly in every report: removing a post does not remove its copies.</summary>
    public const string DeletionIsNotErasure =
        "Deleting a post is not erasing it: screenshots, quote-posts, replies, archive sites (such as the Wayback Machine " +
        "and archive.today) and search-engine caches can keep a copy. Delete what should not stay up, but assume it may " +
        "already have been seen, and be ready to speak to it honestly.";

    private static readonly string[] Order =
    [
        RuleCategories.Privacy, RuleCategories.ClinicalPhoto, RuleCategories.ConfidentialOther, RuleCategories.MedicalAdvice,
        RuleCategories.GuaranteeClaim, RuleCategories.CredentialOverreach, RuleCategories.CoiUndisclosed, RuleCategories.Misinformation,
        RuleCategories.PersonalAttack, RuleCategories.DisparageProfession, RuleCategories.Venting, RuleCategories.PartisanCombat,
        RuleCategories.Lifestyle, RuleCategories.Profanity, RuleCategories.CareerOversharing,
    ];

    public static IReadOnlyList<CleanupItem> Plan(
        IReadOnlyList<CategoryCount> categories,
        IReadOnlyDictionary<string, List<(double Risk, string Id)>> byCategory,
        List<(double Risk, string Id)> blockPosts,
        List<(double Risk, string Id)> located,
        List<(double Risk, string Id)> deletedFlagged)
    {
        var items = new List<CleanupItem>();
        if (blockPosts.Count > 0)
        {
            items.Add(new CleanupItem(0, $"Take down or edit the {Plural(blockPosts.Count, "post")} that could breach confidentiality or professional rules",
                "These carry a finding of the highest severity (for example details that may identify a patient). Deal with them first, today if you can.",
                Top(blockPosts)) { Severity = Severity.Block });
        }
        var rank = categories.OrderBy(c => Array.IndexOf(Order, c.Category) is var i && i < 0 ? Order.Length : i).ThenByDescending(c => c.Posts);
        foreach (var category in rank)
        {
            var posts = byCategory[category.Category];
            items.Add(new CleanupItem(0, $"Review the {Plural(posts.Count, "post")} flagged for {category.Label}",
                Advice(category.Category), Top(posts)) { Severity = category.BlockPosts > 0 ? Severity.Block : Severity.Warn });
        }
        if (located.Count > 0)
        {
            items.Add(new CleanupItem(0, $"Remove the location from {Plural(located.Count, "post")} and photos",
                "Coordinates in posts and photo metadata can show where you live, work or treat patients.", Top(located)));
        }
        if (deletedFlagged.Count > 0)
        {
            items.Add(new CleanupItem(0, $"{Plural(deletedFlagged.Count, "post")} you already deleted held flagged content",
                "Search archive sites for them by their address; if a copy is public you can ask the site to remove it.", Top(deletedFlagged)) { Severity = Severity.Info });
        }
        items.Add(new CleanupItem(0, "Remember that deletion is not erasure", DeletionIsNotErasure, []) { Severity = Severity.Info });
        return items.Select((item, i) => item with { Priority = i + 1 }).ToList();
    }

    private static string Advice(string category) => category switch
    {
        RuleCategories.Privacy or RuleCategories.ClinicalPhoto or RuleCategories.ConfidentialOther =>
            "Even without a name, details of age, condition, date and place can identify a patient to those who know them.",
        RuleCategories.Venting or RuleCategories.DisparageProfession or RuleCategories.PersonalAttack =>
            "A run of complaints about a program, colleagues or patients reads as judgement to a selection committee. Keep the few you would defend in an interview.",
        RuleCategories.PartisanCombat =>
            "Advocacy is part of medicine; insults and pile-ons are not. Keep the arguments, drop the attacks.",
        RuleCategories.Lifestyle or RuleCategories.Profanity =>
            "Photos and jokes about drinking or nights out are the most common thing committees remark on. Archive or restrict them.",
        RuleCategories.MedicalAdvice or RuleCategories.GuaranteeClaim or RuleCategories.CredentialOverreach or RuleCategories.Misinformation =>
            "Claims beyond your role or the evidence can be a licensing matter, not only a matter of taste. Correct or remove them.",
        RuleCategories.CoiUndisclosed =>
            "Add the disclosure (edit or reply) where the platform allows, or remove the post.",
        _ => "Read each one as a stranger deciding whether to trust you would.",
    };

    private static string[] Top(List<(double Risk, string Id)> posts) =>
        posts.OrderByDescending(p => p.Risk).Take(IdsPerItem).Select(p => p.Id).ToArray();

    private static string Plural(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n:N0} {noun}s";
}
