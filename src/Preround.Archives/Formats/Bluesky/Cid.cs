namespace Preround.Archives.Formats.Bluesky;

/// <summary>A content identifier (CIDv1): version, codec, and a multihash of the block it names.</summary>
internal sealed class Cid : IEquatable<Cid>
{
    public const int CodecDagCbor = 0x71;
    public const int CodecRaw = 0x55;
    public const int HashSha256 = 0x12;
    public const int HashIdentity = 0x00;

    private readonly byte[] _bytes;

    private Cid(byte[] bytes, int codec, int hashCode, ReadOnlyMemory<byte> digest)
    {
        _bytes = bytes;
        Codec = codec;
        HashCodeType = hashCode;
        Digest = digest;
    }

    public int Codec { get; }

    /// <summary>The multihash function code (0x12 for sha2-256).</summary>
    public int HashCodeType { get; }

    public ReadOnlyMemory<byte> Digest { get; }

    public ReadOnlySpan<byte> Bytes => _bytes;

    /// <summary>Reads a binary CIDv1 at the start of <paramref name="data"/>; <paramref name="length"/> is how many bytes it took.</summary>
    public static Cid Read(ReadOnlySpan<byte> data, out int length)
    {
        var pos = 0;
        if (data.Length >= 2 && data[0] == 0x12 && data[1] == 0x20)
            throw new FormatException("CIDv0 is not used by atproto repositories");
        var version = Varint.Read(data, ref pos);
        if (version != 1) throw new FormatException($"unsupported CID version {version}");
        var codec = (int)Varint.Read(data, ref pos);
        var hash = (int)Varint.Read(data, ref pos);
        var digestLength = (int)Varint.Read(data, ref pos);
        if (digestLength < 0 || digestLength > 64 || pos + digestLength > data.Length)
            throw new FormatException($"CID digest length {digestLength} runs past the data");
        length = pos + digestLength;
        var bytes = data[..length].ToArray();
        return new Cid(bytes, codec, hash, bytes.AsMemory(pos, digestLength));
    }

    /// <summary>The CID from a whole byte string (DAG-CBOR tag 42 payload without its leading 0x00).</summary>
    public static Cid FromBytes(ReadOnlySpan<byte> bytes)
    {
        var cid = Read(bytes, out var length);
        if (length != bytes.Length) throw new FormatException("trailing bytes after a CID");
        return cid;
    }

    /// <summary>Parses the multibase base32 string form (<c>bafyrei…</c>).</summary>
    public static Cid Parse(string text)
    {
        if (text.Length < 2 || text[0] != 'b') throw new FormatException($"'{text}' is not a base32 CID");
        return FromBytes(Base32.Decode(text.AsSpan(1)));
    }

    /// <summary>True when <paramref name="block"/> hashes to this CID.</summary>
    public bool Matches(ReadOnlySpan<byte> block) => HashCodeType switch
    {
        HashSha256 => System.Security.Cryptography.SHA256.HashData(block).AsSpan().SequenceEqual(Digest.Span),
        HashIdentity => block.SequenceEqual(Digest.Span),
        _ => false,
    };

    public override string ToString() => "b" + Base32.Encode(_bytes);

    public bool Equals(Cid? other) => other is not null && _bytes.AsSpan().SequenceEqual(other._bytes);

    public override bool Equals(object? obj) => Equals(obj as Cid);

    public override int GetHashCode()
    {
        var h = new HashCode();
        h.AddBytes(_bytes);
        return h.ToHashCode();
    }
}

/// <summary>Unsigned LEB128 varints as used by CAR and multiformats.</summary>
internal static class Varint
{
    public static ulong Read(ReadOnlySpan<byte> data, ref int pos)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (pos >= data.Length) throw new FormatException("varint runs past the end of the data");
            var b = data[pos++];
            value |= (ulong)(b & 0x7f) << shift;
            if ((b & 0x80) == 0) return value;
        }
        throw new FormatException("varint longer than 9 bytes");
    }
}

/// <summary>RFC 4648 base32, lower case, no padding (the multibase 'b' alphabet).</summary>
internal static class Base32
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    public static string Encode(ReadOnlySpan<byte> data)
    {
        var sb = new System.Text.StringBuilder((data.Length * 8 + 4) / 5);
        int buffer = 0, bits = 0;
        foreach (var b in data)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                sb.Append(Alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0) sb.Append(Alphabet[(buffer << (5 - bits)) & 31]);
        return sb.ToString();
    }

    public static byte[] Decode(ReadOnlySpan<char> text)
    {
        var output = new List<byte>(text.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in text)
        {
            var v = Alphabet.IndexOf(char.ToLowerInvariant(c));
            if (v < 0) throw new FormatException($"'{c}' is not a base32 character");
            buffer = (buffer << 5) | v;
            bits += 5;
            if (bits >= 8)
            {
                output.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return [.. output];
    }
}
