using Preround.Core.Domain;
using Preround.Core.Engine;

namespace Preround.Rules.Learned.Rules;

/// <summary>Health misinformation, as the learned classifier reads it: catches wordings the hand-written rules miss.</summary>
public sealed class LearnedMisinformationRule : LearnedCategoryRule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.LearnedMisinformation,
        "Health misinformation (learned)",
        "This reads as a health claim against the scientific consensus (weighing most: {evidence})",
        RuleCategories.Misinformation,
        Severity.Block,
        "Licensing boards can discipline clinicians who spread health misinformation, and patients act on what a clinician says.")
    {
        DefaultSuggestion = "Check the claim against current guidelines or systematic reviews; if you are debunking a myth, say so clearly and cite the evidence.",
    };

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;
}
