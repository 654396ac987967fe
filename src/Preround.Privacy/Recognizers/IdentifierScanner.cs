using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Text;
using Preround.Privacy.Analysis;
using Preround.Privacy.Data;

namespace Preround.Privacy.Recognizers;

/// <summary>
/// Finds every Safe Harbor identifier in a text whoever it belongs to, as a PII redactor does (names, addresses, dates,
/// phone numbers, e-mail, SSN, Medicare and account numbers, cards, IBANs, licences, device and MAC addresses, URLs, IPs).
/// The in-post rules use <see cref="PrivacyAnalysis"/>, which adds the patient context; this scanner is the
/// context-free layer, used by peer conformance, benchmarks and batch redaction of identifiers.
/// </summary>
public static partial class IdentifierScanner
{
    /// <summary>Every identifier found, in order, with spans in the original text; overlapping finds keep the more specific.</summary>
    public static IReadOnlyList<Detail> Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var analyzed = TextAnalyzer.Analyze(text);
        var n = analyzed.Normalized;
        var found = new List<Detail>();
        // NOTE: order matters: validated, specific shapes claim their text first (an IBAN before a card, a card
        // before a phone, an SSN before a phone), and a later, looser shape is dropped where it overlaps.
        Emails(analyzed, found);
        Each(analyzed, found, IdentifierPatterns.IpAddress(), DetailKind.IpAddress, 0.9, static s => IsIp(s));
        // A URL may contain an IP address ("http://[2001:db8::1]/path"): both are reported.
        foreach (var m in ScanPatterns.Url().EnumerateMatches(n))
        {
            var s = n.Substring(m.Index, m.Length);
            var span = analyzed.ToOriginal(m.Index, m.Length);
            if (HostHasDot(s) && !found.Any(d => d.Kind != DetailKind.IpAddress && d.Span.Overlaps(span)))
                found.Add(new Detail(DetailKind.Url, span, 0.85, PatientTied: false) { Text = text.Substring(span.Start, span.Length) });
        }
        Each(analyzed, found, ScanPatterns.Mac(), DetailKind.DeviceIdentifier, 0.95, static s => !IsNullOrBroadcastMac(s));
        Each(analyzed, found, ScanPatterns.Iban(), DetailKind.AccountNumber, 1.0, static s => Validators.IsValidIban(s));
        Each(analyzed, found, ScanPatterns.Mbi(), DetailKind.HealthPlanNumber, 0.9, static _ => true);
        Each(analyzed, found, ScanPatterns.Dea(), DetailKind.LicenceNumber, 0.9, static s => Validators.IsValidDea(s));
        Cards(analyzed, found);
        Ssns(analyzed, found);
        Each(analyzed, found, IdentifierPatterns.LabelledNumber(), DetailKind.MedicalRecordNumber, 0.9, static s => s.Any(char.IsAsciiDigit));
        Each(analyzed, found, ScanPatterns.Date(), DetailKind.Date, 0.7, static _ => true);
        Phones(analyzed, found);
        Each(analyzed, found, IdentifierPatterns.StreetAddress(), DetailKind.StreetAddress, 0.8, static _ => true);
        foreach (Match m in IdentifierPatterns.Zip().Matches(n)) Add(analyzed, found, DetailKind.Zip, m.Groups["zip"].Index, m.Groups["zip"].Length, 0.85);
        Each(analyzed, found, ScanPatterns.LetterDigits(), DetailKind.LicenceNumber, 0.4, static _ => true);
        // NOTE: a bare digit run is ambiguous (an SSN? a phone? a licence?); it is reported as a number run as well,
        // even over a bare SSN or phone reading, so that whoever redacts sees both readings.
        foreach (var m in ScanPatterns.DigitRun().EnumerateMatches(n))
        {
            var span = analyzed.ToOriginal(m.Index, m.Length);
            if (found.Any(d => d.Span.Overlaps(span) && d.Span != span)) continue;
            found.Add(new Detail(DetailKind.NumberRun, span, 0.3, PatientTied: false) { Text = text.Substring(span.Start, span.Length) });
        }
        NameScanner.Find(analyzed, found);
        // NOTE: an IBAN-shaped string whose check digits fail is no identifier at all: nothing found inside it stands.
        foreach (var m in ScanPatterns.Iban().EnumerateMatches(n))
        {
            if (Validators.IsValidIban(n.AsSpan(m.Index, m.Length))) continue;
            var bad = analyzed.ToOriginal(m.Index, m.Length);
            found.RemoveAll(d => d.Span.Overlaps(bad));
        }
        found.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return found;
    }

    private static void Emails(AnalyzedText t, List<Detail> found)
    {
        if (!t.Normalized.Contains('@') && !t.Normalized.Contains("at")) return;
        foreach (var m in IdentifierPatterns.Email().EnumerateMatches(t.Normalized)) Add(t, found, DetailKind.Email, m.Index, m.Length, 0.95);
    }

    private static void Cards(AnalyzedText t, List<Detail> found)
    {
        var n = t.Normalized;
        foreach (var m in ScanPatterns.Card().EnumerateMatches(n))
        {
            var raw = n.AsSpan(m.Index, m.Length);
            if (raw.Contains('*')) { Add(t, found, DetailKind.AccountNumber, m.Index, m.Length, 0.6); continue; }
            var digits = Validators.DigitsOf(raw);
            var network = Validators.HasCardNetworkPrefix(digits) || (digits.Length == 15 && digits[0] == '1');
            if (Validators.PassesLuhn(digits) && network) { Add(t, found, DetailKind.AccountNumber, m.Index, m.Length, 1.0); continue; }
            // NOTE: a number with a real card network's prefix that fails its check digit is not a card (a typo or
            // another number). A card-shaped number outside any network, grouped like a card or after a card word,
            // is a placeholder or a partial number someone meant as a card: flagged, at low confidence.
            var grouped = raw.IndexOfAny(" -") >= 0;
            var cue = IdentifierRecognizer.HasCueBefore(n, m.Index, CardCue(), 30);
            if (!Validators.HasCardNetworkPrefix(digits) && (grouped || cue)) Add(t, found, DetailKind.AccountNumber, m.Index, m.Length, 0.4);
        }
    }

    private static void Ssns(AnalyzedText t, List<Detail> found)
    {
        foreach (Match m in ScanPatterns.Ssn().Matches(t.Normalized))
        {
            var s1 = m.Groups[2].Value;
            var s2 = m.Groups[4].Value;
            if (s1.Length > 0 && s2.Length > 0 && s1 != s2) continue;
            var digits = m.Groups[1].Value + m.Groups[3].Value + m.Groups[5].Value;
            if (!Validators.IsPlausibleSsn(digits)) continue;
            var cue = IdentifierRecognizer.HasCueBefore(t.Normalized, m.Index, SsnCue(), 30);
            Add(t, found, DetailKind.Ssn, m.Index, m.Length, cue ? 1.0 : s1.Length + s2.Length == 0 ? 0.4 : 0.7);
        }
    }

    private static void Phones(AnalyzedText t, List<Detail> found)
    {
        var n = t.Normalized;
        foreach (var m in ScanPatterns.Phone().EnumerateMatches(n))
        {
            var digits = Validators.DigitsOf(n.AsSpan(m.Index, m.Length));
            if (digits.Length is < 9 or > 15) continue;
            Add(t, found, DetailKind.Phone, m.Index, m.Length, 0.7);
        }
        foreach (var m in IdentifierPatterns.Phone().EnumerateMatches(n))
        {
            var digits = Validators.DigitsOf(n.AsSpan(m.Index, m.Length));
            if (digits.Length >= 10) Add(t, found, DetailKind.Phone, m.Index, m.Length, 0.7);
        }
    }

    private static void Each(AnalyzedText t, List<Detail> found, Regex regex, DetailKind kind, double confidence, Func<string, bool> valid)
    {
        foreach (var m in regex.EnumerateMatches(t.Normalized))
        {
            var s = t.Normalized.Substring(m.Index, m.Length);
            if (valid(s)) Add(t, found, kind, m.Index, m.Length, confidence);
        }
    }

    internal static void Add(AnalyzedText t, List<Detail> found, DetailKind kind, int index, int length, double confidence)
    {
        var span = t.ToOriginal(index, length);
        foreach (var d in found) if (d.Span.Overlaps(span)) return;
        found.Add(new Detail(kind, span, confidence, PatientTied: false) { Text = t.Original.Substring(span.Start, span.Length) });
    }

    private static bool IsIp(string s)
    {
        var slash = s.IndexOf('/');
        var core = slash >= 0 ? s[..slash] : s;
        if (!core.Contains(':')) return Validators.IsIpv4(core);
        return core.Count(c => c == ':') >= 2;
    }

    private static bool HostHasDot(string s)
    {
        var scheme = s.IndexOf("://", StringComparison.Ordinal);
        var host = scheme >= 0 ? s[(scheme + 3)..] : s;
        var at = host.IndexOf('@');
        if (at >= 0) host = host[(at + 1)..];
        var end = host.IndexOfAny(['/', '?', '#']);
        if (end >= 0) host = host[..end];
        return host.StartsWith('[') || host.Contains('.');
    }

    private static bool IsNullOrBroadcastMac(string s)
    {
        var hex = s.Where(char.IsAsciiHexDigit).ToArray();
        return hex.All(c => c == '0') || hex.All(c => c == 'f');
    }

    [GeneratedRegex(@"\b(?:card|cc|visa|mastercard|amex|diners|discover|credit|debit)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CardCue();

    [GeneratedRegex(@"\b(?:ssn|ss#|social security|soc sec|ssn#|itin|tin)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SsnCue();
}
