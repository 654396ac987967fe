using System.Text;

namespace Preround.Planning.Review;

/// <summary>Word tokens of a post for comparison: lower case, without links, handles or punctuation.</summary>
internal static class PostText
{
    /// <summary>Lower-case words of <paramref name="text"/>; links and @handles are skipped, #tags keep their word.</summary>
    public static List<string> Tokens(string text)
    {
        var tokens = new List<string>(32);
        var span = text.AsSpan();
        var i = 0;
        var sb = new StringBuilder(16);
        while (i < span.Length)
        {
            var c = span[i];
            if (c == '@' || StartsWithLink(span[i..]))
            {
                // NOTE: a handle or a link says who or where, not what; two posts that differ only there are the same post.
                while (i < span.Length && !char.IsWhiteSpace(span[i])) i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                sb.Clear();
                while (i < span.Length && (char.IsLetterOrDigit(span[i]) || span[i] == '\'' || span[i] == '\u2019'))
                {
                    if (span[i] is not ('\'' or '\u2019')) sb.Append(char.ToLowerInvariant(span[i]));
                    i++;
                }

                tokens.Add(sb.ToString());
                continue;
            }

            i++;
        }

        return tokens;
    }

    /// <summary>
    /// Hashes of the words of <paramref name="text"/> (as <see cref="Tokens"/> finds them) and of their stems, without
    /// building a string per word: the review reads 100,000 posts and only compares words, never shows them.
    /// </summary>
    public static void Hashes(ReadOnlySpan<char> text, List<ulong> tokens, List<ulong>? stems)
    {
        Span<char> word = stackalloc char[64];
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '@' || StartsWithLink(text[i..]))
            {
                while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }

            var n = 0;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '\'' || text[i] == '\u2019'))
            {
                // NOTE: words longer than 64 characters are compared on their first 64; such "words" are links or noise.
                if (text[i] is not ('\'' or '\u2019') && n < word.Length) word[n++] = char.ToLowerInvariant(text[i]);
                i++;
            }

            var w = word[..n];
            tokens.Add(MinHash.Hash(w));
            stems?.Add(StemHash(w));
        }
    }

    /// <summary>The hash of <see cref="Stem"/> of a lower-case word, equal to <c>MinHash.Hash(Stem(word))</c>.</summary>
    public static ulong StemHash(ReadOnlySpan<char> w)
    {
        if (w.Length > 4 && w.EndsWith("ies")) return MinHash.Hash(w[..^3], 'y');
        if (w.Length > 3 && w[^1] == 's' && w[^2] != 's') return MinHash.Hash(w[..^1]);
        return MinHash.Hash(w);
    }

    /// <summary>A crude stem so that "vaccines" meets "vaccine" and "therapies" meets "therapy".</summary>
    public static string Stem(string word)
    {
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal)) return word[..^3] + "y";
        if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)) return word[..^1];
        return word;
    }

    /// <summary>Words of a hashtag: <c>HeartFailure</c> and <c>heart_failure</c> give "heart", "failure".</summary>
    public static IEnumerable<string> HashtagWords(string tag)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < tag.Length; i++)
        {
            var c = tag[i];
            var boundary = !char.IsLetterOrDigit(c) || (char.IsUpper(c) && i > 0 && char.IsLower(tag[i - 1]));
            if (boundary && sb.Length > 0)
            {
                yield return sb.ToString();
                sb.Clear();
            }

            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        }

        if (sb.Length > 0) yield return sb.ToString();
    }

    private static bool StartsWithLink(ReadOnlySpan<char> s) =>
        s.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || s.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ||
        s.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
}
