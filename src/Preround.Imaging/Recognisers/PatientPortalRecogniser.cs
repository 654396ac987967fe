using System.Text.RegularExpressions;
using Preround.Core.Domain;

namespace Preround.Imaging;

/// <summary>Screenshots of patient portals (MyChart and the like), recognised by portal names and their fixed labels.</summary>
internal sealed class PatientPortalRecogniser : IImageTextRecogniser
{
    public static readonly ImageRuleDescriptor Descriptor = new(
        ImageRuleIds.PatientPortal, "Screenshot of a patient portal", RuleCategories.Privacy, Severity.Block,
        "Portal screens hold a patient's messages, results and visits; a screenshot discloses them even when names are cropped, " +
        "because the wording, dates and results can be recognised by the patient and those around them.");

    private static readonly Regex PortalName = Patterns.Create(
        @"\b(?:MyChart|FollowMyHealth|Patient\s+Gateway|HealtheLife|athenaPatient|MyHealthONE|healow|NextMD|Patient\s+Portal|MyUPMC|Patient\s+Fusion|My\s?Health\s?Manager|MyKP)\b");

    private static readonly Regex PortalLabel = Patterns.Create(
        @"\b(?:Message\s+from\s+your\s+care\s+team|Your\s+care\s+team|Secure\s+message|Test\s+results?|After\s+Visit\s+Summary|Visit\s+summary|Health\s+summary|Care\s+team|Inbox|Reply\s+to\s+(?:your\s+)?provider)\b");

    public IEnumerable<TextHit> Find(string text)
    {
        var names = PortalName.Matches(text).ToList();
        var labels = PortalLabel.Matches(text).ToList();
        // NOTE: a portal name alone is enough (a screenshot of MyChart is what it is); two portal labels without a name also count.
        if (names.Count == 0 && labels.Select(l => l.Value.ToLowerInvariant()).Distinct().Count() < 2) yield break;
        var evidence = names.Concat(labels).OrderBy(m => m.Index).ToList();
        var quote = Patterns.Quote(evidence.Select(m => m.Value));
        yield return new TextHit(Descriptor, Severity.Block, names.Count > 0 ? 0.9 : 0.7, evidence.Select(Patterns.SpanOf).ToList(), quote,
            $"the picture looks like a patient-portal screenshot ({quote}); do not post portal screens, even cropped.");
    }
}
