using Preround.Core.Domain;

namespace Preround.Imaging;

/// <summary>Everything found about one picture.</summary>
/// <param name="Error">Why the picture could not be checked (damaged, not a picture, too large); null when it was.</param>
public sealed record ImageReport(
    string Image,
    ImageFormat Format,
    int Width,
    int Height,
    ImageMetadata? Metadata,
    OcrResult? Ocr,
    IReadOnlyList<ImageFinding> Findings,
    IReadOnlyList<string> Notices,
    string? Error)
{
    /// <summary>The OCR text as one string, or empty.</summary>
    public string OcrText => Ocr is { Ran: true } o ? ImageText.FromWords(o.Words).Text : "";

    public static ImageReport Failed(string image, string error) => new(image, ImageFormat.Unknown, 0, 0, null, null, [], [], error);
}

/// <summary>The pictures attached to one post, checked together.</summary>
public sealed record ImageCheckResult(IReadOnlyList<ImageReport> Reports)
{
    /// <summary>Every finding from every picture, worst first.</summary>
    public IReadOnlyList<ImageFinding> Findings { get; } =
        Reports.SelectMany(r => r.Findings).OrderByDescending(f => f.Severity).ToList();

    /// <summary>Distinct notices (skipped checks and how to enable them).</summary>
    public IReadOnlyList<string> Notices { get; } = Reports.SelectMany(r => r.Notices).Distinct().ToList();

    /// <summary>Pictures that could not be checked, with why.</summary>
    public IReadOnlyList<string> Errors { get; } = Reports.Where(r => r.Error is not null).Select(r => r.Error!).ToList();

    /// <summary>The caption's result with the pictures' findings added: one verdict for the whole post.</summary>
    public CheckResult MergeInto(CheckResult caption)
    {
        int end = caption.Draft.Text.Length;
        return new CheckResult(caption.Draft, [.. caption.Findings, .. Findings.Select(f => f.ToFinding(end))]) { FailedRules = caption.FailedRules };
    }
}
