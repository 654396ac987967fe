using Preround.Core.Domain;
using Preround.Core.Engine;

namespace Preround.Rules.Learned.Rules;

/// <summary>Promotion without a clear disclosure, as the learned classifier reads it: catches wordings the hand-written rules miss.</summary>
public sealed class LearnedCoiRule : LearnedCategoryRule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.LearnedCoi,
        "Promotion without a clear disclosure (learned)",
        "This reads as promotion of a product or service without a clear disclosure (weighing most: {evidence})",
        RuleCategories.CoiUndisclosed,
        Severity.Block,
        "The FTC and professional bodies require a clear disclosure of any paid, gifted or affiliate relationship; patients trust a clinician's recommendation as advice, not an ad.")
    {
        DefaultSuggestion = "Disclose the relationship at the start (#ad, 'paid partnership with ...', 'I receive fees from ...'), or remove the code and link.",
    };

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;
}
