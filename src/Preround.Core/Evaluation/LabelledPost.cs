using System.Text.Json;
using Preround.Core.Domain;

namespace Preround.Core.Evaluation;

/// <summary>A post with its true categories and severity, as in <c>eval/dev.jsonl</c> and our own corpus.</summary>
public sealed record LabelledPost(string Id, string Text, AuthorRole Role, Platform Platform, IReadOnlyList<string> Labels, Verdict Severity)
{
    /// <summary>True when the post carries any risk label.</summary>
    public bool IsRisky => Labels.Count > 0;

    /// <summary>The draft to check.</summary>
    public Draft ToDraft(AccountType account = AccountType.Professional) => new(Text, new AuthorProfile(Role, null, account), Platform);

    /// <summary>Parses corpus lines; a bad line throws with its number and what is wrong.</summary>
    public static IEnumerable<LabelledPost> ParseLines(IEnumerable<string> lines, string source)
    {
        var n = 0;
        foreach (var line in lines)
        {
            n++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            yield return ParseLine(line, source, n);
        }
    }

    private static LabelledPost ParseLine(string line, string source, int n)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            string Str(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
            var id = root.TryGetProperty("id", out var idEl) ? idEl.ToString() : n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var text = Str("text");
            if (text.Length == 0) throw new FormatException("missing \"text\"");
            if (!WireNames.TryParseRole(Str("author_role") is { Length: > 0 } r ? r : "unknown", out var role)) throw new FormatException($"unknown author_role '{Str("author_role")}'");
            if (!WireNames.TryParsePlatform(Str("platform") is { Length: > 0 } p ? p : "x", out var platform)) throw new FormatException($"unknown platform '{Str("platform")}'");
            var labels = root.TryGetProperty("labels", out var l) && l.ValueKind == JsonValueKind.Array
                ? l.EnumerateArray().Select(x => x.GetString() ?? "").Where(x => x.Length > 0).ToArray()
                : [];
            var sev = Str("severity") switch
            {
                "block" => Verdict.Block,
                "warn" => Verdict.Warn,
                "ok" or "" => Verdict.Ok,
                var other => throw new FormatException($"severity '{other}' is not one of ok, warn, block"),
            };
            return new LabelledPost(id, text, role, platform, labels, sev);
        }
        catch (JsonException e)
        {
            throw new FormatException($"{source}:{n}: not valid JSON: {e.Message}");
        }
        catch (FormatException e) when (!e.Message.StartsWith(source, StringComparison.Ordinal))
        {
            throw new FormatException($"{source}:{n}: {e.Message}");
        }
    }
}
