using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Privacy.Analysis;

namespace Preround.Privacy.Rules.Privacy;

/// <summary>Something in a clinical picture that identifies the patient: a face, a wristband, a room number, a tattoo, a screen banner.</summary>
public sealed partial class PhotoIdentifierRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        PrivacyRuleIds.PhotoIdentifier,
        "Patient identifiable in a photo",
        "'{match}' may let people recognise the patient ({what}).",
        RuleCategories.Privacy,
        Severity.Block,
        "A face, a tattoo, a door number or a screen banner identifies the patient to anyone who knows them; employers and regulators treat such photos as disclosures of health information.")
    {
        DefaultSuggestion = "Do not post the photo; if a picture is needed, use a de-identified image with written consent and crop out faces, tattoos, screens, wristbands and room numbers.",
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
            var clinical = PhotoDescriptions.ClinicalContent().IsMatch(content) || PhotoDescriptions.ClinicalArea().IsMatch(content) || p.Medium.StartsWith("screen", StringComparison.Ordinal);
            if (!clinical) continue;
            // Room names and craft words ("family waiting room", "hand-sewn") are blanked first: same length, same offsets.
            var id = PhotoDescriptions.IdentifyingContent().Match(PhotoDescriptions.WithoutRoomNames(content));
            string? what = id.Success ? id.Value : null;
            // A care area on the day of a news event ("tonight's battlefield", "train-strike victim") points to one person.
            if (what is null && (Timing().IsMatch(n) || Victim().IsMatch(n))) what = "a recent event tied to a patient";
            if (what is null) continue;
            context.ReportNormalized(p.Span, 0.85, args: [new("what", what)]);
        }
    }

    [GeneratedRegex(@"\b(?:tonight|tonight's|today|today's|this morning|last night|just now|right now|yesterday)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Timing();

    [GeneratedRegex(@"\b(?:victim|crash|shooting|stabbing|pile-?up|strike|fire|accident|mass casualty|mci)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Victim();
}
