using System.Text.Json;
using Preround.Core.Domain;
using Preround.Platforms.Text;

namespace Preround.Platforms.Fit;

/// <summary>The limits for every platform: the shipped defaults, optionally overridden by the user.</summary>
public sealed class PlatformLimitSet
{
    private readonly IReadOnlyDictionary<Platform, PlatformLimits> _limits;

    private PlatformLimitSet(IReadOnlyDictionary<Platform, PlatformLimits> limits) => _limits = limits;

    /// <summary>The shipped defaults (embedded <c>platform-limits.json</c>).</summary>
    public static PlatformLimitSet Default { get; } = new(Parse(EmbeddedData.ReadText("platform-limits.json"), "platform-limits.json", null));

    /// <summary>The limits for <paramref name="platform"/>.</summary>
    public PlatformLimits this[Platform platform] => _limits[platform];

    /// <summary>A copy with one platform's limits replaced.</summary>
    public PlatformLimitSet With(PlatformLimits limits)
    {
        var copy = new Dictionary<Platform, PlatformLimits>(_limits) { [limits.Platform] = limits };
        return new PlatformLimitSet(copy);
    }

    /// <summary>
    /// A copy with the values of a user's JSON file applied on top, e.g. <c>{"mastodon": {"limit": 5000}}</c>.
    /// Throws <see cref="FormatException"/> naming the file, platform and key when something is wrong.
    /// </summary>
    public PlatformLimitSet WithOverrides(string json, string sourceName) => new(Parse(json, sourceName, _limits));

    private static Dictionary<Platform, PlatformLimits> Parse(string json, string sourceName, IReadOnlyDictionary<Platform, PlatformLimits>? baseLimits)
    {
        var result = baseLimits is null ? new Dictionary<Platform, PlatformLimits>() : new Dictionary<Platform, PlatformLimits>(baseLimits);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new FormatException($"{sourceName}: not valid JSON (line {e.LineNumber + 1}): {e.Message}", e);
        }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object) throw new FormatException($"{sourceName}: expected a JSON object keyed by platform name.");
            foreach (var entry in doc.RootElement.EnumerateObject())
            {
                if (entry.Name.StartsWith('_')) continue;
                if (!WireNames.TryParsePlatform(entry.Name, out var platform))
                {
                    throw new FormatException($"{sourceName}: unknown platform '{entry.Name}' (known: {string.Join(", ", WireNames.PlatformNames)}).");
                }
                if (entry.Value.ValueKind != JsonValueKind.Object) throw new FormatException($"{sourceName}: '{entry.Name}' must be an object.");
                var current = result.TryGetValue(platform, out var existing) ? existing : new PlatformLimits { Platform = platform, Limit = 0 };
                foreach (var field in entry.Value.EnumerateObject())
                {
                    current = Apply(current, field, $"{sourceName}: {entry.Name}.{field.Name}");
                }
                if (current.Limit <= 0) throw new FormatException($"{sourceName}: {entry.Name}.limit must be a positive number.");
                result[platform] = current;
            }
        }
        return result;
    }

    private static PlatformLimits Apply(PlatformLimits limits, JsonProperty field, string where)
    {
        if (field.Name == "source") return limits with { Source = field.Value.GetString() ?? "" };
        if (field.Value.ValueKind != JsonValueKind.Number || !field.Value.TryGetInt32(out var n) || n <= 0)
        {
            throw new FormatException($"{where}: expected a positive whole number.");
        }
        return field.Name switch
        {
            "limit" => limits with { Limit = n },
            "byteLimit" => limits with { ByteLimit = n },
            "commentLimit" => limits with { CommentLimit = n },
            "maxLinks" => limits with { MaxLinks = n },
            "maxHashtags" => limits with { MaxHashtags = n },
            "legacyMaxHashtags" => limits,
            "maxMentions" => limits with { MaxMentions = n },
            "urlLength" => limits with { UrlLength = n },
            _ => throw new FormatException($"{where}: unknown key (known: limit, byteLimit, commentLimit, maxLinks, maxHashtags, maxMentions, urlLength)."),
        };
    }
}
