using System.Globalization;

namespace Preround.Platforms.Text;

/// <summary>
/// Extended grapheme clusters (what a reader sees as one character), as Unicode 15.1+ defines them.
/// </summary>
/// <remarks>
/// NOTE: .NET's <see cref="StringInfo"/> does not apply rule GB9c (Indic conjuncts, Unicode 15.1), so it counts
/// "नमस्ते" as 4 where Bluesky, browsers and ICU 74+ count 3. Clusters are taken from .NET and then joined across a
/// virama the way GB9c says, using the embedded Indic_Conjunct_Break table.
/// </remarks>
public static class Graphemes
{
    private enum InCB : byte { None, Consonant, Extend, Linker }

    private static readonly (int Start, int End, InCB Value)[] Table = LoadTable();

    /// <summary>The number of grapheme clusters in <paramref name="text"/>.</summary>
    public static int Count(string text)
    {
        if (string.IsNullOrEmpty(text)) return 0;
        var count = 0;
        var ascii = true;
        foreach (var c in text)
        {
            if (c >= 0x7F || c == '\r') { ascii = false; break; }
        }
        if (ascii) return text.Length;
        foreach (var _ in Boundaries(text)) count++;
        return count;
    }

    /// <summary>The UTF-16 start index of every cluster, in order (the first is 0 for non-empty text).</summary>
    public static IEnumerable<int> Boundaries(string text)
    {
        var span = 0;
        while (span < text.Length)
        {
            var start = span;
            span += StringInfo.GetNextTextElementLength(text.AsSpan(span));
            // GB9c: keep going while the next cluster starts with a consonant joined to this one by a linker.
            while (span < text.Length && JoinsByGb9c(text, span))
            {
                span += StringInfo.GetNextTextElementLength(text.AsSpan(span));
            }
            yield return start;
        }
    }

    /// <summary>Cluster start indices as a list, plus <c>text.Length</c> at the end (convenient for slicing).</summary>
    public static List<int> BoundaryList(string text)
    {
        var list = new List<int>(text.Length + 1);
        list.AddRange(Boundaries(text));
        list.Add(text.Length);
        return list;
    }

    private static bool JoinsByGb9c(string text, int boundary)
    {
        if (Property(CodePointAt(text, boundary)) != InCB.Consonant) return false;
        var i = boundary;
        var sawLinker = false;
        while (i > 0)
        {
            var cp = CodePointBefore(text, i, out var width);
            var p = Property(cp);
            if (p == InCB.Linker) sawLinker = true;
            else if (p == InCB.Consonant) return sawLinker;
            else if (p != InCB.Extend) return false;
            i -= width;
        }
        return false;
    }

    private static InCB Property(int cp)
    {
        if (cp < 0x300) return InCB.None;
        int lo = 0, hi = Table.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var (start, end, value) = Table[mid];
            if (cp < start) hi = mid - 1;
            else if (cp > end) lo = mid + 1;
            else return value;
        }
        return InCB.None;
    }

    private static int CodePointAt(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];

    private static int CodePointBefore(string text, int i, out int width)
    {
        if (char.IsLowSurrogate(text[i - 1]) && i >= 2 && char.IsHighSurrogate(text[i - 2]))
        {
            width = 2;
            return char.ConvertToUtf32(text[i - 2], text[i - 1]);
        }
        width = 1;
        return text[i - 1];
    }

    private static (int, int, InCB)[] LoadTable()
    {
        var rows = new List<(int, int, InCB)>();
        foreach (var line in EmbeddedData.ReadLines("indic-conjunct-break.txt"))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var semi = line.IndexOf(';');
            var range = line[..semi].Split("..");
            var value = Enum.Parse<InCB>(line[(semi + 1)..].Trim());
            rows.Add((int.Parse(range[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                int.Parse(range[^1], NumberStyles.HexNumber, CultureInfo.InvariantCulture), value));
        }
        rows.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return [.. rows];
    }
}
