using Preround.Platforms.Text;
using Preround.Platforms.Twitter;

namespace Preround.Platforms.Threading;

/// <summary>
/// Finds where a draft may be split: paragraph, line, sentence, clause and word boundaries, never inside a URL,
/// mention, hashtag, cashtag, emoji or grapheme cluster.
/// </summary>
internal static class BreakFinder
{
    // NOTE: lower-case comparison; a period after one of these does not end a sentence ("Dr. Lee", "e.g. this", "St. Mary's").
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "dr", "drs", "mr", "mrs", "ms", "prof", "st", "mt", "vs", "v", "e.g", "i.e", "etc", "approx", "no", "nos", "fig", "figs",
        "al", "jr", "sr", "cf", "ca", "dept", "univ", "inc", "ltd", "co", "corp", "est", "min", "max", "hr", "hrs", "wk", "wks",
        "mo", "yr", "yrs", "pt", "pts", "vol", "ed", "eds", "ref", "refs", "resp", "dx", "hx", "tx", "rx", "sx", "ave", "blvd",
        "mg", "mcg", "ml", "kg", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "rn", "np", "pa", "md", "do", "phd", "pharmd", "bsn", "msn", "dnp", "ph.d", "m.d", "u.s", "u.k",
    };

    /// <summary>Every allowed break, in order, excluding 0 and the end of the text.</summary>
    public static List<BreakPoint> Find(string text)
    {
        var protectedSpans = TwitterExtractor.ExtractEntities(text);
        var clusterStarts = Graphemes.BoundaryList(text);
        var breaks = new List<BreakPoint>();
        var entity = 0;
        for (var k = 1; k < clusterStarts.Count - 1; k++)
        {
            var pos = clusterStarts[k];
            while (entity < protectedSpans.Count && protectedSpans[entity].End <= pos) entity++;
            if (entity < protectedSpans.Count && protectedSpans[entity].Start < pos) continue;
            breaks.Add(new BreakPoint(pos, LevelAt(text, pos)));
        }
        return breaks;
    }

    private static BreakLevel LevelAt(string text, int pos)
    {
        // Breaks are where the next part would start: after whitespace, at the first non-space character.
        if (char.IsWhiteSpace(text[pos]) || !char.IsWhiteSpace(text[pos - 1])) return BreakLevel.Grapheme;
        var wsStart = pos;
        while (wsStart > 0 && char.IsWhiteSpace(text[wsStart - 1])) wsStart--;
        var newlines = 0;
        for (var i = wsStart; i < pos; i++) if (text[i] == '\n') newlines++;
        if (newlines >= 2) return BreakLevel.Paragraph;
        if (newlines == 1) return BreakLevel.Line;
        if (wsStart == 0) return BreakLevel.Word;
        var last = text[wsStart - 1];
        var end = wsStart;
        // Skip closing quotes and brackets: 'She said "stop." Then' ends a sentence.
        while (end > 0 && text[end - 1] is '"' or '\'' or ')' or ']' or '\u201D' or '\u2019') end--;
        if (end > 0 && text[end - 1] is '.' or '!' or '?' or '\u2026')
        {
            if (text[end - 1] != '.' || !IsAbbreviation(text, end - 1)) return BreakLevel.Sentence;
            return BreakLevel.Word;
        }
        if (last is ',' or ';' or ':' or '\u2014' or '\u2013' or '-' && (last != '-' || wsStart >= 2 && char.IsWhiteSpace(text[wsStart - 2])))
        {
            return BreakLevel.Clause;
        }
        return BreakLevel.Word;
    }

    private static bool IsAbbreviation(string text, int periodIndex)
    {
        var start = periodIndex;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.')) start--;
        var word = text[start..periodIndex];
        if (word.Length == 0) return false;
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // an initial: "J. Smith"
        return Abbreviations.Contains(word);
    }
}
