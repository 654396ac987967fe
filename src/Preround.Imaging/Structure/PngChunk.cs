using System.Buffers.Binary;
using System.Text;

namespace Preround.Imaging;

/// <summary>One PNG chunk: 4-byte length, 4-byte type, data, 4-byte CRC.</summary>
/// <param name="Offset">Where the length field starts in the file.</param>
/// <param name="DataLength">Bytes of chunk data (the whole chunk is 12 more).</param>
internal readonly record struct PngChunk(string Type, int Offset, int DataLength)
{
    public int TotalLength => DataLength + 12;

    /// <summary>Critical chunks (upper-case first letter) are needed to decode; ancillary ones are not.</summary>
    public bool IsCritical => char.IsAsciiLetterUpper(Type[0]);

    public ReadOnlySpan<byte> Data(ReadOnlySpan<byte> file) => file.Slice(Offset + 8, DataLength);

    public ReadOnlySpan<byte> Raw(ReadOnlySpan<byte> file) => file.Slice(Offset, TotalLength);

    /// <summary>Writes a chunk with its CRC (over type and data).</summary>
    public static void Write(Stream output, string type, ReadOnlySpan<byte> data)
    {
        Span<byte> header = stackalloc byte[8];
        BinaryPrimitives.WriteInt32BigEndian(header, data.Length);
        Encoding.ASCII.GetBytes(type, header[4..]);
        uint crc = Crc32.Append(Crc32.Append(0, header[4..]), data);
        Span<byte> crcBytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crcBytes, crc);
        output.Write(header);
        output.Write(data);
        output.Write(crcBytes);
    }
}
