using System.Security.Cryptography;
using System.Text;

namespace Preround.ArchiveGen.Bluesky;

/// <summary>
/// Builds an atproto merkle search tree over sorted <c>collection/rkey</c> keys. A key's layer is the number of
/// leading zero bit pairs of its sha-256 (fanout 4); the root sits at the highest layer and each node holds the keys
/// of its layer, with the keys between them in subtrees one layer down.
/// </summary>
public static class MstBuilder
{
    /// <summary>Emits every node block through <paramref name="emit"/> and returns the root's CID.</summary>
    public static CidLink Build(IReadOnlyList<(string Key, CidLink Value)> sorted, Action<CidLink, byte[]> emit)
    {
        var keys = sorted.Select(e => Encoding.UTF8.GetBytes(e.Key)).ToArray();
        for (var i = 1; i < keys.Length; i++)
            if (keys[i - 1].AsSpan().SequenceCompareTo(keys[i]) >= 0) throw new ArgumentException("MST keys must be unique and sorted bytewise");
        var layers = keys.Select(Layer).ToArray();
        var top = layers.Length == 0 ? 0 : layers.Max();
        return Node(sorted, keys, layers, 0, keys.Length, top, emit);
    }

    /// <summary>Leading zero bits of sha-256(key), counted in pairs.</summary>
    public static int Layer(byte[] key)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(key, hash);
        var zeros = 0;
        foreach (var b in hash)
        {
            if (b == 0) { zeros += 8; continue; }
            zeros += System.Numerics.BitOperations.LeadingZeroCount((uint)b) - 24;
            break;
        }
        return zeros / 2;
    }

    private static CidLink Node(IReadOnlyList<(string Key, CidLink Value)> sorted, byte[][] keys, int[] layers, int from, int to, int layer,
        Action<CidLink, byte[]> emit)
    {
        var here = new List<int>();
        for (var i = from; i < to; i++)
            if (layers[i] == layer) here.Add(i);
        var entries = new List<object?>(here.Count);
        var previous = Array.Empty<byte>();
        for (var n = 0; n < here.Count; n++)
        {
            var i = here[n];
            var next = n + 1 < here.Count ? here[n + 1] : to;
            var shared = SharedPrefix(previous, keys[i]);
            entries.Add(new Dictionary<string, object?>
            {
                ["p"] = shared,
                ["k"] = keys[i][shared..],
                ["v"] = sorted[i].Value,
                ["t"] = Child(sorted, keys, layers, i + 1, next, layer, emit),
            });
            previous = keys[i];
        }
        var left = Child(sorted, keys, layers, from, here.Count > 0 ? here[0] : to, layer, emit);
        var block = DagCborWriter.Encode(new Dictionary<string, object?> { ["l"] = left, ["e"] = entries });
        var cid = CidLink.Of(block);
        emit(cid, block);
        return cid;
    }

    private static CidLink? Child(IReadOnlyList<(string Key, CidLink Value)> sorted, byte[][] keys, int[] layers, int from, int to, int layer,
        Action<CidLink, byte[]> emit) =>
        from < to ? Node(sorted, keys, layers, from, to, layer - 1, emit) : null;

    private static int SharedPrefix(byte[] a, byte[] b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n]) n++;
        return n;
    }
}
