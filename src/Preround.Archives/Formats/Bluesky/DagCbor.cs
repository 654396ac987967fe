using System.Buffers.Binary;
using System.Text;

namespace Preround.Archives.Formats.Bluesky;

/// <summary>
/// A decoder for DAG-CBOR, the strict CBOR subset atproto stores records in: definite lengths only, string map keys,
/// tag 42 for links. Values decode to <see cref="long"/>, <see cref="double"/>, <see cref="bool"/>, null,
/// <see cref="string"/>, <see cref="byte"/>[], <see cref="List{T}"/>, <see cref="Dictionary{TKey,TValue}"/> and <see cref="Cid"/>.
/// </summary>
internal ref struct DagCbor
{
    private const int MaxDepth = 64;
    private readonly ReadOnlySpan<byte> _data;
    private int _pos;

    private DagCbor(ReadOnlySpan<byte> data)
    {
        _data = data;
        _pos = 0;
    }

    /// <summary>Decodes exactly one value that fills <paramref name="data"/>.</summary>
    public static object? Decode(ReadOnlySpan<byte> data)
    {
        var reader = new DagCbor(data);
        var value = reader.ReadValue(0);
        if (reader._pos != data.Length) throw new FormatException($"{data.Length - reader._pos} trailing bytes after the CBOR value");
        return value;
    }

    /// <summary>Decodes one value at the start of <paramref name="data"/>; <paramref name="consumed"/> says how many bytes it took.</summary>
    public static object? DecodePrefix(ReadOnlySpan<byte> data, out int consumed)
    {
        var reader = new DagCbor(data);
        var value = reader.ReadValue(0);
        consumed = reader._pos;
        return value;
    }

    private object? ReadValue(int depth)
    {
        if (depth > MaxDepth) throw new FormatException($"CBOR nested deeper than {MaxDepth} at byte {_pos}");
        var start = _pos;
        var initial = Next();
        var major = initial >> 5;
        var info = initial & 0x1f;
        if (info == 31) throw new FormatException($"indefinite-length CBOR at byte {start} is not allowed in DAG-CBOR");
        if (major == 7) return ReadSimple(info, start);
        var arg = ReadArgument(info, start);
        switch (major)
        {
            case 0:
                return arg <= long.MaxValue ? (long)arg : throw new FormatException($"integer at byte {start} is too large");
            case 1:
                return arg <= long.MaxValue ? -1 - (long)arg : throw new FormatException($"integer at byte {start} is too small");
            case 2:
                return Take(arg, start).ToArray();
            case 3:
                return Encoding.UTF8.GetString(Take(arg, start));
            case 4:
            {
                var count = CheckCount(arg, start);
                var list = new List<object?>(Math.Min(count, 1024));
                for (var i = 0; i < count; i++) list.Add(ReadValue(depth + 1));
                return list;
            }
            case 5:
            {
                var count = CheckCount(arg, start);
                var map = new Dictionary<string, object?>(Math.Min(count, 64), StringComparer.Ordinal);
                for (var i = 0; i < count; i++)
                {
                    var keyAt = _pos;
                    if (ReadValue(depth + 1) is not string key) throw new FormatException($"map key at byte {keyAt} is not a string");
                    if (!map.TryAdd(key, ReadValue(depth + 1))) throw new FormatException($"duplicate map key '{key}' at byte {keyAt}");
                }
                return map;
            }
            case 6:
            {
                if (arg != 42) throw new FormatException($"CBOR tag {arg} at byte {start} is not allowed in DAG-CBOR (only 42)");
                if (ReadValue(depth + 1) is not byte[] link || link.Length < 2 || link[0] != 0)
                    throw new FormatException($"tag 42 at byte {start} does not hold a CID byte string");
                return Cid.FromBytes(link.AsSpan(1));
            }
            default:
                throw new FormatException($"unknown CBOR major type {major} at byte {start}");
        }
    }

    private object? ReadSimple(int info, int start) => info switch
    {
        20 => false,
        21 => true,
        22 => null,
        25 => (double)BinaryPrimitives.ReadHalfBigEndian(Take(2, start)),
        26 => (double)BinaryPrimitives.ReadSingleBigEndian(Take(4, start)),
        27 => BinaryPrimitives.ReadDoubleBigEndian(Take(8, start)),
        _ => throw new FormatException($"CBOR simple value {info} at byte {start} is not allowed in DAG-CBOR"),
    };

    private ulong ReadArgument(int info, int start) => info switch
    {
        < 24 => (ulong)info,
        24 => Take(1, start)[0],
        25 => BinaryPrimitives.ReadUInt16BigEndian(Take(2, start)),
        26 => BinaryPrimitives.ReadUInt32BigEndian(Take(4, start)),
        27 => BinaryPrimitives.ReadUInt64BigEndian(Take(8, start)),
        _ => throw new FormatException($"reserved CBOR additional info {info} at byte {start}"),
    };

    // NOTE: every item takes at least one byte, so a count larger than the bytes left is a lie: refuse it before allocating.
    private int CheckCount(ulong count, int start) =>
        count <= (ulong)(_data.Length - _pos) ? (int)count : throw new FormatException($"CBOR container at byte {start} claims {count} items, more than the bytes left");

    private ReadOnlySpan<byte> Take(ulong length, int start)
    {
        if (length > (ulong)(_data.Length - _pos)) throw new FormatException($"CBOR value at byte {start} runs past the end of the block");
        var span = _data.Slice(_pos, (int)length);
        _pos += (int)length;
        return span;
    }

    private byte Next() => _pos < _data.Length ? _data[_pos++] : throw new FormatException($"CBOR ends early at byte {_pos}");
}
