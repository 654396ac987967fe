using System.Text.Json;
using Preround.Privacy.Analysis;
using Preround.Privacy.Recognizers;
using Preround.Testing;
using Xunit.Abstractions;

namespace Preround.Privacy.Tests.Conformance;

/// <summary>
/// The public test cases of the PII detectors people would otherwise use (Presidio, redact-pii, @redactpii/node),
/// from ../shared/conformance/pii-peer-cases.jsonl. In scope: HIPAA identifiers 1, 2, 3, 4, 6, 7, 9, 10, 11, 13, 14, 15.
/// Recall at least 0.95 for every entity type in scope, at any severity; their negative cases are not flagged.
/// </summary>
public sealed class PiiPeerConformanceTests(ITestOutputHelper output)
{
    private static readonly HashSet<int> InScope = [1, 2, 3, 4, 6, 7, 9, 10, 11, 13, 14, 15];

    /// <summary>Which of our kinds answer each peer entity type.</summary>
    private static readonly Dictionary<string, DetailKind[]> Kinds = new(StringComparer.Ordinal)
    {
        ["PERSON"] = [DetailKind.Name],
        ["STREET_ADDRESS"] = [DetailKind.StreetAddress],
        ["ZIP_CODE"] = [DetailKind.Zip],
        ["DATE_TIME"] = [DetailKind.Date],
        ["PHONE_NUMBER"] = [DetailKind.Phone, DetailKind.Fax],
        ["EMAIL_ADDRESS"] = [DetailKind.Email],
        ["US_SSN"] = [DetailKind.Ssn],
        ["US_MBI"] = [DetailKind.HealthPlanNumber],
        ["CREDIT_CARD"] = [DetailKind.AccountNumber],
        ["IBAN_CODE"] = [DetailKind.AccountNumber],
        ["US_BANK_NUMBER"] = [DetailKind.AccountNumber, DetailKind.NumberRun],
        ["MEDICAL_LICENSE"] = [DetailKind.LicenceNumber],
        // NOTE: an unlabelled run of digits may be a licence or an account number; the scanner reports it as a number run.
        ["US_DRIVER_LICENSE"] = [DetailKind.LicenceNumber, DetailKind.NumberRun],
        ["MAC_ADDRESS"] = [DetailKind.DeviceIdentifier],
        ["URL"] = [DetailKind.Url],
        ["IP_ADDRESS"] = [DetailKind.IpAddress],
    };

    private sealed record Case(string Entity, string Text, bool Expected, int? Start, int? End, string Source);

    private static List<Case> Cases() =>
        File.ReadLines(RepoPaths.InShared("conformance", "pii-peer-cases.jsonl"))
            .Where(l => l.Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Where(e => e.TryGetProperty("hipaa_identifier", out var h) && h.ValueKind == JsonValueKind.Number && InScope.Contains(h.GetInt32()))
            .Select(e => new Case(
                e.GetProperty("entity").GetString()!,
                e.GetProperty("text").GetString()!,
                e.GetProperty("expected").GetBoolean(),
                e.TryGetProperty("start", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt32() : null,
                e.TryGetProperty("end", out var en) && en.ValueKind == JsonValueKind.Number ? en.GetInt32() : null,
                e.GetProperty("source").GetString()!))
            .ToList();

    private static bool Found(Case c)
    {
        var kinds = Kinds[c.Entity];
        foreach (var d in IdentifierScanner.Scan(c.Text))
        {
            if (!kinds.Contains(d.Kind)) continue;
            if (c.Start is null || c.End is null) return true;
            // The peer's span must overlap ours (quotes around a URL may differ by a character).
            if (d.Span.Start < c.End && c.Start < d.Span.End) return true;
        }
        return false;
    }

    [Fact]
    public void EveryInScopeEntityTypeHasRecallOfAtLeast95Percent()
    {
        var low = new List<string>();
        foreach (var group in Cases().Where(c => c.Expected).GroupBy(c => c.Entity).OrderBy(g => g.Key))
        {
            var misses = group.Where(c => !Found(c)).ToList();
            var recall = 1.0 - (double)misses.Count / group.Count();
            output.WriteLine($"{group.Key}: {group.Count() - misses.Count}/{group.Count()} = {recall:0.000}");
            foreach (var m in misses) output.WriteLine($"   missed: {m.Text.Replace("\n", "\\n")} [{m.Start}..{m.End})");
            if (recall < 0.95) low.Add($"{group.Key} {recall:0.000}");
        }
        Assert.True(low.Count == 0, "below 0.95: " + string.Join(", ", low));
    }

    [Fact]
    public void NegativeCasesAreNotFlagged()
    {
        var flagged = Cases().Where(c => !c.Expected && Found(c)).Select(c => $"{c.Entity}: {c.Text.Replace("\n", "\\n")}").ToList();
        foreach (var f in flagged) output.WriteLine("   flagged: " + f);
        Assert.True(flagged.Count == 0, string.Join("\n", flagged));
    }
}
