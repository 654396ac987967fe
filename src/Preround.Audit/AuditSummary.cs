using Preround.Archives.Model;
using Preround.Core.Domain;

namespace Preround.Audit;

/// <summary>Everything a report needs about an audited archive, without holding every post.</summary>
public sealed record AuditSummary
{
    public required int TotalPosts { get; init; }
    public required IReadOnlyDictionary<PostKind, int> Kinds { get; init; }
    public required IReadOnlyDictionary<Platform, int> Platforms { get; init; }
    public required IReadOnlyDictionary<Verdict, int> Verdicts { get; init; }

    /// <summary>Posts with at least one warn or block finding.</summary>
    public required int FlaggedPosts { get; init; }

    /// <summary>Posts the author already deleted (X keeps them in the archive).</summary>
    public required int DeletedPosts { get; init; }

    /// <summary>Posts that could not be fully checked, with the first reason.</summary>
    public required int UncheckedPosts { get; init; }

    public DateTimeOffset? FirstPostAt { get; init; }
    public DateTimeOffset? LastPostAt { get; init; }

    /// <summary>Categories by number of posts flagged (warn or block), largest first.</summary>
    public required IReadOnlyList<CategoryCount> Categories { get; init; }

    /// <summary>Every month from the first post to the last, empty months included.</summary>
    public required IReadOnlyList<MonthBucket> Timeline { get; init; }

    /// <summary>The riskiest posts, riskiest first.</summary>
    public required IReadOnlyList<AuditedPost> Riskiest { get; init; }

    /// <summary>Recurring themes over time, as sentences a person can act on.</summary>
    public required IReadOnlyList<Pattern> Patterns { get; init; }

    /// <summary>What to do, most urgent first.</summary>
    public required IReadOnlyList<CleanupItem> Cleanup { get; init; }
}

/// <summary>How often one category was flagged.</summary>
public sealed record CategoryCount(string Category, int Posts, int BlockPosts)
{
    public string Label => CategoryLabels.For(Category);
}

/// <summary>One calendar month of the timeline.</summary>
/// <param name="Month">The first day of the month.</param>
/// <param name="Posts">Posts written that month.</param>
/// <param name="FlaggedPosts">Of those, posts with at least one warn or block finding.</param>
/// <param name="Categories">Flagged posts per category wire name that month.</param>
public sealed record MonthBucket(DateOnly Month, int Posts, int FlaggedPosts, IReadOnlyDictionary<string, int> Categories);

/// <summary>A theme that recurs: "14 posts flagged for venting about work between March 2023 and May 2024".</summary>
public sealed record Pattern(string Category, int Posts, DateOnly First, DateOnly Last, DateOnly PeakMonth, int PeakPosts, string Sentence);

/// <summary>One step of the clean-up list.</summary>
/// <param name="Priority">1 is most urgent.</param>
/// <param name="Title">What to do.</param>
/// <param name="Detail">Why, and how.</param>
/// <param name="PostIds">The posts concerned (riskiest first), possibly empty for general advice.</param>
public sealed record CleanupItem(int Priority, string Title, string Detail, IReadOnlyList<string> PostIds)
{
    /// <summary>How urgent the step is: block (today), warn (review) or info (good to know), for colour in reports.</summary>
    public Severity Severity { get; init; } = Severity.Warn;
}

/// <summary>Plain-language names of the rule categories for reports.</summary>
public static class CategoryLabels
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        [RuleCategories.Privacy] = "patient privacy",
        [RuleCategories.ClinicalPhoto] = "clinical photos",
        [RuleCategories.ConfidentialOther] = "confidential information",
        [RuleCategories.Venting] = "venting about work",
        [RuleCategories.DisparageProfession] = "disparaging colleagues or the profession",
        [RuleCategories.PersonalAttack] = "personal attacks",
        [RuleCategories.CoiUndisclosed] = "undisclosed conflicts of interest",
        [RuleCategories.CredentialOverreach] = "credentials beyond your role",
        [RuleCategories.MedicalAdvice] = "individual medical advice",
        [RuleCategories.GuaranteeClaim] = "promises of outcomes",
        [RuleCategories.CareerOversharing] = "career oversharing",
        [RuleCategories.PartisanCombat] = "partisan combat",
        [RuleCategories.Misinformation] = "health misinformation",
        [RuleCategories.Lifestyle] = "alcohol, drugs and nightlife",
        [RuleCategories.Profanity] = "profanity",
        [RuleCategories.PlatformFit] = "platform fit",
        [RuleCategories.Attribution] = "attribution",
        [RuleCategories.Spelling] = "spelling",
        [RuleCategories.Profile] = "profile",
        [RuleCategories.Planning] = "planning",
    };

    public static string For(string category) => Labels.TryGetValue(category, out var label) ? label : category.Replace('_', ' ');
}
