namespace Preround.Imaging;

/// <summary>What kind of embedded text a metadata field holds.</summary>
public enum EmbeddedTextKind
{
    Title, Description, Comment, Keywords, Person, Place,
}

/// <summary>Free text stored in the file (EXIF, XMP, IPTC, PNG text chunks, JPEG comments) that travels with it.</summary>
/// <param name="Field">Where it sits, e.g. <c>EXIF ImageDescription</c> or <c>XMP dc:title</c>.</param>
public sealed record EmbeddedText(string Field, EmbeddedTextKind Kind, string Text);

/// <summary>The capture time as the camera recorded it.</summary>
/// <param name="Local">Wall-clock time where the photo was taken (EXIF stores no zone unless <paramref name="Offset"/> is set).</param>
/// <param name="Offset">The UTC offset when the file records one.</param>
/// <param name="Field">Which field it came from.</param>
public sealed record CaptureTime(DateTime Local, TimeSpan? Offset, string Field);

/// <summary>Everything in a picture's metadata that can say who, where, when or with what.</summary>
public sealed record ImageMetadata
{
    /// <summary>GPS position, when stored.</summary>
    public GeoPoint? Gps { get; init; }

    public CaptureTime? Captured { get; init; }

    public string? CameraMake { get; init; }

    public string? CameraModel { get; init; }

    public string? LensModel { get; init; }

    /// <summary>The camera body serial number: ties every photo to one device.</summary>
    public string? SerialNumber { get; init; }

    /// <summary>Editing or producing software (EXIF Software, XMP CreatorTool, PNG Software).</summary>
    public string? Software { get; init; }

    /// <summary>Titles, descriptions, comments, keywords, names and place names.</summary>
    public IReadOnlyList<EmbeddedText> Texts { get; init; } = [];

    /// <summary>EXIF orientation 1-8 (1 = as stored).</summary>
    public int Orientation { get; init; } = 1;

    /// <summary>Size from the metadata (used for formats whose structure Preround does not walk itself).</summary>
    public int Width { get; init; }

    public int Height { get; init; }

    /// <summary>Names of the metadata blocks present (EXIF, GPS, XMP, IPTC, comment, PNG text, ICC...).</summary>
    public IReadOnlyList<string> Blocks { get; init; } = [];

    /// <summary>A one-word camera description such as "Apple iPhone 15".</summary>
    public string? Device => (CameraMake, CameraModel) switch
    {
        (null, null) => null,
        (null, var m) => m,
        (var mk, null) => mk,
        (var mk, var m) => m!.StartsWith(mk!, StringComparison.OrdinalIgnoreCase) ? m : $"{mk} {m}",
    };
}
