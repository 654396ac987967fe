namespace Preround.Imaging;

/// <summary>Rewrites a PNG chunk by chunk: critical chunks and the ancillary chunks that change how it displays are kept.</summary>
internal static class PngScrubber
{
    // NOTE: an allow-list, not a block-list: private chunks (Apple's iDOT, C2PA's caBX...) can carry anything.
    private static readonly HashSet<string> DisplayChunks =
        ["tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "sBIT", "bKGD", "pHYs", "acTL", "fcTL", "fdAT", "cICP", "mDCv", "cLLi"];

    public static byte[] Scrub(byte[] data, PngStructure png, int orientation, List<string> removed)
    {
        using var output = new MemoryStream(data.Length);
        output.Write(PngStructure.Signature);
        foreach (var chunk in png.Chunks)
        {
            if (chunk.IsCritical || DisplayChunks.Contains(chunk.Type))
            {
                output.Write(chunk.Raw(data));
                // NOTE: eXIf must precede the image data; right after IHDR is always valid.
                if (chunk.Type == "IHDR" && orientation != 1) PngChunk.Write(output, "eXIf", MinimalExif.Tiff(orientation));
            }
            else
            {
                removed.Add(chunk.Type switch
                {
                    "tEXt" or "iTXt" or "zTXt" => $"PNG text ({chunk.Type})",
                    "eXIf" => "EXIF (eXIf)",
                    "tIME" => "PNG modification time (tIME)",
                    _ => $"PNG chunk {chunk.Type}",
                });
            }
        }
        return output.ToArray();
    }
}
