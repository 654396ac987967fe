using Preround.Core.Domain;
using Preround.Core.Engine;

namespace Preround.Rules.Learned.Rules;

/// <summary>Individual medical advice, as the learned classifier reads it: catches wordings the hand-written rules miss.</summary>
public sealed class LearnedMedicalAdviceRule : LearnedCategoryRule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.LearnedMedicalAdvice,
        "Individual medical advice (learned)",
        "This reads as individual medical advice to a specific person (weighing most: {evidence})",
        RuleCategories.MedicalAdvice,
        Severity.Warn,
        "Advice to one person without an exam or a relationship can harm them and creates a duty of care and liability; boards treat it as practice.")
    {
        DefaultSuggestion = "Share general, evidence-based information and tell the person to ask their own clinician; offer no individual diagnosis or dosing online.",
    };

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;
}
