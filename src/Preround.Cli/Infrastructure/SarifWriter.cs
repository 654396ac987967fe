using System.Text.Json;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Core.Serialization;

namespace Preround.Cli.Infrastructure;

/// <summary>SARIF 2.1.0 output so editors and CI dashboards can show findings.</summary>
internal static class SarifWriter
{
    public static void Write(Stream output, CheckResult result, string artifactUri, IReadOnlyList<RuleDescriptor> rules)
    {
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = CheckJson.LineOptions.Encoder });
        w.WriteStartObject();
        w.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        w.WriteString("version", "2.1.0");
        w.WriteStartArray("runs");
        w.WriteStartObject();
        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", "preround");
        w.WriteString("informationUri", "docs/rules/");
        w.WriteStartArray("rules");
        var used = result.Findings.Select(f => f.RuleId).ToHashSet(StringComparer.Ordinal);
        foreach (var r in rules.Where(r => used.Contains(r.Id)))
        {
            w.WriteStartObject();
            w.WriteString("id", r.Id);
            w.WriteString("name", r.Title);
            w.WriteStartObject("shortDescription"); w.WriteString("text", r.Title); w.WriteEndObject();
            w.WriteStartObject("fullDescription"); w.WriteString("text", r.Rationale); w.WriteEndObject();
            w.WriteString("helpUri", r.HelpUri);
            w.WriteStartObject("properties"); w.WriteString("category", r.Category); w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartArray("results");
        foreach (var f in result.Findings)
        {
            w.WriteStartObject();
            w.WriteString("ruleId", f.RuleId);
            w.WriteString("level", f.Severity switch { Severity.Block => "error", Severity.Warn => "warning", _ => "note" });
            w.WriteStartObject("message"); w.WriteString("text", f.Message); w.WriteEndObject();
            w.WriteStartArray("locations");
            w.WriteStartObject();
            w.WriteStartObject("physicalLocation");
            w.WriteStartObject("artifactLocation"); w.WriteString("uri", artifactUri); w.WriteEndObject();
            w.WriteStartObject("region");
            // NOTE: SARIF charOffset/charLength are UTF-16 code units by default, like our spans.
            w.WriteNumber("charOffset", f.Span.Start);
            w.WriteNumber("charLength", f.Span.Length);
            w.WriteStartObject("snippet"); w.WriteString("text", f.Match); w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteStartObject("properties");
            w.WriteString("category", f.Category);
            w.WriteNumber("confidence", Math.Round(f.Confidence, 3));
            w.WriteString("rationale", f.Rationale);
            if (f.Suggestion is not null) w.WriteString("suggestion", f.Suggestion);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
