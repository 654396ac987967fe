using System.Globalization;

namespace Preround.Core.Text;

/// <summary>Splits normalised text into words, numbers, hashtags, mentions, links, emoji and punctuation.</summary>
internal static class Tokenizer
{
    public static Token[] Tokenize(string s, List<int> sentenceEnds)
    {
        var tokens = new List<Token>(s.Length / 4 + 4);
        var sentence = 0;
        var i = 0;
        while (i < s.Length)
        {
            while (sentence < sentenceEnds.Count - 1 && i >= sentenceEnds[sentence]) sentence++;
            var c = s[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int end;
            TokenKind kind;
            if ((c == 'h' && (StartsWith(s, i, "http://") || StartsWith(s, i, "https://"))) || (c == 'w' && StartsWith(s, i, "www.")))
            {
                end = UrlEnd(s, i);
                kind = TokenKind.Url;
            }
            else if (c == '@' && i + 1 < s.Length && IsHandleChar(s[i + 1]) && (i == 0 || !char.IsLetterOrDigit(s[i - 1])))
            {
                end = i + 1;
                while (end < s.Length && (IsHandleChar(s[end]) || (s[end] is '@' or '.' && end + 1 < s.Length && IsHandleChar(s[end + 1])))) end++;
                kind = TokenKind.Mention;
            }
            else if (c == '#' && i + 1 < s.Length && char.IsLetterOrDigit(s[i + 1]))
            {
                end = WordEnd(s, i + 1);
                kind = TokenKind.Hashtag;
            }
            else if (char.IsLetterOrDigit(c))
            {
                end = WordEnd(s, i);
                kind = IsNumber(s, i, end) ? TokenKind.Number : TokenKind.Word;
            }
            else if (IsEmojiStart(s, i))
            {
                end = EmojiEnd(s, i);
                kind = TokenKind.Emoji;
            }
            else
            {
                end = i + (char.IsHighSurrogate(c) && i + 1 < s.Length ? 2 : 1);
                kind = TokenKind.Punctuation;
            }
            tokens.Add(new Token(tokens.Count, i, end - i, kind, sentence));
            i = end;
        }
        return [.. tokens];
    }

    private static bool StartsWith(string s, int i, string prefix) => string.CompareOrdinal(s, i, prefix, 0, prefix.Length) == 0;

    private static bool IsHandleChar(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_';

    private static int UrlEnd(string s, int i)
    {
        var end = i;
        while (end < s.Length && !char.IsWhiteSpace(s[end])) end++;
        while (end > i && s[end - 1] is '.' or ',' or '!' or '?' or ')' or '"' or '\'' or ';' or ':') end--;
        return end;
    }

    private static int WordEnd(string s, int i)
    {
        var end = i;
        while (end < s.Length)
        {
            var c = s[end];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) { end++; continue; }
            // Keep "don't", "mom's", "2.5", "1,000" and "y.o" together.
            if ((c is '\'' or '.' or ',') && end + 1 < s.Length && char.IsLetterOrDigit(s[end + 1]) && end > i)
            {
                if (c == ',' && !(char.IsDigit(s[end - 1]) && char.IsDigit(s[end + 1]))) break;
                if (c == '.' && !(char.IsDigit(s[end - 1]) && char.IsDigit(s[end + 1])) && !(end + 2 <= s.Length && IsSingleLetterDotted(s, end))) break;
                end++;
                continue;
            }
            break;
        }
        return end;
    }

    // "y.o", "e.g", "u.s": a letter, a dot, a letter.
    private static bool IsSingleLetterDotted(string s, int dot) =>
        dot >= 1 && char.IsLetter(s[dot - 1]) && (dot < 2 || !char.IsLetter(s[dot - 2])) && dot + 1 < s.Length && char.IsLetter(s[dot + 1]) && (dot + 2 >= s.Length || !char.IsLetter(s[dot + 2]));

    private static bool IsNumber(string s, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!char.IsDigit(s[k]) && s[k] is not '.' and not ',') return false;
        }
        return true;
    }

    internal static bool IsEmojiStart(string s, int i)
    {
        var c = s[i];
        // NOTE: a lone surrogate (JSON input may carry "\ud83d" on its own) is not an emoji, and must not throw.
        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            var cp = char.ConvertToUtf32(c, s[i + 1]);
            return cp is >= 0x1F000 and <= 0x1FAFF;
        }
        return c is >= '\u2600' and <= '\u27BF' or '\u2B50' or '\u2B55' or '\u2764' or '\u203C' or '\u2049';
    }

    private static int EmojiEnd(string s, int i)
    {
        var end = i + (char.IsHighSurrogate(s[i]) ? 2 : 1);
        while (end < s.Length)
        {
            var c = s[end];
            if (c is '\uFE0F' or '\uFE0E' or '\u20E3') { end++; continue; }
            if (c == '\u200D' && end + 1 < s.Length) { end++; end += char.IsHighSurrogate(s[end]) && end + 1 < s.Length ? 2 : 1; continue; }
            // Skin tones and tag sequences.
            if (char.IsHighSurrogate(c) && end + 1 < s.Length && char.IsLowSurrogate(s[end + 1]))
            {
                var cp = char.ConvertToUtf32(c, s[end + 1]);
                if (cp is >= 0x1F3FB and <= 0x1F3FF or >= 0xE0020 and <= 0xE007F) { end += 2; continue; }
            }
            break;
        }
        return end;
    }
}
