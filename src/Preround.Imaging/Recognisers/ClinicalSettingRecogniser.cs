using System.Text.RegularExpressions;
using Preround.Core.Domain;

namespace Preround.Imaging;

/// <summary>Whiteboards, door signs and care-area signage: the picture was taken where patients are cared for.</summary>
internal sealed class ClinicalSettingRecogniser : IImageTextRecogniser
{
    public static readonly ImageRuleDescriptor Descriptor = new(
        ImageRuleIds.ClinicalSetting, "Patient-care area signage visible", RuleCategories.ClinicalPhoto, Severity.Warn,
        "Room whiteboards and door signs list a patient's care team, diet, risks and plans; even without a name they place the " +
        "picture in one patient's room on one day.");

    private static readonly Regex Signage = Patterns.Create(
        @"\b(?:Your\s+nurse(?:\s+today)?|Your\s+(?:doctor|care\s+team)|RN\s*:|MD\s*:|Attending\s*:?|Charge\s+nurse|Fall\s+risk|NPO|Isolation|Contact\s+precautions|Droplet\s+precautions|Airborne|Allerg(?:y|ies)\s*:?|NKDA|Diet\s*:|Code\s+status|DNR|Pain\s+(?:goal|score|level)|Today'?s\s+goals?|Goals?\s+for\s+today|Discharge(?:\s+(?:date|plan))?|Mobility|Activity\s*:|Precautions|Telemetry|Tele\b|I\s?&\s?O|Strict\s+I/O)");

    public IEnumerable<TextHit> Find(string text)
    {
        var found = Signage.Matches(text).ToList();
        // NOTE: one word (e.g. "Discharge" on a poster) is not enough; a whiteboard lists several.
        if (found.Select(m => m.Value.ToLowerInvariant()).Distinct().Count() < 2) yield break;
        var quote = Patterns.Quote(found.Select(m => m.Value));
        yield return new TextHit(Descriptor, Severity.Warn, 0.75, found.Select(Patterns.SpanOf).ToList(), quote,
            $"patient-room signage {TextHit.Where} ({quote}); consider a picture taken away from patient areas.");
    }
}
