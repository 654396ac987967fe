using Preround.Core.Domain;

namespace Preround.Imaging;

/// <summary>Where in a picture a finding is: a metadata field, or a box of pixels with its region name.</summary>
/// <param name="Field">The metadata field (e.g. <c>EXIF GPS</c>), or null for text read from the pixels.</param>
/// <param name="Box">The words' bounding box in the displayed picture, or null for metadata.</param>
/// <param name="Region">A 3x3-grid name such as <c>top-left</c>, or null for metadata.</param>
public sealed record ImageLocation(string? Field, PixelBox? Box, string? Region)
{
    public static ImageLocation InMetadata(string field) => new(field, null, null);

    public static ImageLocation InPixels(PixelBox box, int width, int height) => new(null, box, box.Region(width, height));

    /// <summary>"top-left (x 10-320, y 4-60)" or "metadata: EXIF GPS".</summary>
    public string Describe() => Box is { } b ? $"{Region} ({b})" : $"metadata: {Field}";
}

/// <summary>One problem found in a picture.</summary>
/// <param name="Image">The path or upload name of the picture.</param>
/// <param name="Quote">The text or value found (OCR words, metadata value).</param>
/// <param name="Message">Short, specific, quotes what was found; the location is added by <see cref="ToFinding"/>.</param>
public sealed record ImageFinding(
    string Image,
    string RuleId,
    string Category,
    Severity Severity,
    double Confidence,
    ImageLocation Location,
    string Quote,
    string Message,
    string Rationale,
    string? Suggestion)
{
    public string? HelpUri { get; init; }

    /// <summary>As a caption finding, so pictures and caption share one verdict.</summary>
    /// <remarks>
    /// NOTE: a picture has no place in the caption, so the span is empty and sits at the caption's end (where the
    /// attachment follows the text); the picture and the location within it are spelled out in the message.
    /// </remarks>
    public Finding ToFinding(int captionLength) =>
        new(RuleId, Category, Severity, Confidence, new TextSpan(captionLength, 0), "", $"[{Path.GetFileName(Image)}, {Location.Describe()}] {Message}", Rationale, Suggestion)
        {
            HelpUri = HelpUri,
        };
}
