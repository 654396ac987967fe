using Preround.Core.Domain;
using Preround.Core.Engine;

namespace Preround.Rules.Learned.Rules;

/// <summary>Claim beyond your training, as the learned classifier reads it: catches wordings the hand-written rules miss.</summary>
public sealed class LearnedCredentialRule : LearnedCategoryRule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.LearnedCredential,
        "Claim beyond your training (learned)",
        "This reads as a claim of a title, skill or authority beyond your training or licence (weighing most: {evidence})",
        RuleCategories.CredentialOverreach,
        Severity.Warn,
        "Misstating a title or scope of practice misleads patients and is a licensing and school-conduct matter.")
    {
        DefaultSuggestion = "State your actual role and training ('medical student', 'nurse practitioner', 'PGY-2'), and leave diagnosis and treatment claims to your scope.",
    };

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;
}
