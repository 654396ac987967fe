using Preround.Core.Domain;
using Preround.Core.Engine;

namespace Preround.Rules.Learned.Rules;

/// <summary>Guaranteed outcome, as the learned classifier reads it: catches wordings the hand-written rules miss.</summary>
public sealed class LearnedGuaranteeRule : LearnedCategoryRule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.LearnedGuarantee,
        "Guaranteed outcome (learned)",
        "This reads as a guaranteed or risk-free outcome (weighing most: {evidence})",
        RuleCategories.GuaranteeClaim,
        Severity.Block,
        "No treatment is certain; promising results misleads patients and breaks advertising rules for health professionals.")
    {
        DefaultSuggestion = "Describe typical results and risks honestly ('many patients', 'studies show', 'results vary'), with a source.",
    };

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;
}
