namespace Preround.Platforms.Spelling;

/// <summary>
/// The words of a post worth spell-checking: runs of Latin letters (with inner apostrophes), each part of a hyphenated
/// word on its own. Left out: anything inside a URL, hashtag, mention or e-mail address, words touching digits
/// ("q6h", "covid19"), ALL-CAPS abbreviations ("ICU"), camelCase, single letters, and capitalised words inside a
/// sentence (names: "Dr. Okafor", "Osler").
/// </summary>
internal static class SpellingWords
{
    /// <summary>A word to check: where it is in <paramref name="Text"/>.</summary>
    public readonly record struct Word(string Text, int Start, int Length)
    {
        /// <summary>The characters of the word as they stand in the text.</summary>
        public ReadOnlySpan<char> Span => Text.AsSpan(Start, Length);

        /// <summary>Whether <see cref="Value"/> differs from <see cref="Span"/> (a curly apostrophe inside).</summary>
        public bool NeedsStraightening => Span.Contains('\u2019');

        /// <summary>The form to look up (curly apostrophes straightened); allocates.</summary>
        public string Value => Text.Substring(Start, Length).Replace('\u2019', '\'');
    }

    public static List<Word> Find(string text, IReadOnlyList<(int Start, int End)> skip)
    {
        // NOTE: about one word in six characters; sized once so that long drafts do not regrow the list.
        var words = new List<Word>(text.Length / 6 + 4);
        var s = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && (IsWordChar(text[i]) || IsJoiner(text, i))) i++;
            var end = i;
            // Advance past skipped ranges that end before this token.
            while (s < skip.Count && skip[s].End <= start) s++;
            if (s < skip.Count && skip[s].Start < end) continue;
            if (TouchesDigitOrAt(text, start, end)) continue;
            AddParts(text, start, end, words);
        }
        return words;
    }

    private static void AddParts(string text, int start, int end, List<Word> words)
    {
        var p = start;
        while (p < end)
        {
            var q = p;
            while (q < end && text[q] != '-') q++;
            var (a, b) = TrimApostrophes(text, p, q);
            if (b - a >= 2 && ShouldCheck(text, a, b)) words.Add(new Word(text, a, b - a));
            p = q + 1;
        }
    }

    private static bool ShouldCheck(string text, int start, int end)
    {
        var upper = 0;
        var lowerSeen = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (char.IsUpper(c))
            {
                upper++;
                // camelCase or a capital after the first letter: a name, brand or abbreviation ("McBride", "iPhone").
                if (i > start) return false;
            }
            else if (char.IsLower(c)) lowerSeen = true;
        }
        if (!lowerSeen) return false;
        // A capitalised word is checked only where a sentence starts (elsewhere it is most likely a name).
        return upper == 0 || StartsSentence(text, start);
    }

    private static bool StartsSentence(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || text[i] is '"' or '\u201C' or '(' or '\'' or '\u2018')) i--;
        if (i < 0) return true;
        if (text[i] is '!' or '?' or '\n') return true;
        // A period after an abbreviation of a title ("Dr. Okafor") does not start a sentence.
        if (text[i] != '.') return false;
        var w = i - 1;
        while (w >= 0 && char.IsLetter(text[w])) w--;
        var previous = text.AsSpan(w + 1, i - w - 1);
        return previous.Length > 3 || !(previous.Equals("Dr", StringComparison.OrdinalIgnoreCase) || previous.Equals("Mr", StringComparison.OrdinalIgnoreCase)
            || previous.Equals("Mrs", StringComparison.OrdinalIgnoreCase) || previous.Equals("Ms", StringComparison.OrdinalIgnoreCase)
            || previous.Equals("St", StringComparison.OrdinalIgnoreCase) || previous.Equals("Prof", StringComparison.OrdinalIgnoreCase));
    }

    private static (int, int) TrimApostrophes(string text, int a, int b)
    {
        while (a < b && text[a] is '\'' or '\u2019') a++;
        while (b > a && text[b - 1] is '\'' or '\u2019') b--;
        return (a, b);
    }

    private static bool TouchesDigitOrAt(string text, int start, int end)
    {
        var before = start > 0 ? text[start - 1] : ' ';
        var after = end < text.Length ? text[end] : ' ';
        // NOTE: "*" and "!" inside a word mask it ("f*cking", "sh!t"): the pieces are not words.
        if (before == '*' || after == '*') return true;
        if (after == '!' && end + 1 < text.Length && char.IsLetter(text[end + 1])) return true;
        if (before == '!' && start > 1 && char.IsLetter(text[start - 2])) return true;
        return char.IsDigit(before) || char.IsDigit(after) || before is '@' or '#' or '$' or '_' or '/' || after is '@' or '_' or '/'
            || (before == '.' && start > 1 && char.IsLetterOrDigit(text[start - 2]))
            || (after == '.' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1]));
    }

    // Latin letters only: other scripts are not English and Hunspell en_US cannot judge them.
    private static bool IsWordChar(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' || (c >= '\u00C0' && c <= '\u024F' && c != '\u00D7' && c != '\u00F7');

    private static bool IsJoiner(string text, int i) =>
        text[i] is '\'' or '\u2019' or '-' && i + 1 < text.Length && IsWordChar(text[i + 1]) && i > 0 && IsWordChar(text[i - 1]);
}
