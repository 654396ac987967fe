using System.Text.Json;
using Preround.Platforms.Text;

namespace Preround.Platforms.Twitter;

/// <summary>One weighted code-point range of a twitter-text config (inclusive bounds).</summary>
public sealed record WeightRange(int Start, int End, int Weight);

/// <summary>
/// A twitter-text length configuration (the <c>config/v*.json</c> files of twitter/twitter-text).
/// Source of the rule: twitter-text <c>parseTweet</c>; v3 is what X applies today.
/// </summary>
public sealed record TwitterTextConfig
{
    public int Version { get; init; }
    public int MaxWeightedTweetLength { get; init; }
    public int Scale { get; init; } = 1;
    public int DefaultWeight
    {
        get => _defaultWeight;
        init { _defaultWeight = value; _weights = null; }
    }
    public bool EmojiParsingEnabled { get; init; }
    public int TransformedUrlLength { get; init; } = 23;
    public IReadOnlyList<WeightRange> Ranges
    {
        get => _ranges;
        init { _ranges = value ?? []; _weights = null; }
    }

    private int _defaultWeight = 1;
    private IReadOnlyList<WeightRange> _ranges = [];

    // NOTE: a weight per UTF-16 code unit, built on first use; the init accessors above drop it so a copy made with
    // `with { Ranges = ... }` never reuses the original's table.
    private int[]? _weights;

    /// <summary>Legacy: 140 characters, every code point weight 1.</summary>
    public static TwitterTextConfig V1 { get; } = LoadEmbedded("twitter-text-v1.json");

    /// <summary>280 weighted, CJK and most symbols weigh 2, no emoji discount.</summary>
    public static TwitterTextConfig V2 { get; } = LoadEmbedded("twitter-text-v2.json");

    /// <summary>v2 plus emoji parsing: every emoji sequence weighs 2. The current X rule.</summary>
    public static TwitterTextConfig V3 { get; } = LoadEmbedded("twitter-text-v3.json");

    /// <summary>Parses a config in twitter-text's JSON shape; throws <see cref="FormatException"/> saying what is wrong.</summary>
    /// <remarks>
    /// NOTE: read with <see cref="JsonDocument"/> rather than the reflection-based serializer, whose first use cost about
    /// 20 ms of the 300 ms budget of a one-off <c>preround check</c> (ReadyToRun, 2026-11-22); the platform limits are
    /// read the same way, so the serializer is not loaded at all for a check.
    /// </remarks>
    public static TwitterTextConfig Parse(string json)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new FormatException($"twitter-text config is not valid JSON (line {e.LineNumber + 1}): {e.Message}", e);
        }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object) throw new FormatException("twitter-text config is empty or not a JSON object.");
            var config = new TwitterTextConfig();
            foreach (var field in doc.RootElement.EnumerateObject())
            {
                config = field.Name.ToLowerInvariant() switch
                {
                    "version" => config with { Version = Int(field) },
                    "maxweightedtweetlength" => config with { MaxWeightedTweetLength = Int(field) },
                    "scale" => config with { Scale = Int(field) },
                    "defaultweight" => config with { DefaultWeight = Int(field) },
                    "emojiparsingenabled" => config with { EmojiParsingEnabled = Bool(field) },
                    "transformedurllength" => config with { TransformedUrlLength = Int(field) },
                    "ranges" => config with { Ranges = ReadRanges(field) },
                    _ => config,
                };
            }
            if (config.Scale <= 0) throw new FormatException("twitter-text config: 'scale' must be positive.");
            if (config.MaxWeightedTweetLength <= 0) throw new FormatException("twitter-text config: 'maxWeightedTweetLength' must be positive.");
            return config;
        }
    }

    private static int Int(JsonProperty field) => Int(field.Value, field.Name);

    private static int Int(JsonElement value, string name) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n)
            ? n
            : throw new FormatException($"twitter-text config: '{name}' must be a whole number.");

    private static bool Bool(JsonProperty field) => field.Value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new FormatException($"twitter-text config: '{field.Name}' must be true or false."),
    };

    private static List<WeightRange> ReadRanges(JsonProperty field)
    {
        if (field.Value.ValueKind != JsonValueKind.Array) throw new FormatException($"twitter-text config: '{field.Name}' must be an array.");
        var ranges = new List<WeightRange>();
        foreach (var item in field.Value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object) throw new FormatException($"twitter-text config: range {ranges.Count + 1} must be an object.");
            int start = 0, end = 0, weight = 0;
            foreach (var p in item.EnumerateObject())
            {
                switch (p.Name.ToLowerInvariant())
                {
                    case "start": start = Int(p.Value, $"ranges[{ranges.Count}].start"); break;
                    case "end": end = Int(p.Value, $"ranges[{ranges.Count}].end"); break;
                    case "weight": weight = Int(p.Value, $"ranges[{ranges.Count}].weight"); break;
                }
            }
            ranges.Add(new WeightRange(start, end, weight));
        }
        return ranges;
    }

    private static TwitterTextConfig LoadEmbedded(string file) => Parse(EmbeddedData.ReadText(file));

    /// <summary>The weight of each UTF-16 code unit (what the counter looks up; astral code points are weighed by their low surrogate).</summary>
    internal int[] WeightTable => _weights ??= BuildWeightTable();

    private int[] BuildWeightTable()
    {
        var table = new int[0x10000];
        for (var c = 0; c < table.Length; c++) table[c] = WeightOf(c);
        return table;
    }

    /// <summary>The weight of one code point under this config (before dividing by <see cref="Scale"/>).</summary>
    public int WeightOf(int codePoint)
    {
        // NOTE: twitter-text weighs by charCodeAt(0), i.e. the high surrogate for astral code points; every range in
        // the shipped configs ends below U+D800, so weighing the full code point gives the same answer.
        foreach (var range in Ranges)
        {
            if (codePoint >= range.Start && codePoint <= range.End) return range.Weight;
        }
        return DefaultWeight;
    }
}
