using System.Buffers.Binary;
using System.Text;

namespace Preround.Imaging;

/// <summary>One RIFF chunk of a WebP file: four-character code, little-endian size, data padded to an even length.</summary>
/// <param name="Offset">Where the chunk header starts in the file.</param>
internal readonly record struct WebpChunk(string FourCc, int Offset, int DataLength)
{
    /// <summary>Header, data and the pad byte when the data length is odd.</summary>
    public int TotalLength => 8 + DataLength + (DataLength & 1);
}

/// <summary>A WebP file split into its RIFF chunks, each size checked against the file.</summary>
internal sealed class WebpStructure
{
    private WebpStructure(IReadOnlyList<WebpChunk> chunks) => Chunks = chunks;

    public IReadOnlyList<WebpChunk> Chunks { get; }

    public static WebpStructure Parse(ReadOnlySpan<byte> data)
    {
        if (data.Length < 12 || !data[..4].SequenceEqual("RIFF"u8) || !data[8..12].SequenceEqual("WEBP"u8))
            throw new InvalidImageException("not a WebP: the RIFF/WEBP header is missing", 0);
        long declared = BinaryPrimitives.ReadUInt32LittleEndian(data[4..]) + 8L;
        if (declared > data.Length)
            throw new InvalidImageException($"the WebP is cut short: it declares {declared} bytes but the file has {data.Length}", data.Length);
        var chunks = new List<WebpChunk>();
        int pos = 12;
        bool sawImage = false;
        while (pos < declared)
        {
            if (pos + 8 > declared) throw new InvalidImageException("the WebP is cut short inside a chunk header", pos);
            string fourCc = Encoding.ASCII.GetString(data.Slice(pos, 4));
            uint size = BinaryPrimitives.ReadUInt32LittleEndian(data[(pos + 4)..]);
            if (pos + 8L + size > declared)
                throw new InvalidImageException($"the WebP is cut short: chunk '{fourCc}' declares {size} bytes but only {declared - pos - 8} remain", pos);
            var chunk = new WebpChunk(fourCc, pos, (int)size);
            chunks.Add(chunk);
            sawImage |= fourCc is "VP8 " or "VP8L" or "ANMF";
            pos += (int)Math.Min(chunk.TotalLength, declared - pos);
        }
        if (!sawImage) throw new InvalidImageException("the WebP has no image data (no VP8, VP8L or ANMF chunk)");
        return new WebpStructure(chunks);
    }
}
