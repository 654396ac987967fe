namespace Preround.Imaging;

/// <summary>Bounds that keep a hostile or broken file from costing unbounded memory or time.</summary>
public sealed record ImageLimits
{
    /// <summary>Largest file read, in bytes (phone photos are 2-12 MB; RAW-sized HEIC stays under this).</summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Largest picture accepted, in pixels (a 108-megapixel phone sensor still fits).</summary>
    public long MaxPixels { get; init; } = 120_000_000;

    /// <summary>How long one OCR run (including downscaling) may take before it is stopped.</summary>
    public TimeSpan OcrTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Longest side handed to Tesseract; larger photos are downscaled first when ImageMagick is present.</summary>
    // NOTE: measured on a 12-megapixel photo: full size took 0.6 s and missed 90-point text entirely (Tesseract's
    // resolution guess goes wrong), 2000-2600 px found it in 0.2-0.4 s. See docs/imaging.md.
    public int OcrMaxSide { get; init; } = 2000;

    /// <summary>The defaults.</summary>
    public static ImageLimits Default { get; } = new();
}
