namespace Preround.Imaging;

/// <summary>A TIFF/EXIF block holding only the orientation tag, so a scrubbed picture still displays upright.</summary>
// NOTE: re-encoding pixels to apply the orientation would lose quality and needs a codec; keeping one 26-byte tag does not.
internal static class MinimalExif
{
    /// <summary>Big-endian TIFF header, one IFD entry (0x0112 Orientation, SHORT, 1 value), no next IFD.</summary>
    public static byte[] Tiff(int orientation) =>
    [
        (byte)'M', (byte)'M', 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08,
        0x00, 0x01,
        0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, (byte)orientation, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00,
    ];

    /// <summary>A JPEG APP1 segment (marker, length, "Exif\0\0", TIFF).</summary>
    public static byte[] JpegApp1(int orientation)
    {
        var tiff = Tiff(orientation);
        int length = 2 + 6 + tiff.Length;
        return [0xFF, JpegSegment.App1, (byte)(length >> 8), (byte)length, .. "Exif\0\0"u8, .. tiff];
    }
}
