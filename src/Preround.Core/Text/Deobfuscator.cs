namespace Preround.Core.Text;

/// <summary>Folds leetspeak inside words ("sh1t", "b!tch", "a$$", "h3ll") to letters, one char for one char.</summary>
// NOTE: the fold is 1:1 so the de-obfuscated string shares the normalised text's offset map. It is kept
// apart from Normalized because clinical tokens ("a1c", "b12", "34yo", "covid19", "h1n1") must not be rewritten;
// digits are only folded inside words of three or more letters, which spares those codes.
internal static class Deobfuscator
{
    public static string Fold(string normalized)
    {
        char[]? chars = null;
        var i = 0;
        while (i < normalized.Length)
        {
            if (!IsWordish(normalized[i])) { i++; continue; }
            var start = i;
            while (i < normalized.Length && IsWordish(normalized[i])) i++;
            FoldWord(normalized, start, i, ref chars);
        }
        return chars is null ? normalized : new string(chars);
    }

    private static void FoldWord(string s, int start, int end, ref char[]? chars)
    {
        var letters = 0;
        var leet = false;
        for (var k = start; k < end; k++)
        {
            if (IsAsciiLetter(s[k])) letters++;
            else if (Letter(s[k]) != s[k]) leet = true;
        }
        if (!leet || letters == 0) return;
        // Trailing '!' is punctuation ("wow!"), never a letter.
        var last = end;
        while (last > start && s[last - 1] == '!') last--;
        var prevLetter = false;
        for (var k = start; k < last; k++)
        {
            var c = s[k];
            if (IsAsciiLetter(c)) { prevLetter = true; continue; }
            var folded = Letter(c);
            if (folded == c) { prevLetter = false; continue; }
            var ok = c is '$' or '@'
                ? prevLetter || (k + 1 < last && IsAsciiLetter(s[k + 1]) && k > start)
                : prevLetter && letters >= 3 && HasLetterAfter(s, k + 1, last);
            if (!ok) { prevLetter = false; continue; }
            chars ??= s.ToCharArray();
            chars[k] = folded;
            prevLetter = true;
        }
    }

    private static bool HasLetterAfter(string s, int from, int end)
    {
        for (var k = from; k < end && k <= from + 2; k++)
        {
            if (IsAsciiLetter(s[k])) return true;
            if (Letter(s[k]) == s[k]) return false;
        }
        return false;
    }

    private static bool IsWordish(char c) => IsAsciiLetter(c) || Letter(c) != c;

    private static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z';

    private static char Letter(char c) => Leetspeak.LetterOf(c);
}
