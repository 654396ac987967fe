namespace Preround.Core.Text;

/// <summary>Whether a phrase is negated, prohibited or hypothetical: "never post patient photos", "don't share".</summary>
public static class Negation
{
    private static readonly HashSet<string> Negators = new(StringComparer.Ordinal)
    {
        "not", "never", "no", "don't", "dont", "doesn't", "doesnt", "didn't", "didnt", "won't", "wont", "isn't", "isnt",
        "aren't", "arent", "wasn't", "wasnt", "weren't", "cannot", "can't", "cant", "shouldn't", "shouldnt", "mustn't",
        "without", "avoid", "avoiding", "nor", "stop", "refuse", "refused", "neither", "hardly", "wouldn't", "couldn't",
    };

    /// <summary>
    /// True when the word (normalised, lower case) is one of the negators <see cref="IsNegated"/> looks for.
    /// Shared with the learned classifier's features so that rules and model agree on what negates.
    /// </summary>
    public static bool IsNegator(ReadOnlySpan<char> word) => Negators.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>
    /// True when a negator stands within <paramref name="window"/> words before the normalised position,
    /// in the same sentence.
    /// </summary>
    public static bool IsNegated(AnalyzedText text, int normalizedStart, int window = 4)
    {
        var index = text.TokenAt(normalizedStart);
        if (index >= text.Tokens.Count) index = text.Tokens.Count - 1;
        if (index < 0) return false;
        var sentence = text.Tokens[index].Sentence;
        var seen = 0;
        for (var i = index - 1; i >= 0 && seen < window; i--)
        {
            var t = text.Tokens[i];
            if (t.Sentence != sentence) break;
            if (t.Kind == TokenKind.Punctuation)
            {
                // A comma or dash ends the negator's reach ("no, that patient ...").
                if (text.Normalized[t.Start] is ',' or ';' or ':' or '-') break;
                continue;
            }
            seen++;
            if (Negators.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.SpanOf(t))) return true;
        }
        return false;
    }
}
