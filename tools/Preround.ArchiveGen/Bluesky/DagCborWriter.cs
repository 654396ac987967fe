using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Preround.ArchiveGen.Bluesky;

/// <summary>A link to another block: the binary CIDv1 (version 1, dag-cbor or raw, sha2-256).</summary>
public sealed record CidLink(byte[] Bytes)
{
    /// <summary>The CID of a block's bytes.</summary>
    public static CidLink Of(ReadOnlySpan<byte> block, byte codec = 0x71)
    {
        var bytes = new byte[36];
        bytes[0] = 0x01;
        bytes[1] = codec;
        bytes[2] = 0x12;
        bytes[3] = 0x20;
        SHA256.HashData(block, bytes.AsSpan(4));
        return new CidLink(bytes);
    }

    /// <summary>The multibase base32 string form (<c>bafyrei…</c>), as records quote CIDs in strong references.</summary>
    public override string ToString()
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        var sb = new StringBuilder("b");
        int buffer = 0, bits = 0;
        foreach (var b in Bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5) sb.Append(alphabet[(buffer >> (bits -= 5)) & 31]);
        }
        if (bits > 0) sb.Append(alphabet[(buffer << (5 - bits)) & 31]);
        return sb.ToString();
    }
}

/// <summary>
/// Encodes values as canonical DAG-CBOR: shortest integer heads, definite lengths, map keys sorted by length then bytes,
/// tag 42 for links. Values are string, long/int, bool, null, byte[], <see cref="CidLink"/>, lists and string-keyed maps.
/// </summary>
public static class DagCborWriter
{
    public static byte[] Encode(object? value)
    {
        var buffer = new MemoryStream(256);
        Write(buffer, value);
        return buffer.ToArray();
    }

    private static void Write(MemoryStream s, object? value)
    {
        switch (value)
        {
            case null: s.WriteByte(0xf6); break;
            case bool b: s.WriteByte(b ? (byte)0xf5 : (byte)0xf4); break;
            case int i: WriteInteger(s, i); break;
            case long l: WriteInteger(s, l); break;
            case string text:
                var utf8 = Encoding.UTF8.GetBytes(text);
                Head(s, 3, (ulong)utf8.Length);
                s.Write(utf8);
                break;
            case byte[] bytes:
                Head(s, 2, (ulong)bytes.Length);
                s.Write(bytes);
                break;
            case CidLink link:
                // NOTE: DAG-CBOR links are tag 42 around a byte string holding 0x00 (the identity multibase) and the binary CID.
                Head(s, 6, 42);
                Head(s, 2, (ulong)link.Bytes.Length + 1);
                s.WriteByte(0);
                s.Write(link.Bytes);
                break;
            case IReadOnlyDictionary<string, object?> map:
                var keys = map.Keys.Select(k => (Key: k, Utf8: Encoding.UTF8.GetBytes(k))).ToList();
                keys.Sort((a, b) => a.Utf8.Length != b.Utf8.Length ? a.Utf8.Length.CompareTo(b.Utf8.Length) : a.Utf8.AsSpan().SequenceCompareTo(b.Utf8));
                Head(s, 5, (ulong)keys.Count);
                foreach (var (key, _) in keys)
                {
                    Write(s, key);
                    Write(s, map[key]);
                }
                break;
            case System.Collections.IEnumerable items:
                var list = items.Cast<object?>().ToList();
                Head(s, 4, (ulong)list.Count);
                foreach (var item in list) Write(s, item);
                break;
            default:
                throw new ArgumentException($"cannot encode {value.GetType().Name} as DAG-CBOR");
        }
    }

    private static void WriteInteger(MemoryStream s, long value)
    {
        if (value >= 0) Head(s, 0, (ulong)value);
        else Head(s, 1, (ulong)(-1 - value));
    }

    private static void Head(MemoryStream s, int major, ulong argument)
    {
        var m = (byte)(major << 5);
        Span<byte> tmp = stackalloc byte[8];
        if (argument < 24) s.WriteByte((byte)(m | (byte)argument));
        else if (argument <= byte.MaxValue) { s.WriteByte((byte)(m | 24)); s.WriteByte((byte)argument); }
        else if (argument <= ushort.MaxValue) { s.WriteByte((byte)(m | 25)); BinaryPrimitives.WriteUInt16BigEndian(tmp, (ushort)argument); s.Write(tmp[..2]); }
        else if (argument <= uint.MaxValue) { s.WriteByte((byte)(m | 26)); BinaryPrimitives.WriteUInt32BigEndian(tmp, (uint)argument); s.Write(tmp[..4]); }
        else { s.WriteByte((byte)(m | 27)); BinaryPrimitives.WriteUInt64BigEndian(tmp, argument); s.Write(tmp); }
    }

    /// <summary>An unsigned LEB128 varint, as CAR files frame their header and blocks.</summary>
    public static void WriteVarint(Stream s, ulong value)
    {
        while (value >= 0x80)
        {
            s.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }
        s.WriteByte((byte)value);
    }
}
