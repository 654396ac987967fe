namespace Preround.Imaging.Tests;

public sealed class StructureTests
{
    [Theory]
    [InlineData("wristband.jpg", ImageFormat.Jpeg, 1000, 320)]
    [InlineData("monitor.jpg", ImageFormat.Jpeg, 1000, 600)]
    [InlineData("rotated.jpg", ImageFormat.Jpeg, 260, 700)]
    [InlineData("whiteboard.png", ImageFormat.Png, 1100, 720)]
    [InlineData("portal.png", ImageFormat.Png, 750, 1100)]
    public void Fixtures_ParseWithTheirStoredSize(string name, ImageFormat format, int width, int height)
    {
        var image = LoadedImage.FromFile(Fixture.Path(name), ImageLimits.Default);

        Assert.Equal(format, image.Format);
        Assert.Equal(width, image.Width);
        Assert.Equal(height, image.Height);
    }

    [Fact]
    public void Jpeg_SegmentsCoverTheFileFromStartToEnd()
    {
        var bytes = Fixture.Bytes("wristband.jpg");
        var jpeg = JpegStructure.Parse(bytes, ImageLimits.Default);

        Assert.Equal(0, jpeg.Segments[0].Offset);
        Assert.Equal(JpegSegment.Eoi, jpeg.Segments[^1].Marker);
        Assert.Equal(bytes.Length, jpeg.Segments[^1].Offset + jpeg.Segments[^1].Length + jpeg.TrailingBytes);
        Assert.Contains(jpeg.Segments, s => s.Marker == JpegSegment.App1);
        Assert.Contains(jpeg.Segments, s => s.IsScanData);
    }

    [Fact]
    public void Format_IsRecognisedByContentNotName()
    {
        Assert.Equal(ImageFormat.Png, ImageFormatSniffer.Detect(Fixture.Bytes("portal.png")));
        Assert.Equal(ImageFormat.Jpeg, ImageFormatSniffer.Detect(Fixture.Bytes("monitor.jpg")));
        Assert.Equal(ImageFormat.WebP, ImageFormatSniffer.Detect("RIFF\0\0\0\0WEBPVP8 "u8));
        Assert.Equal(ImageFormat.Heif, ImageFormatSniffer.Detect("\0\0\0\u0018ftypheic\0\0\0\0"u8));
        Assert.Equal(ImageFormat.Unknown, ImageFormatSniffer.Detect("GIF89a"u8));
    }
}
