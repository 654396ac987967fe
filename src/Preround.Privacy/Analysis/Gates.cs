using System.Buffers;

namespace Preround.Privacy.Analysis;

/// <summary>
/// Cheap necessary conditions checked before a regex runs: whole words, digit counts, and the stretches of text
/// between sentence punctuation that hold a literal a pattern needs.
/// </summary>
// NOTE: every gate here must be implied by the pattern it guards (a draft the gate rejects could never match), so a
// gate changes speed, never findings. The speed step was checked byte for byte on `check --jsonl` over every corpus.
internal static class Gates
{
    /// <summary>Whether <paramref name="word"/> occurs in <paramref name="n"/> with no letter or digit either side.</summary>
    public static bool HasWord(string n, string word)
    {
        for (var k = n.IndexOf(word, StringComparison.Ordinal); k >= 0; k = n.IndexOf(word, k + 1, StringComparison.Ordinal))
        {
            var end = k + word.Length;
            if ((k == 0 || !char.IsLetterOrDigit(n[k - 1])) && (end == n.Length || !char.IsLetterOrDigit(n[end]))) return true;
        }
        return false;
    }

    /// <summary>Whether any of <paramref name="words"/> occurs as a whole word.</summary>
    public static bool HasAnyWord(string n, string[] words)
    {
        foreach (var w in words) if (HasWord(n, w)) return true;
        return false;
    }

    /// <summary>The stretches between '.', '!' and '?' that contain one of <paramref name="literals"/>, in order.</summary>
    /// <remarks>
    /// A pattern that can match no '.', '!' or '?' and has no anchors or look-behinds finds exactly the same matches
    /// in these stretches as in the whole text (the punctuation around a stretch is a non-word character, as the
    /// stretch's edges are to <c>\b</c>), so only the stretches that hold what it needs are searched.
    /// </remarks>
    public static StretchEnumerator Stretches(string n, SearchValues<string> literals) => new(n, literals);

    /// <summary>Enumerates gated stretches; see <see cref="Stretches"/>.</summary>
    public ref struct StretchEnumerator(string n, SearchValues<string> literals)
    {
        private int _next;

        /// <summary>The current stretch: start and length in <c>n</c>.</summary>
        public (int Start, int Length) Current { get; private set; }

        /// <summary>Enumerator pattern.</summary>
        public readonly StretchEnumerator GetEnumerator() => this;

        /// <summary>Advances to the next stretch holding a literal.</summary>
        public bool MoveNext()
        {
            while (_next <= n.Length)
            {
                var start = _next;
                var stop = n.AsSpan(start).IndexOfAny('.', '!', '?');
                var end = stop < 0 ? n.Length : start + stop;
                _next = end + 1;
                if (end > start && n.AsSpan(start, end - start).ContainsAny(literals))
                {
                    Current = (start, end - start);
                    return true;
                }
            }
            return false;
        }
    }

    /// <summary>How many ASCII digits a text has and its longest run of consecutive digits.</summary>
    public static (int Count, int LongestRun) Digits(string n)
    {
        int count = 0, run = 0, longest = 0;
        var span = n.AsSpan();
        for (var k = span.IndexOfAnyInRange('0', '9'); k >= 0 && k < span.Length; k++)
        {
            if (char.IsAsciiDigit(span[k]))
            {
                count++;
                run++;
                if (run > longest) longest = run;
            }
            else
            {
                run = 0;
                var skip = span[(k + 1)..].IndexOfAnyInRange('0', '9');
                if (skip < 0) break;
                k += skip;
            }
        }
        return (count, longest);
    }
}
