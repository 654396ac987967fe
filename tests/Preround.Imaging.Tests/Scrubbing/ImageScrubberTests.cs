using System.Diagnostics;
using System.Security.Cryptography;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;

namespace Preround.Imaging.Tests;

public sealed class ImageScrubberTests
{
    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    private static (ScrubResult Result, string Output) Scrub(TempDir dir, string fixture)
    {
        var input = dir.File(fixture);
        File.Copy(Fixture.Path(fixture), input);
        var output = dir.File("clean-" + fixture);
        return (ImageScrubber.ScrubFile(input, output), output);
    }

    [Theory]
    [InlineData("wristband.jpg")]
    [InlineData("monitor.jpg")]
    [InlineData("whiteboard.png")]
    [InlineData("portal.png")]
    public void ScrubbedCopy_CarriesNoMetadataAndKeepsItsSize(string fixture)
    {
        using var dir = Fixture.TempDir();
        var (result, output) = Scrub(dir, fixture);

        var after = MetadataReader.Read(File.ReadAllBytes(output), output);
        Assert.Null(after.Gps);
        Assert.Null(after.Captured);
        Assert.Null(after.Device);
        Assert.Null(after.Software);
        Assert.Empty(after.Texts);
        Assert.DoesNotContain(ImageMetadataReader.ReadMetadata(output), d => d is ExifSubIfdDirectory or GpsDirectory);
        var original = LoadedImage.FromFile(Fixture.Path(fixture), ImageLimits.Default);
        var copy = LoadedImage.FromFile(output, ImageLimits.Default);
        Assert.Equal((original.Width, original.Height), (copy.Width, copy.Height));
        Assert.NotEmpty(result.Removed);
        Assert.True(result.BytesOut < result.BytesIn);
    }

    [Fact]
    public void Jpeg_ImageDataIsCopiedByteForByte()
    {
        using var dir = Fixture.TempDir();
        var (_, output) = Scrub(dir, "wristband.jpg");

        static byte[] ScanData(string path)
        {
            var bytes = File.ReadAllBytes(path);
            var jpeg = JpegStructure.Parse(bytes, ImageLimits.Default);
            return jpeg.Segments.Where(s => s.IsScanData || s.Marker is 0xC4 or 0xDB or 0xC0 or 0xDA)
                .SelectMany(s => bytes.AsSpan(s.Offset, s.Length).ToArray()).ToArray();
        }
        Assert.Equal(ScanData(Fixture.Path("wristband.jpg")), ScanData(output));
    }

    [Fact]
    public void Jpeg_ReportsWhatWasRemoved()
    {
        using var dir = Fixture.TempDir();
        var (result, _) = Scrub(dir, "wristband.jpg");

        Assert.Contains("EXIF (APP1)", result.Removed);
        Assert.Contains("XMP (APP1)", result.Removed);
        Assert.Contains("IPTC/Photoshop (APP13)", result.Removed);
        Assert.Contains("JPEG comment", result.Removed);
    }

    [Fact]
    public void Png_TextTimeAndExifChunksAreDropped()
    {
        using var dir = Fixture.TempDir();
        var (result, output) = Scrub(dir, "whiteboard.png");

        var png = PngStructure.Parse(File.ReadAllBytes(output), ImageLimits.Default);
        Assert.DoesNotContain(png.Chunks, c => c.Type is "tEXt" or "iTXt" or "zTXt" or "eXIf" or "tIME");
        Assert.Contains(png.Chunks, c => c.Type == "IDAT");
        Assert.Contains("PNG modification time (tIME)", result.Removed);
    }

    [Fact]
    public void Orientation_IsKeptAsTheOnlyTag()
    {
        using var dir = Fixture.TempDir();
        var (result, output) = Scrub(dir, "rotated.jpg");

        Assert.Equal(6, result.Orientation);
        var dirs = ImageMetadataReader.ReadMetadata(output);
        var ifd0 = Assert.Single(dirs.OfType<ExifIfd0Directory>());
        var tag = Assert.Single(ifd0.Tags);
        Assert.Equal(ExifDirectoryBase.TagOrientation, tag.Type);
        Assert.Equal(6, ifd0.GetInt32(ExifDirectoryBase.TagOrientation));
        Assert.Null(MetadataReader.Read(File.ReadAllBytes(output), output).Gps);
    }

    [Fact]
    public void Original_IsNeverModified()
    {
        using var dir = Fixture.TempDir();
        var input = dir.File("w.jpg");
        File.Copy(Fixture.Path("wristband.jpg"), input);
        var before = Hash(input);
        var stamp = File.GetLastWriteTimeUtc(input);

        ImageScrubber.ScrubFile(input, dir.File("out.jpg"));

        Assert.Equal(before, Hash(input));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(input));
    }

    [Fact]
    public void OutputOverTheInput_IsRefused()
    {
        using var dir = Fixture.TempDir();
        var input = dir.File("w.jpg");
        File.Copy(Fixture.Path("wristband.jpg"), input);
        var before = Hash(input);

        var e = Assert.Throws<InvalidImageException>(() => ImageScrubber.ScrubFile(input, Path.Combine(dir.Root, ".", "w.jpg"), overwrite: true));

        Assert.Contains("replace the original", e.Message);
        Assert.Equal(before, Hash(input));
    }

    [Fact]
    public void ExistingOutput_IsKeptUnlessOverwriteIsAsked()
    {
        using var dir = Fixture.TempDir();
        var output = dir.File("out.jpg");
        File.WriteAllText(output, "keep me");

        Assert.Throws<IOException>(() => ImageScrubber.ScrubFile(Fixture.Path("monitor.jpg"), output));
        Assert.Equal("keep me", File.ReadAllText(output));

        ImageScrubber.ScrubFile(Fixture.Path("monitor.jpg"), output, overwrite: true);
        Assert.Equal(ImageFormat.Jpeg, ImageFormatSniffer.Detect(File.ReadAllBytes(output)));
    }

    [Fact]
    public void DamagedInput_WritesNothing()
    {
        using var dir = Fixture.TempDir();
        var input = dir.File("cut.jpg");
        var whole = Fixture.Bytes("wristband.jpg");
        File.WriteAllBytes(input, whole[..(whole.Length / 2)]);

        Assert.Throws<InvalidImageException>(() => ImageScrubber.ScrubFile(input, dir.File("out.jpg")));

        Assert.Equal([input], System.IO.Directory.GetFiles(dir.Root));
    }

    [RequiresImageMagickFact]
    public void ScrubbedCopies_DecodeWithImageMagickToTheSamePixels()
    {
        using var dir = Fixture.TempDir();
        var magick = ToolLocator.ImageMagick(null)!;
        foreach (var fixture in new[] { "wristband.jpg", "whiteboard.png", "rotated.jpg" })
        {
            var (_, output) = Scrub(dir, fixture);
            // "compare -metric AE" would need another tool; the pixel signature of the decoded image must match instead.
            string Signature(string path)
            {
                var run = ToolProcess.Run(magick, [path, "-format", "%#", "info:"], null, TimeSpan.FromSeconds(30));
                Assert.True(run.ExitCode == 0, run.Stderr);
                return System.Text.Encoding.ASCII.GetString(run.Stdout);
            }
            Assert.Equal(Signature(Fixture.Path(fixture)), Signature(output));
        }
    }
}
