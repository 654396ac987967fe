namespace Preround.Imaging.Tests;

public sealed class MetadataReaderTests
{
    private static ImageMetadata Read(string name) => MetadataReader.Read(Fixture.Bytes(name), name);

    [Fact]
    public void Jpeg_GpsPositionIsRead()
    {
        var gps = Read("wristband.jpg").Gps;

        Assert.NotNull(gps);
        Assert.Equal(42.3601, gps.Value.Latitude, 4);
        Assert.Equal(-71.0589, gps.Value.Longitude, 4);
    }

    [Fact]
    public void Jpeg_CaptureTimeComesFromDateTimeOriginalWithItsOffset()
    {
        var captured = Read("wristband.jpg").Captured;

        Assert.NotNull(captured);
        Assert.Equal(new DateTime(2026, 11, 20, 8, 15, 0), captured.Local);
        Assert.Equal(TimeSpan.FromHours(-5), captured.Offset);
        Assert.Equal("EXIF DateTimeOriginal", captured.Field);
    }

    [Fact]
    public void Jpeg_CameraSerialAndSoftwareAreRead()
    {
        var m = Read("wristband.jpg");

        Assert.Equal("Apple iPhone 15 Pro", m.Device);
        Assert.Equal("F2LXK0TEST", m.SerialNumber);
        Assert.Equal("Adobe Lightroom 9.0", m.Software);
    }

    [Fact]
    public void Jpeg_TitlesCommentsAndNamesFromExifXmpIptcAndComIreRead()
    {
        var texts = Read("wristband.jpg").Texts;

        Assert.Contains(texts, t => t.Field == "EXIF ImageDescription" && t.Text == "Bed 12 Jane Doe wristband");
        Assert.Contains(texts, t => t.Field == "EXIF Artist" && t.Kind == EmbeddedTextKind.Person && t.Text == "Sam Example");
        Assert.Contains(texts, t => t.Field == "XMP dc:title" && t.Text == "Night shift 7B");
        Assert.Contains(texts, t => t.Field == "IPTC Caption" && t.Text == "ward 7B");
        Assert.Contains(texts, t => t.Field == "JPEG comment" && t.Text == "taken on 7B");
    }

    [Fact]
    public void Png_TextChunksExifAndGpsAreRead()
    {
        var m = Read("whiteboard.png");

        Assert.NotNull(m.Gps);
        Assert.Equal(42.3362, m.Gps.Value.Latitude, 4);
        Assert.Equal(new DateTime(2026, 11, 21, 19, 5, 0), m.Captured?.Local);
        Assert.Contains(m.Texts, t => t.Text == "Jane Doe room whiteboard");
        Assert.Contains("PNG text", m.Blocks);
    }

    [Fact]
    public void Orientation_IsRead()
    {
        Assert.Equal(6, Read("rotated.jpg").Orientation);
        Assert.Equal(1, Read("monitor.jpg").Orientation);
    }

    [Fact]
    public void StrippedPicture_HasNothing()
    {
        var m = Read("landscape.jpg");

        Assert.Null(m.Gps);
        Assert.Null(m.Captured);
        Assert.Null(m.Device);
        Assert.Null(m.Software);
        Assert.Empty(m.Texts);
    }
}
