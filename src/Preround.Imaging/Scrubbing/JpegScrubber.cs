namespace Preround.Imaging;

/// <summary>Rewrites a JPEG segment by segment, keeping only what decoding and colour need.</summary>
internal static class JpegScrubber
{
    private static ReadOnlySpan<byte> Jfif => "JFIF\0"u8;
    private static ReadOnlySpan<byte> Icc => "ICC_PROFILE\0"u8;
    private static ReadOnlySpan<byte> Adobe => "Adobe"u8;

    public static byte[] Scrub(byte[] data, JpegStructure jpeg, int orientation, List<string> removed)
    {
        using var output = new MemoryStream(data.Length);
        output.Write([0xFF, JpegSegment.Soi]);
        var segments = jpeg.Segments.Skip(1).ToList();
        int next = 0;
        // NOTE: JFIF requires its APP0 directly after SOI, so the orientation tag goes after it.
        if (segments.Count > 0 && segments[0].Marker == JpegSegment.App0 && segments[0].StartsWith(data, Jfif))
        {
            WriteJfif(output, data, segments[0], removed);
            next = 1;
        }
        if (orientation != 1) output.Write(MinimalExif.JpegApp1(orientation));

        foreach (var s in segments.Skip(next))
        {
            if (Keep(data, s, out var name)) output.Write(data, s.Offset, s.Length);
            else removed.Add(name!);
        }
        if (jpeg.TrailingBytes > 0) removed.Add($"{jpeg.TrailingBytes} bytes after the end of the image (extra pictures or video)");
        return output.ToArray();
    }

    private static bool Keep(byte[] data, JpegSegment s, out string? name)
    {
        name = null;
        if (s.Marker == JpegSegment.Com) { name = "JPEG comment"; return false; }
        if (!s.IsApp) return true;
        var payload = s.Payload(data);
        if (s.Marker == JpegSegment.App2 && payload.StartsWith(Icc)) return true;
        if (s.Marker == JpegSegment.App14 && payload.StartsWith(Adobe)) return true; // colour transform of CMYK/YCCK pictures
        name = s.Marker switch
        {
            JpegSegment.App0 => "JFIF extension thumbnail (APP0)",
            JpegSegment.App1 when payload.StartsWith("Exif\0"u8) => "EXIF (APP1)",
            JpegSegment.App1 when payload.StartsWith("http://ns.adobe.com/x"u8) => "XMP (APP1)",
            JpegSegment.App2 when payload.StartsWith("MPF\0"u8) => "MPF extra-picture index (APP2)",
            JpegSegment.App13 => "IPTC/Photoshop (APP13)",
            _ => $"APP{s.Marker - JpegSegment.App0}",
        };
        return false;
    }

    /// <summary>Copies the JFIF header without its optional thumbnail (a thumbnail can show what a crop removed).</summary>
    private static void WriteJfif(MemoryStream output, byte[] data, JpegSegment s, List<string> removed)
    {
        var payload = s.Payload(data);
        if (payload.Length <= 14)
        {
            output.Write(data, s.Offset, s.Length);
            return;
        }
        if (payload[12] != 0 || payload[13] != 0) removed.Add("JFIF thumbnail");
        output.Write([0xFF, JpegSegment.App0, 0x00, 16]);
        output.Write(payload[..12]);
        output.Write([0, 0]);
    }
}
