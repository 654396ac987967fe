using Preround.Core.Domain;
using Preround.Core.Engine;

namespace Preround.Rules.Learned.Rules;

/// <summary>Confidential workplace matter, as the learned classifier reads it: catches wordings the hand-written rules miss.</summary>
public sealed class LearnedConfidentialRule : LearnedCategoryRule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.LearnedConfidential,
        "Confidential workplace matter (learned)",
        "This reads as internal or confidential information (meetings, reviews, unreleased results, staff matters) (weighing most: {evidence})",
        RuleCategories.ConfidentialOther,
        Severity.Block,
        "Peer review, M&M, staffing decisions, security codes and unpublished results are confidential; sharing them breaks employment terms and can breach law or research rules.")
    {
        DefaultSuggestion = "Keep internal matters internal; share only what your institution has made public, and link to the public announcement.",
    };

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;
}
