using System.Text;
using System.Text.RegularExpressions;

namespace Preround.Core.Text;

/// <summary>
/// Compiles a list of terms into one regular expression over the normalised text. Term syntax: words
/// separated by spaces (matching any run of spaces or hyphens), a trailing <c>*</c> for any word ending
/// ("nurs*"), <c>?</c> inside a word for one optional character. Everything else is literal.
/// </summary>
public static class Lexicon
{
    /// <summary>Builds the expression; <paramref name="nonBacktracking"/> for terms from organisation packs.</summary>
    public static Regex Compile(IEnumerable<string> terms, bool nonBacktracking = false, bool compiled = true)
    {
        var pattern = ToPattern(terms, nonBacktracking);
        var options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
        options |= nonBacktracking ? RegexOptions.NonBacktracking : compiled ? RegexOptions.Compiled : RegexOptions.None;
        return new Regex(pattern, options);
    }

    /// <summary>The alternation pattern for the terms, longest first so that "bed 12" wins over "bed".</summary>
    // NOTE: the term itself is captured as group "t". The non-backtracking engine has no lookarounds, so
    // there the word boundaries are consumed around the group; always read the span from group "t".
    public static string ToPattern(IEnumerable<string> terms, bool nonBacktracking = false)
    {
        var parts = terms
            .Select(t => t.Trim().ToLowerInvariant())
            .Where(t => t.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(t => t.Length)
            .Select(TermPattern)
            .ToList();
        if (parts.Count == 0) return nonBacktracking ? "[^\\s\\S]" : "(?!)";
        var alternation = string.Join("|", parts);
        return nonBacktracking
            ? @"(?:^|[^\w@])(?<t>" + alternation + @")(?:$|\W)"
            : @"(?<![\w@])(?<t>" + alternation + @")(?!\w)";
    }

    /// <summary>Spans (normalised) of every match, read from group "t" when the pattern has it.</summary>
    public static IEnumerable<Domain.TextSpan> Spans(Regex regex, string text)
    {
        var pos = 0;
        while (pos <= text.Length)
        {
            var m = regex.Match(text, pos);
            if (!m.Success) yield break;
            var g = m.Groups["t"];
            var span = g.Success ? new Domain.TextSpan(g.Index, g.Length) : new Domain.TextSpan(m.Index, m.Length);
            yield return span;
            // NOTE: resume at the end of the term, not of the match: the non-backtracking form consumes
            // the boundary character after a term, which may be the boundary before the next one.
            pos = Math.Max(span.End, m.Index + 1);
        }
    }

    private static string TermPattern(string term)
    {
        var sb = new StringBuilder(term.Length * 2);
        var words = term.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var w = 0; w < words.Length; w++)
        {
            if (w > 0) sb.Append(@"[\s\-]+");
            var word = words[w];
            for (var i = 0; i < word.Length; i++)
            {
                var c = word[i];
                if (c == '*' && i == word.Length - 1) sb.Append(@"\w*");
                else if (c == '?' && i > 0) sb.Append('?');
                else if (c == '\'') sb.Append("'?");
                else sb.Append(Regex.Escape(c.ToString()));
            }
        }
        return sb.ToString();
    }
}
