using System.Text.Json;
using Preround.Core.Domain;
using Preround.Core.Text;
using Preround.Privacy.Analysis;
using Preround.Testing;

namespace Preround.Privacy.Tests.Corpus;

/// <summary>One marked identifier of corpus/privacy-spans.jsonl (UTF-16 offsets into the post).</summary>
internal sealed record MarkedIdentifier(string Type, int Start, int Length);

/// <summary>A post of the identifier-span corpus with its marked patient identifiers.</summary>
internal sealed record SpanPost(string Id, string Text, IReadOnlyList<MarkedIdentifier> Identifiers);

/// <summary>Reads the span corpus and scores predicted identifiers against the marks, per identifier type.</summary>
internal static class IdentifierSpanCorpus
{
    /// <summary>The corpus's identifier types and the detail kinds that answer each (documented in docs/privacy.md).</summary>
    public static readonly IReadOnlyDictionary<string, DetailKind[]> Kinds = new Dictionary<string, DetailKind[]>(StringComparer.Ordinal)
    {
        ["name"] = [DetailKind.Name],
        ["place"] = [DetailKind.Place, DetailKind.StreetAddress, DetailKind.Zip, DetailKind.Facility],
        ["room"] = [DetailKind.RoomOrBed],
        ["date"] = [DetailKind.Date, DetailKind.RecentTime],
        ["age"] = [DetailKind.AgeOver89],
        ["phone"] = [DetailKind.Phone, DetailKind.Fax],
        ["email"] = [DetailKind.Email],
        ["ssn"] = [DetailKind.Ssn],
        ["number"] = [DetailKind.MedicalRecordNumber, DetailKind.HealthPlanNumber, DetailKind.AccountNumber, DetailKind.LicenceNumber,
            DetailKind.VehicleIdentifier, DetailKind.DeviceIdentifier, DetailKind.NumberRun],
        ["web"] = [DetailKind.Url, DetailKind.IpAddress, DetailKind.Handle],
        ["unique"] = [DetailKind.Occupation, DetailKind.RareCondition, DetailKind.NewsEvent],
    };

    public static IReadOnlyList<SpanPost> Load(string file = "privacy-spans.jsonl")
    {
        var posts = new List<SpanPost>();
        var lineNo = 0;
        foreach (var line in File.ReadLines(RepoPaths.InRepo("corpus", file)))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var marks = new List<MarkedIdentifier>();
            foreach (var m in root.GetProperty("identifiers").EnumerateArray())
            {
                var type = m.GetProperty("type").GetString()!;
                if (!Kinds.ContainsKey(type)) throw new InvalidDataException($"{file}:{lineNo}: unknown identifier type '{type}'");
                marks.Add(new MarkedIdentifier(type, m.GetProperty("start").GetInt32(), m.GetProperty("length").GetInt32()));
            }
            posts.Add(new SpanPost(root.GetProperty("id").GetString()!, root.GetProperty("text").GetString()!, marks));
        }
        return posts;
    }

    /// <summary>The type of a detail in corpus terms, or null when the kind is a weak signal the corpus does not mark (age, sex, diagnosis).</summary>
    public static string? TypeOf(DetailKind kind)
    {
        foreach (var (type, kinds) in Kinds) if (Array.IndexOf(kinds, kind) >= 0) return type;
        return null;
    }

    /// <summary>Per-type true positives, false positives and false negatives; a prediction is a patient-tied detail.</summary>
    public static Dictionary<string, Tally> Score(IReadOnlyList<SpanPost> posts, Func<string, IEnumerable<(string Type, TextSpan Span)>> predict, List<string>? log = null)
    {
        var tallies = Kinds.Keys.ToDictionary(k => k, _ => new Tally(), StringComparer.Ordinal);
        foreach (var post in posts)
        {
            var predicted = predict(post.Text).ToList();
            foreach (var mark in post.Identifiers)
            {
                var span = new TextSpan(mark.Start, mark.Length);
                if (predicted.Any(p => p.Type == mark.Type && p.Span.Overlaps(span))) tallies[mark.Type].TruePositives++;
                else { tallies[mark.Type].FalseNegatives++; log?.Add($"missed {mark.Type} '{post.Text.Substring(mark.Start, mark.Length)}' in {post.Id}: {post.Text}"); }
            }
            foreach (var p in predicted)
            {
                if (post.Identifiers.Any(m => m.Type == p.Type && new TextSpan(m.Start, m.Length).Overlaps(p.Span))) continue;
                tallies[p.Type].FalsePositives++;
                log?.Add($"extra {p.Type} '{post.Text.Substring(p.Span.Start, p.Span.Length)}' in {post.Id}: {post.Text}");
            }
        }
        return tallies;
    }

    /// <summary>Preround's predictions: every detail the shared privacy analysis ties to a patient.</summary>
    public static IEnumerable<(string Type, TextSpan Span)> Preround(string text)
    {
        var analysis = PrivacyAnalysis.Analyze(TextAnalyzer.Analyze(text), DraftContext.Post);
        foreach (var d in analysis.Details)
        {
            // NOTE: a unit or an unnamed clinic ("on 6 West", "our ortho clinic", confidence below 0.8) is not a named
            // place; the corpus marks named facilities only.
            if (!d.PatientTied || (d.Kind == DetailKind.Facility && d.Confidence < 0.8)) continue;
            var type = TypeOf(d.Kind);
            if (type is not null) yield return (type, d.Span);
        }
    }
}

/// <summary>Counts for one identifier type.</summary>
internal sealed class Tally
{
    public int TruePositives { get; set; }
    public int FalsePositives { get; set; }
    public int FalseNegatives { get; set; }
    public int Marked => TruePositives + FalseNegatives;
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => Marked == 0 ? 1 : (double)TruePositives / Marked;
}
