namespace Preround.Imaging;

/// <summary>What OCR read from one picture, or why it did not run.</summary>
public sealed record OcrResult
{
    /// <summary>True when Tesseract ran to completion.</summary>
    public bool Ran { get; init; }

    /// <summary>Why OCR was skipped or failed, with what to install; null when it ran.</summary>
    public string? Notice { get; init; }

    /// <summary>Words kept (confidence at or above the threshold), boxes in displayed-picture pixels.</summary>
    public IReadOnlyList<OcrWord> Words { get; init; } = [];

    /// <summary>Width of the picture as displayed (orientation applied).</summary>
    public int DisplayWidth { get; init; }

    public int DisplayHeight { get; init; }

    /// <summary>Wall time for preparing and reading the picture.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>True when the picture was downscaled or re-oriented by ImageMagick before Tesseract read it.</summary>
    public bool Prepared { get; init; }

    public static OcrResult Skipped(string notice) => new() { Notice = notice };
}
