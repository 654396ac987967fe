using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Preround.Core.Domain;
using Preround.Platforms.Fit;

namespace Preround.Platforms.Reporting;

/// <summary>
/// <c>preround fit --jsonl</c>: reads <c>{"id","text","platform"}</c> lines and writes one
/// <c>{"id","platform","length","limit","valid"}</c> line each (<c>"bytes"</c> too for Bluesky).
/// </summary>
public static class FitBatch
{
    /// <summary>JSON output keeps non-ASCII text readable and escapes nothing a JSON parser does not need.</summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Processes every line. A bad line is reported on <paramref name="error"/> with its line number and skipped;
    /// the others are still measured. Returns how many lines were bad.
    /// </summary>
    public static int Run(TextReader input, string sourceName, Stream output, TextWriter error, Platform? defaultPlatform, PlatformLimitSet limits)
    {
        var bad = 0;
        var lineNumber = 0;
        using var writer = new Utf8JsonWriter(output, WriterOptions);
        while (input.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Trim().Length == 0) continue;
            if (!TryRead(line, defaultPlatform, out var id, out var text, out var platform, out var problem))
            {
                error.WriteLine($"{sourceName}:{lineNumber}: {problem}");
                bad++;
                continue;
            }
            FitJson.WriteLine(writer, id, PlatformCounter.Measure(text, platform, limits));
            writer.Flush();
            writer.Reset();
            output.WriteByte((byte)'\n');
        }
        return bad;
    }

    private static bool TryRead(string line, Platform? defaultPlatform, out JsonElement id, out string text, out Platform platform, out string problem)
    {
        id = default;
        text = "";
        platform = defaultPlatform ?? Platform.X;
        problem = "";
        JsonElement root;
        try
        {
            using var doc = JsonDocument.Parse(line);
            root = doc.RootElement.Clone();
        }
        catch (JsonException e)
        {
            problem = $"not valid JSON ({e.Message})";
            return false;
        }
        if (root.ValueKind != JsonValueKind.Object) { problem = "expected a JSON object"; return false; }
        if (!root.TryGetProperty("id", out id)) { problem = "missing \"id\""; return false; }
        if (!root.TryGetProperty("text", out var t) || t.ValueKind != JsonValueKind.String) { problem = "missing or non-string \"text\""; return false; }
        text = t.GetString()!;
        if (text.Length > Draft.MaxLength) { problem = $"\"text\" is {text.Length:N0} characters; at most {Draft.MaxLength:N0} are accepted"; return false; }
        if (root.TryGetProperty("platform", out var p) && p.ValueKind != JsonValueKind.Null)
        {
            if (p.ValueKind != JsonValueKind.String || !WireNames.TryParsePlatform(p.GetString(), out platform))
            {
                problem = $"unknown \"platform\" {p} (known: {string.Join(", ", WireNames.PlatformNames)})";
                return false;
            }
        }
        else if (defaultPlatform is null)
        {
            problem = "missing \"platform\" (or pass --platform for lines without one)";
            return false;
        }
        return true;
    }
}
