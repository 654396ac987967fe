using Preround.Core.Domain;

namespace Preround.Core.Text;

/// <summary>
/// A draft's text prepared once for every rule: normalised (NFKC, lower case, typographic quotes folded,
/// camel-case hashtags split), a de-obfuscated twin for profanity, tokens, sentences, and the map back to
/// the original's UTF-16 offsets.
/// </summary>
// NOTE: rules match against Normalized (or Deobfuscated, which has the same length and map), then convert
// spans with ToOriginal. Never report normalised offsets: NFKC and hashtag splitting change lengths.
public sealed class AnalyzedText
{
    private readonly int[] _map;

    internal AnalyzedText(string original, string normalized, string deobfuscated, int[] map, Token[] tokens, TextSpan[] sentences)
    {
        Original = original;
        Normalized = normalized;
        Deobfuscated = deobfuscated;
        _map = map;
        Tokens = tokens;
        Sentences = sentences;
    }

    /// <summary>The draft exactly as written.</summary>
    public string Original { get; }

    /// <summary>NFKC, lower-case, straight quotes, dashes folded to '-', hashtags split at case changes ("#NursesOfTikTok" → "#nurses of tik tok").</summary>
    public string Normalized { get; }

    /// <summary><see cref="Normalized"/> with leetspeak inside words folded to letters ("sh1t" → "shit", "a$$" → "ass"); same length and map.</summary>
    public string Deobfuscated { get; }

    /// <summary>Tokens of <see cref="Normalized"/>, in order.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>Sentence spans in normalised coordinates, in order.</summary>
    public IReadOnlyList<TextSpan> Sentences { get; }

    /// <summary>Maps a normalised span to the original draft's UTF-16 span.</summary>
    public TextSpan ToOriginal(int start, int length)
    {
        var s = _map[Math.Clamp(start, 0, _map.Length - 1)];
        var endIndex = Math.Clamp(start + length, 0, _map.Length - 1);
        // The end maps to the original position just after the last normalised char's source.
        var e = length == 0 ? s : EndOf(endIndex - 1);
        return TextSpan.FromBounds(s, Math.Max(s, e));
    }

    /// <summary>Maps a normalised span to the original draft's UTF-16 span.</summary>
    public TextSpan ToOriginal(TextSpan normalized) => ToOriginal(normalized.Start, normalized.Length);

    /// <summary>Original text under a normalised span.</summary>
    public string OriginalText(TextSpan normalized)
    {
        var span = ToOriginal(normalized);
        return Original.Substring(span.Start, span.Length);
    }

    /// <summary>The normalised text of a token.</summary>
    public string TextOf(Token token) => Normalized.Substring(token.Start, token.Length);

    /// <summary>The normalised text of a token, without allocating.</summary>
    public ReadOnlySpan<char> SpanOf(Token token) => Normalized.AsSpan(token.Start, token.Length);

    /// <summary>Index of the first token that ends after <paramref name="position"/> (normalised), or Tokens.Count.</summary>
    public int TokenAt(int position)
    {
        int lo = 0, hi = Tokens.Count - 1, ans = Tokens.Count;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Tokens[mid].End > position) { ans = mid; hi = mid - 1; }
            else lo = mid + 1;
        }
        return ans;
    }

    /// <summary>The sentence index that contains a normalised position.</summary>
    public int SentenceAt(int position)
    {
        for (var i = 0; i < Sentences.Count; i++)
        {
            if (position < Sentences[i].End) return i;
        }
        return Math.Max(0, Sentences.Count - 1);
    }

    /// <summary>The sentence span (normalised) containing a position.</summary>
    public TextSpan SentenceSpanAt(int position) => Sentences.Count == 0 ? new TextSpan(0, Normalized.Length) : Sentences[SentenceAt(position)];

    private int EndOf(int normalizedIndex)
    {
        // The original char that produced normalizedIndex; include a whole surrogate pair.
        var o = _map[normalizedIndex];
        if (o < Original.Length && char.IsHighSurrogate(Original[o]) && o + 1 < Original.Length) return o + 2;
        return Math.Min(o + 1, Original.Length);
    }
}
