namespace Preround.Imaging.Tests;

/// <summary>WebP and HEIC: metadata read, WebP scrubbed, HEIC read through ImageMagick.</summary>
public sealed class OtherFormatsTests
{
    private static readonly ImageChecker MetadataOnly = new(new ImageCheckOptions { ReadText = false });

    [Theory]
    [InlineData("wristband.webp", ImageFormat.WebP)]
    [InlineData("wristband.heic", ImageFormat.Heif)]
    public void Metadata_GpsTimeAndSizeAreRead(string fixture, ImageFormat format)
    {
        var report = MetadataOnly.CheckFile(Fixture.Path(fixture));

        Assert.Null(report.Error);
        Assert.Equal(format, report.Format);
        Assert.Equal((1000, 320), (report.Width, report.Height));
        Assert.Equal(42.3601, report.Metadata!.Gps!.Value.Latitude, 4);
        Assert.Equal(new DateTime(2026, 11, 20, 8, 15, 0), report.Metadata.Captured?.Local);
        Assert.Contains(report.Findings, f => f.RuleId == ImageRuleIds.GpsPosition);
    }

    [Fact]
    public void WebP_ScrubbedCopyHasNoExifOrXmpAndKeepsItsImage()
    {
        using var dir = Fixture.TempDir();
        var output = dir.File("clean.webp");

        var result = ImageScrubber.ScrubFile(Fixture.Path("wristband.webp"), output);

        Assert.Contains("EXIF (WebP chunk)", result.Removed);
        Assert.Contains("XMP (WebP chunk)", result.Removed);
        var copy = LoadedImage.FromFile(output, ImageLimits.Default);
        Assert.DoesNotContain(copy.Webp!.Chunks, c => c.FourCc is "EXIF" or "XMP ");
        var vp8x = copy.Webp.Chunks.Single(c => c.FourCc == "VP8X");
        Assert.Equal(0, copy.Bytes[vp8x.Offset + 8] & 0x0C);
        var after = MetadataReader.Read(copy.Bytes, output);
        Assert.Null(after.Gps);
        Assert.Null(after.Captured);
        Assert.Empty(after.Texts);
        Assert.Equal((1000, 320), (after.Width, after.Height));
    }

    [Fact]
    public void WebP_CutShortIsRefused()
    {
        var bytes = Fixture.Bytes("wristband.webp");

        var report = MetadataOnly.CheckBytes("cut.webp", bytes[..(bytes.Length - 200)]);

        Assert.Contains("cut short", report.Error);
    }

    [Fact]
    public void Heic_ScrubIsRefusedWithWhatToDoInstead()
    {
        using var dir = Fixture.TempDir();

        var e = Assert.Throws<InvalidImageException>(() => ImageScrubber.ScrubFile(Fixture.Path("wristband.heic"), dir.File("out.heic")));

        Assert.Contains("save the Heif picture as JPEG first", e.Message);
        Assert.Empty(Directory.GetFiles(dir.Root));
    }

    [RequiresImageMagickFact]
    public void WebP_ScrubbedCopyDecodesToTheSamePixels()
    {
        using var dir = Fixture.TempDir();
        var output = dir.File("clean.webp");
        ImageScrubber.ScrubFile(Fixture.Path("wristband.webp"), output);
        var magick = ToolLocator.ImageMagick(null)!;

        string Signature(string path)
        {
            var run = ToolProcess.Run(magick, [$"webp:{path}", "-format", "%#", "info:"], null, TimeSpan.FromSeconds(30));
            Assert.True(run.ExitCode == 0, run.Stderr);
            return System.Text.Encoding.ASCII.GetString(run.Stdout);
        }
        Assert.Equal(Signature(Fixture.Path("wristband.webp")), Signature(output));
    }

    [RequiresTesseractAndImageMagickFact]
    public void Heic_TextIsReadThroughImageMagick()
    {
        var report = new ImageChecker().CheckFile(Fixture.Path("wristband.heic"));

        Assert.True(report.Ocr!.Ran, report.Ocr.Notice);
        Assert.Contains(report.Findings, f => f.RuleId == ImageRuleIds.PatientIdentifierInImage && f.Quote.Contains("00482913", StringComparison.Ordinal));
    }
}
