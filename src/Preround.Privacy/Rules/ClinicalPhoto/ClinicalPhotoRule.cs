using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Privacy.Analysis;

namespace Preround.Privacy.Rules.ClinicalPhoto;

/// <summary>A picture of patient care, a clinical area in use, a specimen, a monitor or a record.</summary>
public sealed class ClinicalPhotoRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        PrivacyRuleIds.ClinicalPhoto,
        "Photo from patient care",
        "'{match}' shows {what}; clinical photos need consent and institutional approval.",
        RuleCategories.ClinicalPhoto,
        Severity.Block,
        "Hospitals forbid photos of patients, specimens, screens and care areas without written consent; employers and boards have disciplined staff for OR selfies and specimen posts, and patients recognise themselves.")
    {
        DefaultSuggestion = "Remove the photo, or use a de-identified image with the patient's written consent and your institution's approval.",
    };

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        var n = context.Text.Normalized;
        foreach (var p in PhotoDescriptions.Of(context))
        {
            var content = n.AsSpan(p.Content.Start, p.Content.Length);
            if (PhotoDescriptions.IsSafe(content)) continue;
            var strong = PhotoDescriptions.ClinicalContent().Match(n, p.Content.Start, p.Content.Length);
            string? what = null;
            if (strong.Success) what = $"'{strong.Value}'";
            else
            {
                var area = PhotoDescriptions.ClinicalArea().Match(n, p.Content.Start, p.Content.Length);
                // "the family waiting room" names a room; it does not put a family in the picture.
                if (area.Success && PhotoDescriptions.PersonOrCare().IsMatch(PhotoDescriptions.WithoutRoomNames(content))) what = $"care in the {area.Value}";
            }
            if (what is null) continue;
            context.ReportNormalized(p.Span, 0.85, args: [new("what", what)]);
        }
    }
}
