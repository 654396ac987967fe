namespace Preround.Imaging;

/// <summary>How pictures are checked: where the user works, when they post, and which local tools to use.</summary>
public sealed record ImageCheckOptions
{
    /// <summary>The place the user marked as their workplace; GPS positions within its radius are flagged.</summary>
    public Workplace? Workplace { get; init; }

    /// <summary>The day the post goes out, in the user's local time; null means today.</summary>
    public DateOnly? PostingDate { get; init; }

    /// <summary>Read text in the picture with Tesseract (skipped with a notice when it is not installed).</summary>
    public bool ReadText { get; init; } = true;

    /// <summary>Path to the tesseract program; null looks it up on PATH.</summary>
    public string? TesseractPath { get; init; }

    /// <summary>Path to ImageMagick (<c>magick</c> or <c>convert</c>); null looks it up on PATH.</summary>
    public string? ImageMagickPath { get; init; }

    /// <summary>Use ImageMagick (when present) to orient and downscale large pictures before OCR.</summary>
    public bool UseImageMagick { get; init; } = true;

    /// <summary>Tesseract page segmentation mode; 11 (sparse text) suits photos of wristbands, monitors and signs.</summary>
    public int PageSegmentation { get; init; } = 11;

    /// <summary>OCR words below this confidence (0-100) are dropped: sparse mode reads texture as short junk words.</summary>
    public double MinWordConfidence { get; init; } = 55;

    public ImageLimits Limits { get; init; } = ImageLimits.Default;

    public static ImageCheckOptions Default { get; } = new();
}
