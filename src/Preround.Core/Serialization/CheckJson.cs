using System.Text.Encodings.Web;
using System.Text.Json;
using Preround.Core.Domain;

namespace Preround.Core.Serialization;

/// <summary>
/// The JSON shapes of a check. The batch line (<see cref="WriteLine"/>) is the stable scoring contract:
/// <c>{"id","verdict","findings":[{"rule","category","severity","confidence","start","length","message","suggestion"}]}</c>.
/// </summary>
public static class CheckJson
{
    /// <summary>Writer options: no indentation, non-ASCII kept readable.</summary>
    public static JsonWriterOptions LineOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    /// <summary>Writes one batch line (without the newline).</summary>
    public static void WriteLine(Utf8JsonWriter w, string? id, CheckResult result)
    {
        w.WriteStartObject();
        WriteId(w, id);
        w.WriteString("verdict", result.Verdict.Name());
        w.WriteStartArray("findings");
        foreach (var f in result.Findings) WriteFinding(w, f, detailed: false);
        w.WriteEndArray();
        WriteFailedRules(w, result);
        w.WriteEndObject();
    }

    // Only when a rule failed, so the scoring contract's lines stay as they were for complete checks.
    private static void WriteFailedRules(Utf8JsonWriter w, CheckResult result)
    {
        if (result.FailedRules.Count == 0) return;
        w.WriteStartArray("failed_rules");
        foreach (var id in result.FailedRules) w.WriteStringValue(id);
        w.WriteEndArray();
    }

    /// <summary>Writes the detailed object used by <c>check --format json</c> and the API: the batch fields plus match, rationale, replacement and help.</summary>
    /// <param name="w">Where to write.</param>
    /// <param name="id">The draft's id, or null.</param>
    /// <param name="result">The check to write.</param>
    /// <param name="extra">Writes further properties before the object closes (e.g. <c>"images"</c> from <c>check --image</c>).</param>
    public static void WriteDetailed(Utf8JsonWriter w, string? id, CheckResult result, Action<Utf8JsonWriter>? extra = null)
    {
        w.WriteStartObject();
        WriteId(w, id);
        w.WriteString("verdict", result.Verdict.Name());
        w.WriteString("platform", result.Draft.Platform.Name());
        w.WriteString("role", result.Draft.Author.Role.Name());
        w.WriteString("account", result.Draft.Author.Account.Name());
        w.WriteStartArray("findings");
        foreach (var f in result.Findings) WriteFinding(w, f, detailed: true);
        w.WriteEndArray();
        WriteFailedRules(w, result);
        extra?.Invoke(w);
        w.WriteEndObject();
    }

    /// <summary>Writes one finding.</summary>
    public static void WriteFinding(Utf8JsonWriter w, Finding f, bool detailed)
    {
        w.WriteStartObject();
        w.WriteString("rule", f.RuleId);
        w.WriteString("category", f.Category);
        w.WriteString("severity", f.Severity.Name());
        w.WriteNumber("confidence", Math.Round(f.Confidence, 3));
        w.WriteNumber("start", f.Span.Start);
        w.WriteNumber("length", f.Span.Length);
        w.WriteString("message", f.Message);
        if (f.Suggestion is null) w.WriteNull("suggestion");
        else w.WriteString("suggestion", f.Suggestion);
        if (detailed)
        {
            w.WriteString("match", f.Match);
            w.WriteString("rationale", f.Rationale);
            if (f.Replacement is not null) w.WriteString("replacement", f.Replacement);
            if (f.HelpUri is not null) w.WriteString("help", f.HelpUri);
        }
        w.WriteEndObject();
    }

    /// <summary>A batch line for a line that could not be read: <c>{"line":N,"error":"..."}</c>.</summary>
    public static void WriteError(Utf8JsonWriter w, long line, string error)
    {
        w.WriteStartObject();
        w.WriteNumber("line", line);
        w.WriteString("error", error);
        w.WriteEndObject();
    }

    private static void WriteId(Utf8JsonWriter w, string? id)
    {
        if (id is null) w.WriteNull("id");
        else w.WriteString("id", id);
    }
}
