using System.Text.RegularExpressions;
using Preround.Core.Domain;

namespace Preround.Imaging;

/// <summary>Record numbers, dates of birth, labelled names, wristband names, bed and room numbers, age and sex in a picture.</summary>
internal sealed class PatientIdentifierRecogniser : IImageTextRecogniser
{
    public static readonly ImageRuleDescriptor Descriptor = new(
        ImageRuleIds.PatientIdentifierInImage, "Patient identifier readable in the picture", RuleCategories.Privacy, Severity.Block,
        "Wristbands, labels, monitors, whiteboards and screens carry identifiers that anyone can zoom in on; HIPAA counts them " +
        "whether they are typed in the caption or visible in the photo (45 CFR 164.514(b)).");

    private static readonly Regex RecordNumber = Patterns.Create(
        @"\b(?:MRN|MR\s?#|MR\s?No\.?|Med(?:ical)?\s?Rec(?:ord)?(?:\s?(?:No\.?|#|Number))?|Patient\s?ID|Pt\s?ID|Acct(?:\s?#)?|Account\s?(?:No\.?|#|Number)|FIN|CSN|Visit\s?#|Encounter(?:\s?#)?)\s*[:#.]?\s*[A-Z]{0,3}-?\d[\d -]{3,14}\d\b");

    private static readonly Regex BirthDate = Patterns.Create(
        @"\b(?:DOB|D\.O\.B\.?|Date\s+of\s+Birth|Birth\s?date|Born)\s*[:.]?\s*(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})");

    // NOTE: the label is case-insensitive but the name must be capitalised, so "name: the patient" does not match.
    private static readonly Regex LabelledName = Patterns.Create(
        @"\b(?i:Patient\s+Name|Patient|Pt\.?\s+Name|Pt|Name)\s*:\s*[A-Z][A-Za-z'’-]+,?(?:[ \t]+[A-Z][A-Za-z'’-]*\.?){0,2}", ignoreCase: false);

    private static readonly Regex WristbandName = Patterns.Create(@"\b[A-Z][A-Z'’-]+,[ \t]?[A-Z][A-Z'’-]+(?:[ \t][A-Z]\b\.?)?", ignoreCase: false);

    private static readonly Regex BedOrRoom = Patterns.Create(@"\b(?:Bed|Rm|Room|Bay)\s*[:#]?\s*\d{1,4}[A-Z]?\b");

    private static readonly Regex AgeSex = Patterns.Create(@"\b\d{1,3}\s?(?:y/?o|yrs?|Y)\b(?:\s?(?:M|F|male|female)\b)?|\b(?:Age)\s*:\s*\d{1,3}\b");

    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "NPO", "DNR", "DNI", "FALL", "RISK", "ALLERGY", "ALLERGIES", "LATEX", "NKDA", "ICU", "ED", "OR", "PACU", "HR", "BP", "RR",
        "STAT", "PRN", "BID", "TID", "QID", "IV", "PO", "NO", "YES", "AM", "PM", "MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN",
    };

    public IEnumerable<TextHit> Find(string text)
    {
        // NOTE: patterns run most specific first; a later match inside an earlier one ("DOE, JANE" inside "Name: DOE, JANE") is dropped.
        var kept = new List<TextHit>();
        foreach (var hit in FindAll(text))
            if (!kept.Any(k => k.Spans[0].Overlaps(hit.Spans[0]))) kept.Add(hit);
        return kept;
    }

    private static IEnumerable<TextHit> FindAll(string text)
    {
        foreach (Match m in RecordNumber.Matches(text))
            yield return Hit(m, 0.95, Severity.Block, $"a record number '{m.Value}' {TextHit.Where}");
        foreach (Match m in BirthDate.Matches(text))
            yield return Hit(m, 0.95, Severity.Block, $"a date of birth '{m.Value}' {TextHit.Where}");
        foreach (Match m in LabelledName.Matches(text))
            yield return Hit(m, 0.85, Severity.Block, $"a patient name '{m.Value}' {TextHit.Where}");
        foreach (Match m in WristbandName.Matches(text))
        {
            var parts = m.Value.Split([',', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Take(2).Any(p => NotNames.Contains(p) || p.Length < 2)) continue;
            yield return Hit(m, 0.6, Severity.Block, $"'{m.Value}' reads like a patient's LAST, FIRST name as printed on wristbands and labels");
        }
        foreach (Match m in BedOrRoom.Matches(text))
            yield return Hit(m, 0.8, Severity.Warn, $"a bed or room number '{m.Value}' {TextHit.Where}");
        foreach (Match m in AgeSex.Matches(text))
            yield return Hit(m, 0.6, Severity.Warn, $"an age '{m.Value}' {TextHit.Where}");
    }

    private static TextHit Hit(Match m, double confidence, Severity severity, string message) =>
        new(Descriptor, severity, confidence, [Patterns.SpanOf(m)], m.Value, message + "; consider cropping or blurring it, or not posting the picture.");
}
