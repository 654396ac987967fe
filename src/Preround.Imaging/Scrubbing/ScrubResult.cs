namespace Preround.Imaging;

/// <summary>What a scrub removed and kept, and proof the copy was checked.</summary>
/// <param name="Removed">Human names of what was dropped (EXIF, XMP, IPTC, comment, PNG text...).</param>
/// <param name="Orientation">The EXIF orientation kept (1 = none needed).</param>
/// <param name="RemainingMetadata">Metadata blocks MetadataExtractor still finds in the copy (at most the orientation tag).</param>
public sealed record ScrubResult(
    ImageFormat Format,
    long BytesIn,
    long BytesOut,
    IReadOnlyList<string> Removed,
    int Orientation,
    IReadOnlyList<string> RemainingMetadata);
