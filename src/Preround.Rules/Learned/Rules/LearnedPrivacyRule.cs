using Preround.Core.Domain;
using Preround.Core.Engine;

namespace Preround.Rules.Learned.Rules;

/// <summary>Patient story that may identify someone, as the learned classifier reads it: catches wordings the hand-written rules miss.</summary>
public sealed class LearnedPrivacyRule : LearnedCategoryRule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.LearnedPrivacy,
        "Patient story that may identify someone (learned)",
        "This reads as a patient story that could identify the patient (weighing most: {evidence})",
        RuleCategories.Privacy,
        Severity.Block,
        "Patients, families and employers recognise a case from a few details (age, condition, place, timing) even without a name; programs and boards treat that as a confidentiality breach.")
    {
        DefaultSuggestion = "Remove the details that point to one person (age, place, timing, unusual facts), or share a composite teaching point weeks later with consent.",
    };

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;
}
