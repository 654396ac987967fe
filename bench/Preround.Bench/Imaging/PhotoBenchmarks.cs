using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Preround.Core.Domain;
using Preround.Imaging;
using Preround.Rules;

namespace Preround.Bench.Imaging;

/// <summary>
/// A 12-megapixel phone-sized photo (4000x3000, textured, with burnt-in MRN/DOB/monitor text and full EXIF incl. GPS)
/// checked end to end: read, structure, metadata, downscale with ImageMagick, Tesseract OCR, recognisers and the caption
/// checker on the text. Goal: ≤ 3 s. Needs ImageMagick, exiftool and Tesseract (the CI packages).
/// Run: dotnet run -c Release --project bench/Preround.Bench -- --filter '*PhotoBenchmarks*'
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class PhotoBenchmarks
{
    private string _dir = "";
    private string _photo = "";
    private ImageChecker _full = null!;
    private ImageChecker _metadataOnly = null!;
    private Draft _caption = null!;

    [GlobalSetup]
    public void Setup()
    {
        _dir = Directory.CreateTempSubdirectory("preround-bench-photo-").FullName;
        _photo = Path.Combine(_dir, "photo12mp.jpg");
        // NOTE: plasma + noise gives Tesseract the texture of a real photo; a flat background would flatter the figure.
        Run("convert", "-size", "4000x3000", "-seed", "7", "plasma:fractal", "-blur", "0x1", "-attenuate", "0.5", "+noise", "Gaussian",
            "-font", "DejaVu-Sans-Bold", "-pointsize", "110", "-fill", "white", "-undercolor", "#000000a0",
            "-annotate", "+400+600", "MRN: 00482913", "-annotate", "+400+800", "DOB: 03/14/1957",
            "-pointsize", "90", "-annotate", "+2400+2500", "HR 88  SpO2 97%", "-quality", "90", _photo);
        Run("exiftool", "-q", "-overwrite_original", "-GPSLatitude=42.3362", "-GPSLatitudeRef=N", "-GPSLongitude=71.1066",
            "-GPSLongitudeRef=W", "-DateTimeOriginal=2026:11:22 08:15:00", "-Make=Apple", "-Model=iPhone 15", _photo);
        var analyzer = BuiltInRules.CreateAnalyzer();
        var options = new ImageCheckOptions { Workplace = new Workplace(new GeoPoint(42.3362, -71.1066)) };
        _full = new ImageChecker(options, analyzer.Check);
        _metadataOnly = new ImageChecker(options with { ReadText = false });
        _caption = Draft.Of("Another long night on the unit", AuthorRole.Nurse);
        var check = _full.CheckFile(_photo, _caption);
        if (check.Error is not null || check.Ocr is not { Ran: true }) throw new InvalidOperationException($"setup: {check.Error ?? check.Ocr?.Notice}");
        Console.WriteLine($"// photo: {new FileInfo(_photo).Length:N0} bytes; OCR read: {check.OcrText.Replace('\n', ' ')}");
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_dir, recursive: true);

    [Benchmark]
    public ImageReport EndToEnd12Megapixel() => _full.CheckFile(_photo, _caption);

    [Benchmark]
    public ImageReport MetadataOnly12Megapixel() => _metadataOnly.CheckFile(_photo, _caption);

    [Benchmark]
    public int Scrub12Megapixel()
    {
        var output = Path.Combine(_dir, "clean.jpg");
        return (int)ImageScrubber.ScrubFile(_photo, output, overwrite: true).BytesOut;
    }

    private static void Run(string tool, params string[] args)
    {
        var psi = new ProcessStartInfo(tool) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"cannot start {tool}");
        var err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"{tool} failed ({err.Trim()}); install imagemagick and libimage-exiftool-perl");
    }
}
