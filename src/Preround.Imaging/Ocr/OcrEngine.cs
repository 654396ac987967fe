using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Preround.Imaging;

/// <summary>Reads text and word boxes from a picture with the local Tesseract, downscaling with ImageMagick when present.</summary>
internal sealed class OcrEngine
{
    /// <summary>What to tell the user when Tesseract is missing.</summary>
    public const string InstallHint = "install it with: sudo apt-get install tesseract-ocr tesseract-ocr-eng (macOS: brew install tesseract)";

    private static readonly Dictionary<string, string> TesseractEnvironment = new()
    {
        // NOTE: Tesseract's OpenMP threads fight over 2 cores and make it slower, not faster.
        ["OMP_THREAD_LIMIT"] = "1",
    };

    private readonly string? _tesseract;
    private readonly string? _magick;
    private readonly ImageLimits _limits;
    private readonly ImageCheckOptions _options;

    public OcrEngine(ImageCheckOptions options)
    {
        _options = options;
        _limits = options.Limits;
        _tesseract = ToolLocator.Tesseract(options.TesseractPath, out var problem);
        _magick = options.UseImageMagick ? ToolLocator.ImageMagick(options.ImageMagickPath) : null;
        if (_tesseract is null)
            UnavailableNotice = $"text-in-image checks skipped: {problem}; {InstallHint}. Metadata checks still ran.";
    }

    /// <summary>Set when OCR cannot run at all on this machine.</summary>
    public string? UnavailableNotice { get; }

    public bool HasImageMagick => _magick is not null;

    public OcrResult Read(LoadedImage image, int orientation)
    {
        bool swapped = orientation is >= 5 and <= 8;
        int displayW = swapped ? image.Height : image.Width, displayH = swapped ? image.Width : image.Height;
        if (UnavailableNotice is not null) return OcrResult.Skipped(UnavailableNotice) with { DisplayWidth = displayW, DisplayHeight = displayH };

        var clock = Stopwatch.StartNew();
        bool tooLarge = Math.Max(image.Width, image.Height) > _limits.OcrMaxSide;
        bool needsMagick = image.Format == ImageFormat.Heif || orientation != 1 || tooLarge || image.Width == 0;
        byte[] input = image.Bytes;
        double scale = 1;
        bool prepared = false;
        if (needsMagick && _magick is not null)
        {
            var pgm = Prepare(image, out int pw, out int ph);
            if (displayW == 0) (displayW, displayH) = (pw, ph);
            scale = pw > 0 ? (double)displayW / pw : 1;
            input = pgm;
            prepared = true;
        }
        else if (image.Format == ImageFormat.Heif)
        {
            return OcrResult.Skipped("text-in-image checks skipped for this HEIC picture: reading HEIC needs ImageMagick (sudo apt-get install imagemagick libheif1)");
        }

        var remaining = _limits.OcrTimeout - clock.Elapsed;
        if (remaining <= TimeSpan.Zero) throw new TimeoutException($"reading text in {image.Name} took longer than {_limits.OcrTimeout.TotalSeconds:0} s");
        string[] args = ["stdin", "stdout", "--psm", _options.PageSegmentation.ToString(CultureInfo.InvariantCulture), "-l", "eng", "tsv"];
        var output = ToolProcess.Run(_tesseract!, args, input, remaining, TesseractEnvironment);
        if (output.ExitCode != 0)
            throw new InvalidImageException($"{image.Name}: Tesseract could not read the picture ({FirstLine(output.Stderr)})");
        var words = TsvParser.Parse(Encoding.UTF8.GetString(output.Stdout), _options.MinWordConfidence, scale);
        string? notice = null;
        if (!prepared && orientation != 1)
            notice = "the picture is rotated by its EXIF orientation and ImageMagick is not installed, so its text may have been read sideways (sudo apt-get install imagemagick)";
        return new OcrResult
        {
            Ran = true,
            Words = words,
            DisplayWidth = displayW,
            DisplayHeight = displayH,
            Elapsed = clock.Elapsed,
            Prepared = prepared,
            Notice = notice,
        };
    }

    /// <summary>Orients, downscales and greys the picture to a PGM Tesseract reads quickly.</summary>
    private byte[] Prepare(LoadedImage image, out int width, out int height)
    {
        var coder = image.Format.MagickCoder()!;
        int side = _limits.OcrMaxSide;
        var args = new List<string>
        {
            // NOTE: resource limits bound ImageMagick's memory and time whatever the file claims.
            "-limit", "memory", "256MiB", "-limit", "map", "512MiB", "-limit", "disk", "1GiB",
            "-limit", "area", "128MP", "-limit", "time", ((int)_limits.OcrTimeout.TotalSeconds).ToString(CultureInfo.InvariantCulture),
        };
        // NOTE: jpeg:size lets libjpeg decode at 1/2, 1/4 or 1/8 scale directly: a 12-megapixel photo decodes in a third of the time.
        if (image.Format == ImageFormat.Jpeg) args.AddRange(["-define", $"jpeg:size={side}x{side}"]);
        args.AddRange([$"{coder}:-", "-auto-orient", "-resize", $"{side}x{side}>", "-colorspace", "Gray", "-depth", "8", "pgm:-"]);
        var output = ToolProcess.Run(_magick!, args, image.Bytes, _limits.OcrTimeout);
        if (output.ExitCode != 0 || !TryReadPgmSize(output.Stdout, out width, out height))
            throw new InvalidImageException($"{image.Name}: ImageMagick could not decode the picture ({FirstLine(output.Stderr)})");
        return output.Stdout;
    }

    internal static bool TryReadPgmSize(byte[] pgm, out int width, out int height)
    {
        width = height = 0;
        if (pgm.Length < 8 || pgm[0] != 'P' || pgm[1] != '5') return false;
        var header = Encoding.ASCII.GetString(pgm, 0, Math.Min(64, pgm.Length)).Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return header.Length >= 3 && int.TryParse(header[1], out width) && int.TryParse(header[2], out height);
    }

    private static string FirstLine(string s)
    {
        var line = s.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "no message";
        return line.Length > 200 ? line[..200] : line;
    }
}
