using Preround.Core.Domain;

namespace Preround.Imaging;

/// <summary>
/// Checks the pictures attached to a post: metadata (where, when, with what), text in the picture (OCR, then the
/// identifier and layout recognisers and the caption's own privacy checker), and returns findings that join the caption's.
/// </summary>
/// <remarks>Thread-safe once built; tools are looked up once. Nothing leaves the machine: OCR runs the local Tesseract.</remarks>
public sealed class ImageChecker
{
    private static readonly IImageTextRecogniser[] Recognisers =
    [
        new PatientIdentifierRecogniser(), new MonitorReadoutRecogniser(), new ConversationScreenshotRecogniser(),
        new PatientPortalRecogniser(), new ClinicalSettingRecogniser(),
    ];

    private static readonly HashSet<string> ImageCategories = [RuleCategories.Privacy, RuleCategories.ClinicalPhoto];

    private readonly ImageCheckOptions _options;
    private readonly Func<Draft, CheckResult>? _textChecker;
    private readonly Lazy<OcrEngine> _ocr;

    /// <param name="options">Workplace, posting date, tools and limits.</param>
    /// <param name="textChecker">The caption checker (e.g. <c>analyzer.Check</c>), run on text found in pictures; its privacy
    /// and clinical-photo findings are kept. Null runs only the picture recognisers.</param>
    public ImageChecker(ImageCheckOptions? options = null, Func<Draft, CheckResult>? textChecker = null)
    {
        _options = options ?? ImageCheckOptions.Default;
        _textChecker = textChecker;
        _ocr = new Lazy<OcrEngine>(() => new OcrEngine(_options));
    }

    /// <summary>Checks each picture; a picture that cannot be read gets a report with <see cref="ImageReport.Error"/>.</summary>
    /// <param name="caption">The post's caption, whose author and platform apply to text found in the pictures.</param>
    public ImageCheckResult Check(IEnumerable<string> paths, Draft? caption = null) =>
        new(paths.Select(p => CheckFile(p, caption)).ToList());

    /// <summary>Checks one picture on disk. The file is only read.</summary>
    public ImageReport CheckFile(string path, Draft? caption = null)
    {
        try
        {
            return Check(LoadedImage.FromFile(path, _options.Limits), caption);
        }
        catch (InvalidImageException e)
        {
            return ImageReport.Failed(path, e.Message);
        }
    }

    /// <summary>Checks a picture already in memory (an upload). <paramref name="name"/> is used in messages only.</summary>
    public ImageReport CheckBytes(string name, byte[] bytes, Draft? caption = null)
    {
        try
        {
            return Check(LoadedImage.FromBytes(name, bytes, _options.Limits), caption);
        }
        catch (InvalidImageException e)
        {
            return ImageReport.Failed(name, e.Message);
        }
    }

    private ImageReport Check(LoadedImage image, Draft? caption)
    {
        var metadata = MetadataReader.Read(image.Bytes, image.Name);
        if (image.Width == 0 && metadata.Width > 0) image = image.WithSize(metadata.Width, metadata.Height, _options.Limits);
        var notices = new List<string>();
        var findings = MetadataRules.Check(image.Name, metadata, _options, ScrubHint(image.Name)).ToList();
        int metadataCount = findings.Count;

        foreach (var embedded in metadata.Texts)
            findings.AddRange(CheckText(image.Name, ImageText.FromMetadata(embedded), 0, 0, caption));

        OcrResult? ocr = null;
        if (_options.ReadText)
        {
            try
            {
                ocr = _ocr.Value.Read(image, metadata.Orientation);
            }
            catch (TimeoutException e)
            {
                ocr = OcrResult.Skipped($"text-in-image checks stopped for {image.Name}: {e.Message}");
            }
            if (ocr.Notice is not null) notices.Add(ocr.Notice);
            if (ocr.Ran && ocr.Words.Count > 0)
                findings.AddRange(CheckText(image.Name, ImageText.FromWords(ocr.Words), ocr.DisplayWidth, ocr.DisplayHeight, caption));
        }

        Escalate(findings, metadataCount, MetadataRules.TakenOnPostingDay(metadata, _options));
        return new ImageReport(image.Name, image.Format, image.Width, image.Height, metadata, ocr, findings, notices, null);
    }

    /// <summary>Runs the recognisers and the caption checker on text from the picture; spans become pixel boxes.</summary>
    private IEnumerable<ImageFinding> CheckText(string name, ImageText text, int width, int height, Draft? caption)
    {
        var found = new List<(TextSpan Span, ImageFinding Finding)>();
        foreach (var recogniser in Recognisers)
        {
            foreach (var hit in recogniser.Find(text.Text))
            {
                var location = Locate(text, hit.Spans, width, height);
                var where = text.HasBoxes ? "is readable in the picture" : $"is written in the file's metadata ({text.Source})";
                found.Add((hit.Spans[0], new ImageFinding(name, hit.Rule.Id, hit.Rule.Category, hit.Severity, hit.Confidence, location,
                    hit.Quote, hit.Message.Replace(TextHit.Where, where), hit.Rule.Rationale, hit.Suggestion) { HelpUri = hit.Rule.HelpUri }));
            }
        }
        if (_textChecker is not null && text.Text.Length <= Draft.MaxLength)
        {
            var draft = new Draft(text.Text, caption?.Author ?? AuthorProfile.Unknown, caption?.Platform ?? Platform.X, caption?.Context ?? DraftContext.Post);
            foreach (var f in _textChecker(draft).Findings)
            {
                // NOTE: only privacy and clinical-photo findings make sense for text in a picture (length or tone rules do not),
                // and a span the picture recognisers already reported is not reported twice.
                if (!ImageCategories.Contains(f.Category) || found.Any(x => x.Span.Overlaps(f.Span))) continue;
                var location = Locate(text, [f.Span], width, height);
                found.Add((f.Span, new ImageFinding(name, f.RuleId, f.Category, f.Severity, f.Confidence, location, f.Match,
                    $"in the picture's text: {f.Message}", f.Rationale, f.Suggestion) { HelpUri = f.HelpUri }));
            }
        }
        return found.Select(x => x.Finding);
    }

    private static ImageLocation Locate(ImageText text, IReadOnlyList<TextSpan> spans, int width, int height)
    {
        if (!text.HasBoxes) return ImageLocation.InMetadata(text.Source);
        PixelBox? box = null;
        foreach (var span in spans)
            if (text.Locate(span) is { } b) box = box is { } u ? u.Union(b) : b;
        return box is { } found ? ImageLocation.InPixels(found, width, height) : new ImageLocation(null, null, "somewhere in the picture");
    }

    /// <summary>Where and when matter far more once the picture shows patient content: GPS, workplace and same-day time become block.</summary>
    private static void Escalate(List<ImageFinding> findings, int metadataCount, bool takenOnPostingDay)
    {
        bool clinical = findings.Skip(metadataCount).Any(f => f.Severity >= Severity.Warn);
        if (!clinical) return;
        for (int i = 0; i < metadataCount; i++)
        {
            var f = findings[i];
            bool whereOrWhen = f.RuleId is ImageRuleIds.GpsPosition or ImageRuleIds.NearWorkplace
                || (f.RuleId == ImageRuleIds.CaptureTime && takenOnPostingDay);
            if (whereOrWhen)
                findings[i] = f with { Severity = Severity.Block, Message = f.Message + " With the patient content in this picture, it places or dates a patient encounter." };
        }
    }

    private static string ScrubHint(string name)
    {
        var ext = Path.GetExtension(name);
        var clean = Path.Combine(Path.GetDirectoryName(name) ?? "", Path.GetFileNameWithoutExtension(name) + ".clean" + (ext.Length > 0 ? ext : ".jpg"));
        return $"preround scrub-image \"{name}\" \"{clean}\"";
    }

    /// <summary>Notices about the tools on this machine (e.g. Tesseract missing), before any picture is checked.</summary>
    public IReadOnlyList<string> ToolNotices => _options.ReadText && _ocr.Value.UnavailableNotice is { } n ? [n] : [];
}
