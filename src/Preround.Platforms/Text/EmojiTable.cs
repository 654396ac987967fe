using System.Globalization;

namespace Preround.Platforms.Text;

/// <summary>
/// Finds emoji sequences (single emoji, keycaps, flags, skin tones, tag sequences, ZWJ sequences) by longest match
/// against Unicode's emoji-test list (Emoji 17.0, embedded as <c>emoji-sequences.txt</c>).
/// </summary>
/// <remarks>
/// X counts each emoji sequence as one unit of the default weight (2 characters). twitter-text finds them with
/// twemoji-parser, whose list stops at Emoji 11; a current list gives the same answer on every conformance case and
/// also counts newer ZWJ sequences such as 🐦‍🔥 as 2, which is what X documents.
/// </remarks>
public sealed class EmojiTable
{
    private sealed class Node
    {
        public Dictionary<int, Node>? Children;
        public bool Terminal;
    }

    private readonly Node _root = new() { Children = new Dictionary<int, Node>(4096) };

    // NOTE: one bit per code point below U+20000 saying whether some sequence starts with it, so plain text (CJK,
    // punctuation above U+2000) is passed over without a dictionary look-up.
    private const int BitsetLimit = 0x20000;
    private readonly ulong[] _starts = new ulong[BitsetLimit / 64];

    /// <summary>The table built from the embedded emoji list; built once, immutable and thread-safe afterwards.</summary>
    public static EmojiTable Default { get; } = Load();

    /// <summary>How many sequences the table holds.</summary>
    public int Count { get; private set; }

    private static EmojiTable Load()
    {
        var table = new EmojiTable();
        foreach (var line in EmbeddedData.ReadLines("emoji-sequences.txt"))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var cps = new int[parts.Length];
            for (var i = 0; i < parts.Length; i++) cps[i] = int.Parse(parts[i], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            // NOTE: a bare © or ® (below U+2000) is listed as "unqualified" but is text, not emoji, unless followed by
            // U+FE0F; twemoji and X treat it as a plain character, so the single-code-point entry is left out.
            if (cps.Length == 1 && cps[0] < 0x2000) continue;
            table.Add(cps);
        }
        return table;
    }

    private void Add(int[] codePoints)
    {
        var node = _root;
        foreach (var cp in codePoints)
        {
            node.Children ??= new Dictionary<int, Node>();
            if (!node.Children.TryGetValue(cp, out var next))
            {
                next = new Node();
                node.Children[cp] = next;
            }
            node = next;
        }
        if (codePoints[0] < BitsetLimit) _starts[codePoints[0] >> 6] |= 1UL << (codePoints[0] & 63);
        if (!node.Terminal) Count++;
        node.Terminal = true;
    }

    /// <summary>True when <paramref name="codePoint"/> begins at least one listed sequence.</summary>
    public bool CanStart(int codePoint) => _root.Children!.ContainsKey(codePoint);

    /// <summary>True when the code point at <paramref name="index"/> may begin an emoji sequence (a cheap pre-check for <see cref="MatchLength"/>).</summary>
    public bool MayStartAt(ReadOnlySpan<char> text, int index)
    {
        int cp = text[index];
        if (char.IsHighSurrogate((char)cp))
        {
            if (index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1])) return false;
            cp = char.ConvertToUtf32((char)cp, text[index + 1]);
            if (cp >= BitsetLimit) return CanStart(cp);
        }
        return (_starts[cp >> 6] & (1UL << (cp & 63))) != 0;
    }

    /// <summary>
    /// The length in UTF-16 code units of the longest emoji sequence starting at <paramref name="index"/>, or 0.
    /// A listed sequence followed by U+200D and another emoji is extended (newer ZWJ sequences), and any pair of
    /// regional indicators is one flag.
    /// </summary>
    public int MatchLength(ReadOnlySpan<char> text, int index)
    {
        var length = MatchListed(text, index);
        if (length == 0)
        {
            // NOTE: regional-indicator pairs that are not (yet) flags still render as one cluster of two letters.
            if (IsRegionalIndicatorAt(text, index) && IsRegionalIndicatorAt(text, index + 2)) return 4;
            return 0;
        }
        while (index + length + 1 < text.Length && text[index + length] == '\u200D')
        {
            var next = MatchListed(text, index + length + 1);
            if (next == 0) break;
            length += 1 + next;
        }
        return length;
    }

    private int MatchListed(ReadOnlySpan<char> text, int index)
    {
        var node = _root;
        var best = 0;
        var i = index;
        while (i < text.Length && node.Children is not null)
        {
            int cp;
            int width;
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cp = char.ConvertToUtf32(c, text[i + 1]);
                width = 2;
            }
            else
            {
                cp = c;
                width = 1;
            }
            if (!node.Children.TryGetValue(cp, out var next)) break;
            node = next;
            i += width;
            if (node.Terminal) best = i - index;
        }
        return best;
    }

    private static bool IsRegionalIndicatorAt(ReadOnlySpan<char> text, int index) =>
        index + 1 < text.Length && text[index] == '\uD83C' && text[index + 1] >= '\uDDE6' && text[index + 1] <= '\uDDFF';
}
