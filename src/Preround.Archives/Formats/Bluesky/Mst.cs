using System.Text;

namespace Preround.Archives.Formats.Bluesky;

/// <summary>Walks a repository's merkle search tree in key order, yielding <c>collection/rkey</c> and the record's CID.</summary>
internal static class Mst
{
    private const int MaxDepth = 128;

    /// <param name="car">The repository.</param>
    /// <param name="root">The MST root (the commit's <c>data</c>).</param>
    /// <param name="missing">Called with a CID and reason for every node that is absent or malformed; the walk goes on.</param>
    public static IEnumerable<(string Key, Cid Value)> Walk(CarFile car, Cid root, Action<Cid, string> missing)
    {
        var visited = new HashSet<Cid>();
        var results = new List<(string, Cid)>();
        Visit(car, root, 0, visited, results, missing);
        return results;
    }

    private static void Visit(CarFile car, Cid nodeCid, int depth, HashSet<Cid> visited, List<(string, Cid)> results, Action<Cid, string> missing)
    {
        if (depth > MaxDepth || !visited.Add(nodeCid))
        {
            missing(nodeCid, "the tree loops back on itself or is too deep");
            return;
        }
        object? decoded;
        try
        {
            decoded = car.Decode(nodeCid);
        }
        catch (FormatException ex)
        {
            missing(nodeCid, ex.Message);
            return;
        }
        if (decoded is not Dictionary<string, object?> node)
        {
            missing(nodeCid, decoded is null ? "the node is not in the file" : "the node is not a map");
            return;
        }
        if (node.GetValueOrDefault("l") is Cid left) Visit(car, left, depth + 1, visited, results, missing);
        var previous = Array.Empty<byte>();
        foreach (var item in node.GetValueOrDefault("e") as List<object?> ?? [])
        {
            if (item is not Dictionary<string, object?> entry || entry.GetValueOrDefault("k") is not byte[] suffix ||
                entry.GetValueOrDefault("p") is not long prefix || prefix < 0 || prefix > previous.Length || entry.GetValueOrDefault("v") is not Cid value)
            {
                missing(nodeCid, "an entry is malformed");
                continue;
            }
            // NOTE: keys are prefix-compressed: each entry keeps the first p bytes of the previous key and appends k.
            var key = new byte[prefix + suffix.Length];
            previous.AsSpan(0, (int)prefix).CopyTo(key);
            suffix.CopyTo(key, (int)prefix);
            previous = key;
            results.Add((Encoding.UTF8.GetString(key), value));
            if (entry.GetValueOrDefault("t") is Cid right) Visit(car, right, depth + 1, visited, results, missing);
        }
    }
}
