using System.Globalization;
using Preround.Archives.Model;
using Preround.Core.Domain;

namespace Preround.Audit;

/// <summary>
/// Findings the text checker cannot make because they live in the archive's metadata: a geotagged post, a photo whose
/// EXIF carries GPS coordinates or a device id.
/// </summary>
public static class MetadataFindings
{
    /// <summary>Rule id for a post or photo that carries a location.</summary>
    public const string LocationRuleId = "AU1001";

    /// <summary>Rule id for a photo that carries camera, device or editing metadata.</summary>
    public const string PhotoMetadataRuleId = "AU1002";

    private static readonly string[] IdentifyingExif = ["device_id", "camera_make", "camera_model", "lens_model", "date_time_original", "software", "upload_ip"];

    public static IEnumerable<Finding> For(ImportedPost post)
    {
        var located = post.Location is { } l ? l : post.Media.Select(m => m.Location).FirstOrDefault(x => x is not null);
        if (located is { } point)
        {
            var where = post.PlaceName is { } place ? $"{place} ({point})" : point.ToString();
            yield return new Finding(LocationRuleId, RuleCategories.Privacy, Severity.Warn, 1.0, new TextSpan(0, 0), "",
                string.Create(CultureInfo.InvariantCulture, $"This post carries a location: {where}."),
                "Coordinates on posts and photos show where you work, live or treat patients; anyone can read them from the platform or an archive copy.",
                "Remove the location from the post or photo, or delete it; check that your camera app does not add GPS by default.")
            { HelpUri = "docs/rules/AU1001.md" };
        }
        var identifying = post.Media.SelectMany(m => m.Metadata.Keys).Where(k => IdentifyingExif.Contains(k)).Distinct().ToArray();
        if (identifying.Length > 0)
        {
            yield return new Finding(PhotoMetadataRuleId, RuleCategories.Privacy, Severity.Info, 0.8, new TextSpan(0, 0), "",
                $"The photo kept camera metadata ({string.Join(", ", identifying)}).",
                "Device ids and original capture times can link a photo to you, your phone and a date, even when the caption says nothing.",
                "Strip metadata before posting (most phones offer it in the share sheet).")
            { HelpUri = "docs/rules/AU1002.md" };
        }
    }
}
