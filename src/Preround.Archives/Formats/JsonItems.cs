using System.Text.Json;

namespace Preround.Archives.Formats;

/// <summary>
/// Pulls the items of a JSON array out of a document one by one, so that a file cut short still gives every item
/// before the damage, and says where the damage is.
/// </summary>
internal static class JsonItems
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 256 };

    /// <summary>What was read, and the first error if any.</summary>
    public sealed record Result(List<JsonElement> Items, JsonElement? Root, string? ErrorPosition, string? ErrorMessage);

    /// <summary>
    /// The items of the top-level array, or of the arrays held by the root object's properties named in
    /// <paramref name="properties"/> (every occurrence: Mastodon writes <c>orderedItems</c> twice).
    /// </summary>
    public static Result Collect(ReadOnlyMemory<byte> json, params string[] properties)
    {
        var items = new List<JsonElement>();
        var reader = new Utf8JsonReader(json.Span, Options);
        try
        {
            if (!reader.Read()) return new Result(items, null, "byte 0", "the file is empty");
            if (reader.TokenType == JsonTokenType.StartArray)
            {
                ReadArray(ref reader, items);
                return new Result(items, null, null, null);
            }
            if (reader.TokenType != JsonTokenType.StartObject)
                return new Result(items, null, "byte 0", "expected a JSON object or array");
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                if (reader.TokenType == JsonTokenType.StartArray && (properties.Length == 0 || properties.Contains(name)))
                    ReadArray(ref reader, items);
                else
                    reader.Skip();
            }
            return new Result(items, null, null, null);
        }
        catch (JsonException ex)
        {
            return new Result(items, null, Where(ex), FirstSentence(ex.Message));
        }
    }

    /// <summary>The whole document, or the error position and message.</summary>
    public static JsonDocument? Parse(ReadOnlyMemory<byte> json, out string? errorPosition, out string? errorMessage)
    {
        errorPosition = errorMessage = null;
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            errorPosition = Where(ex);
            errorMessage = FirstSentence(ex.Message);
            return null;
        }
    }

    private static void ReadArray(ref Utf8JsonReader reader, List<JsonElement> items)
    {
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            using var doc = JsonDocument.ParseValue(ref reader);
            items.Add(doc.RootElement.Clone());
        }
    }

    public static string Where(JsonException ex) =>
        $"line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}";

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.');
    }
}

/// <summary>Null-tolerant accessors: export JSON varies by year and field presence is never guaranteed.</summary>
internal static class JsonElementExtensions
{
    public static JsonElement? Prop(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v : null;

    public static JsonElement? Prop(this JsonElement? e, string name) => e is { } v ? v.Prop(name) : null;

    public static string? Str(this JsonElement? e) => e is { ValueKind: JsonValueKind.String } v ? v.GetString()
        : e is { ValueKind: JsonValueKind.Number } n ? n.GetRawText() : null;

    public static string? Str(this JsonElement e, string name) => e.Prop(name).Str();

    public static long? Long(this JsonElement? e) => e switch
    {
        { ValueKind: JsonValueKind.Number } n when n.TryGetInt64(out var l) => l,
        { ValueKind: JsonValueKind.Number } d when d.TryGetDouble(out var f) => (long)f,
        { ValueKind: JsonValueKind.String } s when long.TryParse(s.GetString(), out var l2) => l2,
        _ => null,
    };

    public static double? Double(this JsonElement? e) => e switch
    {
        { ValueKind: JsonValueKind.Number } n => n.GetDouble(),
        { ValueKind: JsonValueKind.String } s when double.TryParse(s.GetString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };

    public static IEnumerable<JsonElement> Items(this JsonElement? e) =>
        e is { ValueKind: JsonValueKind.Array } a ? a.EnumerateArray() : [];

    public static IEnumerable<string> Strings(this JsonElement? e) =>
        e.Items().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!);
}
