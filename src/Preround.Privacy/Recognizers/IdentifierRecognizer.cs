using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Text;
using Preround.Privacy.Analysis;

namespace Preround.Privacy.Recognizers;

/// <summary>Finds the structured Safe Harbor identifiers (contact numbers, record and account numbers, addresses, dates, ages over 89).</summary>
internal static partial class IdentifierRecognizer
{
    public static void Find(AnalyzedText text, PatientContext ctx, List<Detail> into)
    {
        var n = text.Normalized;
        // NOTE: each shape below is skipped when the draft has too few digits for it (a phone needs 8, an SSN 9, a card
        // 13, a ZIP a run of 5): most drafts have a handful of digits at most, and these gates never change a finding.
        var (digits, run) = Gates.Digits(n);
        var hasDigit = digits > 0;
        if (n.Contains('@')) Emails(text, ctx, into);
        if (hasDigit)
        {
            Labelled(text, ctx, into);
            Validated(text, ctx, into, digits, run);
            if (digits >= 9) Ssns(text, ctx, into);
            if (digits >= 13) Cards(text, ctx, into);
            if (digits >= 8) Phones(text, ctx, into);
            if (digits >= 4 || n.Contains(':')) Ips(text, ctx, into);
            Simple(text, ctx, into, IdentifierPatterns.StreetAddress(), DetailKind.StreetAddress, 0.8);
            if (run >= 5) Zips(text, ctx, into);
            Dates(text, ctx, into);
            Simple(text, ctx, into, IdentifierPatterns.RoomOrBed(), DetailKind.RoomOrBed, 0.85);
        }
        // Every spelling of an age over 89 has two digits in a row or is one of these words.
        if (run >= 2 || n.Contains("nineties", StringComparison.Ordinal) || n.Contains("nonagenarian", StringComparison.Ordinal) || n.Contains("centenarian", StringComparison.Ordinal))
        {
            Simple(text, ctx, into, IdentifierPatterns.AgeOver89(), DetailKind.AgeOver89, 0.85);
        }
        if (n.Contains("http") || n.Contains("www.")) Urls(text, ctx, into);
        if (MayHaveBareUrl(n)) BareUrls(text, ctx, into);
    }

    private static void Emails(AnalyzedText text, PatientContext ctx, List<Detail> into)
    {
        foreach (var m in IdentifierPatterns.Email().EnumerateMatches(text.Normalized))
        {
            // An organisation's address (a role mailbox or an institution's domain) is not a patient's.
            var org = IdentifierPatterns.OrganisationEmail().IsMatch(text.Normalized.AsSpan(m.Index, m.Length));
            Add(text, ctx, into, DetailKind.Email, m.Index, m.Length, 0.95, practiceLowers: true, forceTied: org && !ctx.AddressesPatient ? false : null);
        }
    }

    private static void Labelled(AnalyzedText text, PatientContext ctx, List<Detail> into)
    {
        var n = text.Normalized;
        foreach (Match m in IdentifierPatterns.LabelledNumber().Matches(text.Normalized))
        {
            var id = m.Groups["id"];
            if (!id.Value.Any(char.IsAsciiDigit)) continue;
            var label = m.Groups["label"].Value;
            var kind = KindOfLabel(label);
            var confidence = 0.9;
            if (kind == DetailKind.LicenceNumber && label.StartsWith("npi", StringComparison.Ordinal))
            {
                var digits = Validators.DigitsOf(id.Value);
                if (digits.Length == 10) confidence = Validators.IsValidNpi(digits) ? 1.0 : 0.6;
            }
            // NOTE: a record, plan or account number is the patient's unless the sentence is plainly the practice's own;
            // it belongs to a person even when no patient is named ("found a discharge sheet with MRN 0048...").
            var personal = (kind is DetailKind.MedicalRecordNumber or DetailKind.HealthPlanNumber or DetailKind.AccountNumber
                    || (kind == DetailKind.DeviceIdentifier && ThirdPersonBefore(n, m.Index)))
                && !ctx.IsPractice(text, m.Index) && !n.AsSpan(Math.Max(0, m.Index - 12), Math.Min(12, m.Index)).Contains("my ", StringComparison.Ordinal);
            Add(text, ctx, into, kind, m.Index, m.Length, confidence, practiceLowers: kind is DetailKind.LicenceNumber, forceTied: personal ? true : null);
        }
    }

    private static void Validated(AnalyzedText text, PatientContext ctx, List<Detail> into, int digits, int run)
    {
        var n = text.Normalized;
        // An MBI has five digits; an IBAN two after its country; a DEA number a run of seven.
        foreach (var m in ScanPatterns.Mbi().EnumerateMatches(digits >= 5 ? n : ""))
        {
            if (!Overlaps(text, into, m.Index, m.Length)) Add(text, ctx, into, DetailKind.HealthPlanNumber, m.Index, m.Length, 0.9, practiceLowers: false);
        }
        foreach (var m in ScanPatterns.Iban().EnumerateMatches(digits >= 2 ? n : ""))
        {
            if (Validators.IsValidIban(n.AsSpan(m.Index, m.Length)) && !Overlaps(text, into, m.Index, m.Length)) Add(text, ctx, into, DetailKind.AccountNumber, m.Index, m.Length, 1.0, practiceLowers: false);
        }
        foreach (var m in ScanPatterns.Dea().EnumerateMatches(run >= 7 ? n : ""))
        {
            if (Validators.IsValidDea(n.AsSpan(m.Index, m.Length)) && !Overlaps(text, into, m.Index, m.Length)) Add(text, ctx, into, DetailKind.LicenceNumber, m.Index, m.Length, 0.9, practiceLowers: true);
        }
        foreach (var m in ScanPatterns.Mac().EnumerateMatches(n))
        {
            if (!Overlaps(text, into, m.Index, m.Length)) Add(text, ctx, into, DetailKind.DeviceIdentifier, m.Index, m.Length, 0.9, practiceLowers: true);
        }
    }

    private static DetailKind KindOfLabel(string label)
    {
        if (label.StartsWith("member", StringComparison.Ordinal) || label.StartsWith("subscriber", StringComparison.Ordinal) || label.StartsWith("policy", StringComparison.Ordinal)
            || label.StartsWith("insurance", StringComparison.Ordinal) || label.StartsWith("medica", StringComparison.Ordinal) || label is "mbi" || label.StartsWith("group", StringComparison.Ordinal) || label.StartsWith("health plan", StringComparison.Ordinal))
            return DetailKind.HealthPlanNumber;
        if (label.StartsWith("acc", StringComparison.Ordinal) || label is "fin" or "csn") return DetailKind.AccountNumber;
        if (label.StartsWith("dea", StringComparison.Ordinal) || label.StartsWith("npi", StringComparison.Ordinal) || label.Contains("licen") || label.StartsWith("dl", StringComparison.Ordinal) || label.StartsWith("passport", StringComparison.Ordinal))
            return DetailKind.LicenceNumber;
        if (label is "vin" || label.Contains("plate") || label.StartsWith("tag", StringComparison.Ordinal)) return DetailKind.VehicleIdentifier;
        if (label.StartsWith("serial", StringComparison.Ordinal) || label is "s/n" or "imei" or "udi" || label.StartsWith("device", StringComparison.Ordinal)) return DetailKind.DeviceIdentifier;
        return DetailKind.MedicalRecordNumber;
    }

    private static void Ssns(AnalyzedText text, PatientContext ctx, List<Detail> into)
    {
        var n = text.Normalized;
        foreach (Match m in IdentifierPatterns.Ssn().Matches(n))
        {
            var digits = m.Groups[1].Value + m.Groups[3].Value + m.Groups[4].Value;
            var separated = m.Groups[2].Length > 0;
            var cue = HasCueBefore(n, m.Index, SsnCue());
            if (!separated && !cue) continue;
            if (m.Groups[2].Value == "." && !cue) continue;
            if (!Validators.IsPlausibleSsn(digits) || Overlaps(text, into, m.Index, m.Length)) continue;
            // NOTE: a social security number in a post is someone's whether or not a patient is named; only the
            // author's own ("my SSN is...") is not tied to another person.
            var own = n.AsSpan(Math.Max(0, m.Index - 24), Math.Min(24, m.Index)).Contains("my s", StringComparison.Ordinal);
            Add(text, ctx, into, DetailKind.Ssn, m.Index, m.Length, cue ? 1.0 : 0.85, practiceLowers: false, forceTied: own ? null : true);
        }
    }

    private static void Cards(AnalyzedText text, PatientContext ctx, List<Detail> into)
    {
        foreach (var m in IdentifierPatterns.CardNumber().EnumerateMatches(text.Normalized))
        {
            var digits = Validators.DigitsOf(text.Normalized.AsSpan(m.Index, m.Length));
            if (digits.Length is < 13 or > 19 || !Validators.PassesLuhn(digits)) continue;
            Add(text, ctx, into, DetailKind.AccountNumber, m.Index, m.Length, 1.0, practiceLowers: false);
        }
    }

    private static void Phones(AnalyzedText text, PatientContext ctx, List<Detail> into)
    {
        var n = text.Normalized;
        foreach (var m in IdentifierPatterns.Phone().EnumerateMatches(n))
        {
            if (Overlaps(text, into, m.Index, m.Length)) continue;
            var raw = n.AsSpan(m.Index, m.Length);
            var digits = Validators.DigitsOf(raw);
            var international = raw.TrimStart()[0] == '+' && !raw.StartsWith("+1");
            var bare = digits.Length >= 10 && raw.IndexOfAny(" .-()") < 0;
            var cue = HasCueBefore(n, m.Index, PhoneCue());
            if (bare && !cue) continue;
            if (!international)
            {
                var ten = digits.Length == 11 && digits[0] == '1' ? digits[1..] : digits;
                if (ten.Length != 10 || !Validators.IsPlausibleNanp(ten)) { if (!cue) continue; }
            }
            else if (digits.Length is < 8 or > 15) continue;
            var fax = HasCueBefore(n, m.Index, FaxCue());
            Add(text, ctx, into, fax ? DetailKind.Fax : DetailKind.Phone, m.Index, m.Length, cue ? 0.95 : 0.8, practiceLowers: true);
        }
    }

    private static void Ips(AnalyzedText text, PatientContext ctx, List<Detail> into)
    {
        foreach (var m in IdentifierPatterns.IpAddress().EnumerateMatches(text.Normalized))
        {
            var s = text.Normalized.AsSpan(m.Index, m.Length);
            if (s.Contains(':')) { if (s.Count(':') < 2) continue; }
            else if (!Validators.IsIpv4(s)) continue;
            Add(text, ctx, into, DetailKind.IpAddress, m.Index, m.Length, 0.9, practiceLowers: true);
        }
    }

    private static void Zips(AnalyzedText text, PatientContext ctx, List<Detail> into)
    {
        foreach (Match m in IdentifierPatterns.Zip().Matches(text.Normalized))
        {
            var g = m.Groups["zip"];
            Add(text, ctx, into, DetailKind.Zip, g.Index, g.Length, 0.85, practiceLowers: true);
        }
    }

    private static void Dates(AnalyzedText text, PatientContext ctx, List<Detail> into)
    {
        var n = text.Normalized;
        foreach (var m in IdentifierPatterns.Date().EnumerateMatches(n))
        {
            if (Overlaps(text, into, m.Index, m.Length)) continue;
            if (IsThreadCounter(n, m.Index, m.Length)) continue;
            // A date is a person's when a birth, admission or death word stands close before it ("DOB 3/14/1988").
            var personal = HasCueBefore(n, m.Index, IdentifierPatterns.PersonalDateCue(), 30);
            var tied = ctx.IsPatientTied(text, m.Index);
            if (!personal && !tied) continue;
            Add(text, ctx, into, DetailKind.Date, m.Index, m.Length, personal ? 0.95 : 0.7, practiceLowers: true, forceTied: personal && !ctx.IsFamily(text, m.Index) && !ctx.IsAggregate(text, m.Index) ? true : null);
        }
    }

    /// <summary>
    /// "1/3" opening a post or "3/3" closing it, on its own after the sentence has ended: a thread counter (the
    /// splitter writes them), not a date. "admitted 3/3" keeps its date reading.
    /// </summary>
    private static bool IsThreadCounter(string n, int index, int length)
    {
        var match = n.AsSpan(index, length);
        var slash = match.IndexOf('/');
        if (slash < 0 || match.LastIndexOf('/') != slash || match.Contains('-')) return false;
        if (!int.TryParse(match[..slash], out var part) || !int.TryParse(match[(slash + 1)..], out var of) || part > of) return false;
        var before = n.AsSpan(0, index).TrimEnd();
        var after = n.AsSpan(index + length).Trim();
        var standsAlone = before.Length == 0 || before[^1] is '.' or '!' or '?' or ')' or '\u2026' || char.IsSurrogate(before[^1]);
        return standsAlone && (after.Length == 0 || before.Length == 0);
    }

    private static void Urls(AnalyzedText text, PatientContext ctx, List<Detail> into)
    {
        foreach (var m in IdentifierPatterns.Url().EnumerateMatches(text.Normalized))
        {
            Add(text, ctx, into, DetailKind.Url, m.Index, m.Length, 0.6, practiceLowers: true);
        }
    }

    // "her Fitbit serial", "his pump's S/N": a device that is a person's.
    private static bool ThirdPersonBefore(string n, int index)
    {
        var lead = n.AsSpan(Math.Max(0, index - 30), Math.Min(30, index));
        return lead.Contains("her ", StringComparison.Ordinal) || lead.Contains("his ", StringComparison.Ordinal) || lead.Contains("pt", StringComparison.Ordinal) || lead.Contains("patient", StringComparison.Ordinal);
    }

    private static bool MayHaveBareUrl(string n) =>
        n.Contains(".com/", StringComparison.Ordinal) || n.Contains(".org/", StringComparison.Ordinal) || n.Contains(".net/", StringComparison.Ordinal)
        || n.Contains(".me/", StringComparison.Ordinal) || n.Contains(".ly/", StringComparison.Ordinal) || n.Contains(".io/", StringComparison.Ordinal);

    private static void BareUrls(AnalyzedText text, PatientContext ctx, List<Detail> into)
    {
        foreach (var m in IdentifierPatterns.BareUrl().EnumerateMatches(text.Normalized))
        {
            if (!Overlaps(text, into, m.Index, m.Length)) Add(text, ctx, into, DetailKind.Url, m.Index, m.Length, 0.6, practiceLowers: true);
        }
    }

    private static void Simple(AnalyzedText text, PatientContext ctx, List<Detail> into, Regex regex, DetailKind kind, double confidence)
    {
        foreach (var m in regex.EnumerateMatches(text.Normalized))
        {
            if (Overlaps(text, into, m.Index, m.Length)) continue;
            Add(text, ctx, into, kind, m.Index, m.Length, confidence, practiceLowers: kind == DetailKind.StreetAddress);
        }
    }

    internal static void Add(AnalyzedText text, PatientContext ctx, List<Detail> into, DetailKind kind, int index, int length, double confidence, bool practiceLowers, bool? forceTied = null)
    {
        var tied = forceTied ?? ctx.IsPatientTied(text, index);
        // NOTE: tested only when tied, so an untied detail does not make the context mark the practice's sentences.
        if (tied && practiceLowers && ctx.IsPractice(text, index) && !ctx.AddressesPatient) tied = false;
        var span = text.ToOriginal(index, length);
        into.Add(new Detail(kind, span, confidence, tied) { Text = text.Original.Substring(span.Start, span.Length) });
    }

    private static bool Overlaps(AnalyzedText text, List<Detail> found, int index, int length)
    {
        var span = text.ToOriginal(index, length);
        foreach (var d in found) if (d.Span.Overlaps(span)) return true;
        return false;
    }

    internal static bool HasCueBefore(string n, int index, Regex cue, int window = 40)
    {
        var from = Math.Max(0, index - window);
        return cue.IsMatch(n.AsSpan(from, index - from));
    }

    [GeneratedRegex(@"\b(?:ssn|ss#|ss #|social security|social sec|soc sec|ssn#|tin|taxpayer)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SsnCue();

    [GeneratedRegex(@"\b(?:call|text|phone|cell|mobile|tel|ph|number|#|reach|dial|fax|contact|line|at)\b|[:(]", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneCue();

    [GeneratedRegex(@"\bfax\b", RegexOptions.CultureInvariant)]
    private static partial Regex FaxCue();
}
