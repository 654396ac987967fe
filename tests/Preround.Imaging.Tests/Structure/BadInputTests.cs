using System.Buffers.Binary;
using System.Text;

namespace Preround.Imaging.Tests;

public sealed class BadInputTests
{
    private static readonly ImageChecker MetadataOnly = new(new ImageCheckOptions { ReadText = false });

    [Fact]
    public void TruncatedJpeg_IsRefusedWithWhereItEnds()
    {
        var whole = Fixture.Bytes("wristband.jpg");
        var cut = whole[..(whole.Length / 2)];

        var report = MetadataOnly.CheckBytes("cut.jpg", cut);

        Assert.NotNull(report.Error);
        Assert.Contains("cut.jpg", report.Error);
        Assert.Contains("cut short", report.Error);
        Assert.Empty(report.Findings);
    }

    [Fact]
    public void JpegCutInsideItsHeaders_IsRefused()
    {
        var cut = Fixture.Bytes("wristband.jpg")[..300];

        var e = Assert.Throws<InvalidImageException>(() => LoadedImage.FromBytes("x.jpg", cut, ImageLimits.Default));

        Assert.Contains("cut short", e.Message);
        Assert.Contains("at byte", e.Message);
    }

    [Fact]
    public void PngDeclaringAHugeSize_IsRefusedBeforeAnyDecoding()
    {
        var png = PngWithSize(200_000, 200_000);

        var report = MetadataOnly.CheckBytes("huge.png", png);

        Assert.NotNull(report.Error);
        Assert.Contains("200000x200000", report.Error);
        Assert.Contains("megapixels", report.Error);
    }

    [Fact]
    public void PngWithABadChunkCrc_IsRefusedNamingTheChunk()
    {
        var png = Fixture.Bytes("whiteboard.png");
        png[33 + 8] ^= 0xFF; // first byte of the second chunk's data

        var e = Assert.Throws<InvalidImageException>(() => LoadedImage.FromBytes("w.png", png, ImageLimits.Default));

        Assert.Contains("CRC", e.Message);
        Assert.Contains("at byte 33", e.Message);
    }

    [Fact]
    public void TruncatedPng_IsRefused()
    {
        var whole = Fixture.Bytes("portal.png");

        var report = MetadataOnly.CheckBytes("portal.png", whole[..(whole.Length - 100)]);

        Assert.Contains("cut short", report.Error);
    }

    [Fact]
    public void TextFile_IsNotAPicture()
    {
        var report = MetadataOnly.CheckBytes("notes.jpg", Encoding.UTF8.GetBytes("Pt in bed 4, MRN 1234567 — not a picture"));

        Assert.Contains("not a picture", report.Error);
    }

    [Fact]
    public void MissingFile_IsAClearError()
    {
        var report = MetadataOnly.CheckFile("/nonexistent/photo.jpg");

        Assert.Contains("no such file", report.Error);
    }

    [Fact]
    public void FileOverTheSizeLimit_IsRefusedWithoutReadingIt()
    {
        using var dir = Fixture.TempDir();
        var path = dir.File("big.jpg");
        using (var f = File.Create(path)) f.SetLength(2 * 1024 * 1024);
        var checker = new ImageChecker(new ImageCheckOptions { ReadText = false, Limits = new ImageLimits { MaxFileBytes = 1024 * 1024 } });

        var report = checker.CheckFile(path);

        Assert.Contains("limit of 1 MB", report.Error);
    }

    [Fact]
    public void OneBadPicture_DoesNotStopTheOthers()
    {
        var result = MetadataOnly.Check([Fixture.Path("wristband.jpg"), "/nonexistent/photo.jpg"]);

        Assert.Single(result.Errors);
        Assert.Contains(result.Findings, f => f.RuleId == ImageRuleIds.GpsPosition);
    }

    /// <summary>A structurally valid PNG (correct CRCs) whose header claims the given size over a tiny IDAT.</summary>
    internal static byte[] PngWithSize(uint width, uint height)
    {
        using var ms = new MemoryStream();
        ms.Write(PngStructure.Signature);
        var ihdr = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteUInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; ihdr[9] = 0;
        PngChunk.Write(ms, "IHDR", ihdr);
        PngChunk.Write(ms, "IDAT", [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]);
        PngChunk.Write(ms, "IEND", []);
        return ms.ToArray();
    }
}
