using System.Globalization;
using System.Text.Json;
using Preround.Archives.Model;
using Preround.Archives.Sources;
using Preround.Archives.Text;

namespace Preround.Archives.Formats.Meta;

/// <summary>Shared pieces of the Facebook and Instagram "Download your information" JSON.</summary>
internal static class MetaJson
{
    /// <summary>A string field with the export's mojibake repaired.</summary>
    public static string? Text(this JsonElement? e) => e.Str() is { } s ? Mojibake.Repair(s) : null;

    public static string? Text(this JsonElement e, string name) => e.Prop(name).Text();

    /// <summary>Unix seconds to a UTC date; null when missing or absurd.</summary>
    public static DateTimeOffset? Time(JsonElement? e)
    {
        var seconds = e.Long();
        // NOTE: 0 and negative timestamps appear in damaged exports; nothing was posted before 2004 on these platforms.
        if (seconds is null || seconds < 1_000_000_000L || seconds > 4_000_000_000L) return null;
        return DateTimeOffset.FromUnixTimeSeconds(seconds.Value);
    }

    /// <summary>The items of the file's array (top level or under one of <paramref name="properties"/>), noting damage.</summary>
    public static List<JsonElement> Items(ArchiveEntry entry, ImportOptions options, ImportLog log, params string[] properties)
    {
        var result = JsonItems.Collect(entry.ReadAll(options.MaxDocumentBytes), properties);
        if (result.ErrorMessage is not null)
            log.Error(entry.Path, result.ErrorPosition,
                $"the JSON is malformed or cut short ({result.ErrorMessage}); the {result.Items.Count:N0} items before it were read.");
        return result.Items;
    }

    /// <summary>A photo or video entry (<c>media[]</c> or <c>attachments[].data[].media</c>) with its EXIF kept.</summary>
    public static MediaItem Media(JsonElement media)
    {
        var uri = media.Text("uri");
        var ext = Path.GetExtension(uri ?? "").ToLowerInvariant();
        var metadata = media.Prop("media_metadata");
        var isVideo = metadata.Prop("video_metadata") is not null || ext is ".mp4" or ".mov" or ".webm";
        var exif = metadata.Prop("photo_metadata").Prop("exif_data").Items()
            .Concat(metadata.Prop("video_metadata").Prop("exif_data").Items()).ToArray();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        double? lat = null, lon = null;
        foreach (var block in exif.Where(b => b.ValueKind == JsonValueKind.Object))
        {
            foreach (var p in block.EnumerateObject())
            {
                if (p.Name == "latitude") lat = ((JsonElement?)p.Value).Double();
                else if (p.Name == "longitude") lon = ((JsonElement?)p.Value).Double();
                else if (p.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
                    values[p.Name] = Mojibake.Repair(p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.GetRawText());
            }
        }
        return new MediaItem(isVideo ? "video" : "photo", uri, media.Text("description"))
        {
            Metadata = values,
            // NOTE: 0,0 is what some exports write for "no location".
            Location = lat is { } la && lon is { } lo && !(la == 0 && lo == 0) ? new GeoPoint(la, lo) : null,
        };
    }

    public static string Synthetic(string file, int index) => string.Create(CultureInfo.InvariantCulture, $"{file}#{index}");
}
