using System.Buffers.Binary;
using System.Text;

namespace Preround.Imaging;

/// <summary>A PNG file split into chunks, each length and CRC checked, with the declared size bounded.</summary>
internal sealed class PngStructure
{
    public static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private PngStructure(IReadOnlyList<PngChunk> chunks, int width, int height)
    {
        Chunks = chunks;
        Width = width;
        Height = height;
    }

    /// <summary>Every chunk from IHDR to IEND, in file order.</summary>
    public IReadOnlyList<PngChunk> Chunks { get; }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Reads the chunk list; throws <see cref="InvalidImageException"/> naming the chunk and offset at fault.</summary>
    public static PngStructure Parse(ReadOnlySpan<byte> data, ImageLimits limits)
    {
        if (data.Length < 8 || !data[..8].SequenceEqual(Signature))
            throw new InvalidImageException("not a PNG: the 8-byte PNG signature is missing", 0);

        var chunks = new List<PngChunk>();
        int pos = 8, width = 0, height = 0;
        bool sawData = false, sawEnd = false;
        while (pos < data.Length && !sawEnd)
        {
            if (pos + 12 > data.Length)
                throw new InvalidImageException("the PNG is cut short inside a chunk header", pos);
            uint length = BinaryPrimitives.ReadUInt32BigEndian(data[pos..]);
            var typeBytes = data.Slice(pos + 4, 4);
            foreach (byte b in typeBytes)
                if (!char.IsAsciiLetter((char)b))
                    throw new InvalidImageException("the PNG is damaged: a chunk type is not four letters", pos + 4);
            string type = Encoding.ASCII.GetString(typeBytes);
            if (length > int.MaxValue || pos + 12L + length > data.Length)
                throw new InvalidImageException($"the PNG is cut short: chunk '{type}' declares {length} bytes but only {data.Length - pos - 12} remain", pos);
            var chunk = new PngChunk(type, pos, (int)length);
            uint stored = BinaryPrimitives.ReadUInt32BigEndian(data[(pos + 8 + (int)length)..]);
            uint actual = Crc32.Append(0, data.Slice(pos + 4, 4 + (int)length));
            if (stored != actual)
                throw new InvalidImageException($"the PNG is damaged: chunk '{type}' fails its CRC check", pos);

            if (chunks.Count == 0)
            {
                if (type != "IHDR" || length != 13)
                    throw new InvalidImageException("the PNG is damaged: the first chunk is not a 13-byte IHDR", pos);
                var ihdr = chunk.Data(data);
                uint w = BinaryPrimitives.ReadUInt32BigEndian(ihdr), h = BinaryPrimitives.ReadUInt32BigEndian(ihdr[4..]);
                if (w == 0 || h == 0 || w > int.MaxValue || h > int.MaxValue)
                    throw new InvalidImageException($"the PNG declares an impossible size of {w}x{h} pixels", pos);
                if ((long)w * h > limits.MaxPixels)
                    throw new InvalidImageException($"the PNG declares {w}x{h} pixels, more than the limit of {limits.MaxPixels / 1_000_000} megapixels", pos);
                (width, height) = ((int)w, (int)h);
            }
            sawData |= type == "IDAT";
            sawEnd = type == "IEND";
            chunks.Add(chunk);
            pos += chunk.TotalLength;
        }
        if (!sawEnd) throw new InvalidImageException("the PNG is cut short: it ends without an IEND chunk", data.Length);
        if (!sawData) throw new InvalidImageException("the PNG has no image data (no IDAT chunk)");
        return new PngStructure(chunks, width, height);
    }
}
