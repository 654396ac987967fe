using Preround.Core.Domain;
using Preround.Core.Engine;

namespace Preround.Rules.Learned.Rules;

/// <summary>Photo from a clinical setting, as the learned classifier reads it: catches wordings the hand-written rules miss.</summary>
public sealed class LearnedClinicalPhotoRule : LearnedCategoryRule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.LearnedClinicalPhoto,
        "Photo from a clinical setting (learned)",
        "This reads as a photo from a clinical area or of a patient, specimen or record (weighing most: {evidence})",
        RuleCategories.ClinicalPhoto,
        Severity.Block,
        "Monitors, wristbands, whiteboards, specimens and bodies in a photo can identify a patient and show a lapse in dignity; employers discipline for clinical photos even when no face shows.")
    {
        DefaultSuggestion = "Post no photo taken in a clinical area; if you need an image, use one with written consent through your institution's media office, or a stock or drawn illustration.",
    };

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;
}
