namespace Preround.Core.Text;

/// <summary>Finds sentence ends in normalised text without breaking on "Dr.", "e.g.", "vs.", "2.5 mg" or "St. Mary's".</summary>
internal static class SentenceSplitter
{
    // NOTE: abbreviations that end in a period but rarely end a sentence in clinical posts.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "dr", "mr", "mrs", "ms", "st", "vs", "etc", "e.g", "i.e", "eg", "ie", "approx", "no", "pt", "pts", "jr", "sr",
        "prof", "dept", "fig", "al", "y.o", "yo", "mt", "ft", "ave", "inc", "co", "u.s", "a.m", "p.m", "sgt", "capt", "rev",
    };

    /// <summary>Exclusive end offsets of each sentence; the last one is the text length.</summary>
    public static List<int> Split(string s)
    {
        var ends = new List<int>(4);
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '\n')
            {
                ends.Add(i + 1);
                i++;
                continue;
            }
            if (c is '.' or '!' or '?' or '…')
            {
                var runEnd = i;
                while (runEnd < s.Length && s[runEnd] is '.' or '!' or '?' or '…' or '"' or '\'' or ')') runEnd++;
                var atBoundary = runEnd == s.Length || char.IsWhiteSpace(s[runEnd]);
                if (atBoundary && !(c == '.' && runEnd == i + 1 && (IsAbbreviation(s, i) || IsDecimal(s, i))))
                {
                    ends.Add(runEnd);
                }
                i = runEnd;
                continue;
            }
            i++;
        }
        if (ends.Count == 0 || ends[^1] != s.Length) ends.Add(s.Length);
        // Drop empty trailing duplicates.
        for (var k = ends.Count - 1; k > 0; k--)
        {
            if (ends[k] == ends[k - 1]) ends.RemoveAt(k);
        }
        return ends;
    }

    private static bool IsDecimal(string s, int dot) =>
        dot > 0 && dot + 1 < s.Length && char.IsDigit(s[dot - 1]) && char.IsDigit(s[dot + 1]);

    private static bool IsAbbreviation(string s, int dot)
    {
        var start = dot;
        while (start > 0 && (char.IsLetter(s[start - 1]) || s[start - 1] == '.')) start--;
        if (start == dot) return false;
        var word = s.AsSpan(start, dot - start);
        if (word.Length == 1) return true; // initials: "J. Alvarez"
        return Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }
}
