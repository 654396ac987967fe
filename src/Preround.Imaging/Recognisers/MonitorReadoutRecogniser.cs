using System.Text.RegularExpressions;
using Preround.Core.Domain;

namespace Preround.Imaging;

/// <summary>Vital-sign monitor readouts (HR, SpO2, BP, RR, temperature, EtCO2): a picture taken at a bedside.</summary>
internal sealed class MonitorReadoutRecogniser : IImageTextRecogniser
{
    public static readonly ImageRuleDescriptor Descriptor = new(
        ImageRuleIds.MonitorReadout, "Bedside monitor visible", RuleCategories.ClinicalPhoto, Severity.Warn,
        "A monitor means the picture was taken at a patient's bedside; with a date, a place or a caption it can point to one " +
        "patient, and many hospitals forbid photos in patient-care areas.");

    private static readonly (string Kind, Regex Pattern)[] Readouts =
    [
        ("HR", Patterns.Create(@"\b(?:HR|PR|Pulse|ECG)\s*:?\s*\d{2,3}\b")),
        ("SpO2", Patterns.Create(@"\b(?:SpO2|Sp02|SPO2|SaO2|O2\s?Sat)\s*:?\s*\d{2,3}\s?%?")),
        ("BP", Patterns.Create(@"\b(?:NIBP|BP|ABP|ART)\s*:?\s*\d{2,3}\s*/\s*\d{2,3}(?:\s*\(\d{2,3}\))?|\b\d{2,3}\s*/\s*\d{2,3}\s*\(\d{2,3}\)")),
        ("RR", Patterns.Create(@"\b(?:RR|Resp|awRR)\s*:?\s*\d{1,2}\b")),
        ("Temp", Patterns.Create(@"\b(?:Temp|Tskin|Tcore)\s*:?\s*\d{2,3}(?:\.\d)?")),
        ("EtCO2", Patterns.Create(@"\b(?:EtCO2|ETCO2|CO2)\s*:?\s*\d{1,2}\b")),
    ];

    public IEnumerable<TextHit> Find(string text)
    {
        var found = new List<(string Kind, Match Match)>();
        foreach (var (kind, pattern) in Readouts)
            foreach (Match m in pattern.Matches(text)) found.Add((kind, m));
        // NOTE: one readout could be a slide or a textbook figure; two different kinds together are a monitor.
        if (found.Select(f => f.Kind).Distinct().Count() < 2) yield break;
        var quote = Patterns.Quote(found.Select(f => f.Match.Value));
        yield return new TextHit(Descriptor, Severity.Warn, 0.85, found.Select(f => Patterns.SpanOf(f.Match)).ToList(), quote,
            $"a vital-sign monitor {TextHit.Where} ({quote}); consider a picture without the monitor.");
    }
}
