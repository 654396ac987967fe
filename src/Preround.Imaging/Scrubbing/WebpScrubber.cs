using System.Buffers.Binary;
using System.Text;

namespace Preround.Imaging;

/// <summary>Rewrites a WebP chunk by chunk, keeping only image, alpha, animation and colour-profile chunks.</summary>
internal static class WebpScrubber
{
    // NOTE: an allow-list again: anything else (EXIF, "XMP ", private chunks) is dropped.
    private static readonly HashSet<string> Keep = ["VP8X", "VP8 ", "VP8L", "ALPH", "ANIM", "ANMF", "ICCP"];

    private const byte ExifFlag = 0x08, XmpFlag = 0x04;

    public static byte[] Scrub(byte[] data, WebpStructure webp, int orientation, List<string> removed)
    {
        using var body = new MemoryStream(data.Length);
        bool hasExtendedHeader = webp.Chunks.Any(c => c.FourCc == "VP8X");
        foreach (var chunk in webp.Chunks)
        {
            if (!Keep.Contains(chunk.FourCc))
            {
                removed.Add(chunk.FourCc.Trim() switch { "EXIF" => "EXIF (WebP chunk)", "XMP" => "XMP (WebP chunk)", var other => $"WebP chunk {other}" });
                continue;
            }
            int length = Math.Min(chunk.TotalLength, data.Length - chunk.Offset);
            var bytes = data.AsSpan(chunk.Offset, length).ToArray();
            // NOTE: VP8X announces which optional chunks follow; its EXIF/XMP flags must match what is left.
            if (chunk.FourCc == "VP8X" && bytes.Length > 8)
                bytes[8] = (byte)((bytes[8] & ~(ExifFlag | XmpFlag)) | (orientation != 1 ? ExifFlag : 0));
            body.Write(bytes);
        }
        // The EXIF chunk, when present, comes after the image data in the WebP layout.
        if (orientation != 1 && hasExtendedHeader) WriteChunk(body, "EXIF", MinimalExif.Tiff(orientation));

        using var output = new MemoryStream((int)body.Length + 12);
        output.Write("RIFF"u8);
        Span<byte> size = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(size, (uint)(body.Length + 4));
        output.Write(size);
        output.Write("WEBP"u8);
        body.Position = 0;
        body.CopyTo(output);
        return output.ToArray();
    }

    private static void WriteChunk(Stream s, string fourCc, byte[] data)
    {
        s.Write(Encoding.ASCII.GetBytes(fourCc));
        Span<byte> size = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(size, (uint)data.Length);
        s.Write(size);
        s.Write(data);
        if ((data.Length & 1) == 1) s.WriteByte(0);
    }
}
