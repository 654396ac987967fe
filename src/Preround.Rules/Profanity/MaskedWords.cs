using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Core.Text;

namespace Preround.Rules.Profanity;

/// <summary>
/// Finds swear words that are disguised: letters masked by symbols or emoji ("f***", "b*tch", "s***show", "f🤬ck"),
/// written in digits ("5h1t", "@ss"), spelled out ("F.U.C.K.", "s h i t"), abbreviated ("f'ing") or a grawlix ("$#!%").
/// </summary>
// NOTE: a disguised word is accepted only when it has the same number of characters as a known obscenity and every
// visible letter (or digit read as its letter) matches in place, so "**note**", "Q&A", "h1n1", "a1c" or "#1" are never
// taken for swearing. Writers mask a word precisely because they know it is a swear word, so the mask is the signal.
internal static partial class MaskedWords
{
    private static readonly string[] Templates =
    [
        "fuck", "fucking", "fuckin", "fucked", "fucker", "fuckers", "fucks", "fuckery", "fck", "fk", "fcking",
        "shit", "shitty", "shits", "shite", "bullshit", "shitshow", "shitshows", "shitstorm", "shithole", "shitload",
        "bitch", "bitches", "bitchy", "ass", "asses", "asshole", "assholes", "damn", "bastard", "bastards", "cunt", "cunts",
        "dick", "dickhead", "piss", "pissed", "motherfucker", "motherfucking", "wtf", "goddamn", "twat", "twats",
        "prick", "pricks", "wanker", "wankers", "whore", "slut", "bollocks",
    ];

    /// <summary>Words that are swearing when spelled out letter by letter.</summary>
    private static readonly string[] Spelled = ["fuck", "fucking", "shit", "bitch", "cunt", "fu", "stfu", "gtfo"];

    /// <summary>
    /// Cheap test for whether a draft could hide a swear word at all: a masking symbol, a digit or '!' inside letters,
    /// a letter spelled with dots or spaces, or "f'". Most drafts have none of these next to letters.
    /// </summary>
    public static bool MayHide(string n)
    {
        for (var i = 0; i < n.Length; i++)
        {
            var c = n[i];
            switch (c)
            {
                case '*' or '#' or '%' or '_' or '$' or '@' or '\uD83E':
                    return true;
                case '!' or '.' or ' ' or '\'' or (>= '0' and <= '9'):
                    if (i > 0 && i + 1 < n.Length && IsLetter(n[i - 1]) && IsLetter(n[i + 1])
                        && (c is not ('.' or ' ') || ((i < 2 || !IsLetter(n[i - 2])) && (i + 2 >= n.Length || !IsLetter(n[i + 2])))))
                    {
                        return true;
                    }
                    if (c is >= '0' and <= '9' && i + 1 < n.Length && IsLetter(n[i + 1]) && (i == 0 || !char.IsLetterOrDigit(n[i - 1]))) return true;
                    break;
            }
        }
        return false;
    }

    public static void Report(RuleContext context)
    {
        var text = context.Text.Normalized;
        foreach (Match m in Candidate().Matches(text))
        {
            if (Fits(m.Value) && !Reported(context, m)) context.ReportNormalized(new TextSpan(m.Index, m.Length), 0.8);
        }
        foreach (Match m in Spoken().Matches(text))
        {
            if (!Reported(context, m)) context.ReportNormalized(new TextSpan(m.Index, m.Length), 0.7);
        }
        foreach (Match m in Gesture().Matches(text)) context.ReportNormalized(new TextSpan(m.Index, m.Length), 0.7);
        foreach (Match m in SpelledOut().Matches(text))
        {
            if (IsSpelledSwear(m.ValueSpan)) context.ReportNormalized(new TextSpan(m.Index, m.Length), 0.8);
        }
        foreach (Match m in Grawlix().Matches(text))
        {
            // "$#!%" swears; "!!!" or "***" is emphasis or a divider: at least three different symbols.
            var distinct = 0;
            foreach (var c in "$#!%@&*") if (m.ValueSpan.Contains(c)) distinct++;
            if (distinct >= 3) context.ReportNormalized(new TextSpan(m.Index, m.Length), 0.7);
        }
    }

    /// <summary>"f.u.c.k", "s h i t": the letters without their separators spell a swear word.</summary>
    private static bool IsSpelledSwear(ReadOnlySpan<char> spelled)
    {
        // NOTE: SpelledOut matches at most 7 letters with their separators (14 characters).
        Span<char> letters = stackalloc char[spelled.Length];
        var k = 0;
        foreach (var c in spelled)
        {
            if (IsLetter(c)) letters[k++] = c;
        }
        foreach (var w in Spelled)
        {
            if (letters[..k].SequenceEqual(w)) return true;
        }
        return false;
    }

    /// <summary>The plain-word pass already reported this word ("sh1t" reads as "shit" once leetspeak is folded).</summary>
    private static bool Reported(RuleContext context, Match m)
    {
        var span = context.Text.ToOriginal(new TextSpan(m.Index, m.Length));
        foreach (var f in context.Findings)
        {
            if (f.RuleId == RuleIds.Profanity && f.Span.Start < span.End && span.Start < f.Span.End) return true;
        }
        return false;
    }

    internal static bool Fits(string candidate)
    {
        Span<char> compact = stackalloc char[candidate.Length];
        int n = 0, letters = 0, disguised = 0;
        for (var i = 0; i < candidate.Length; i++)
        {
            var c = candidate[i];
            if (char.IsHighSurrogate(c)) { compact[n++] = '*'; disguised++; i++; continue; }
            if (IsLetter(c)) { compact[n++] = c; letters++; continue; }
            compact[n++] = c;
            disguised++;
        }
        if (letters == 0 || disguised == 0) return false;
        var word = compact[..n];
        foreach (var template in Templates)
        {
            if (template.Length != word.Length) continue;
            var ok = true;
            for (var k = 0; k < word.Length && ok; k++) ok = Matches(word[k], template[k]);
            // The first letter must show (as itself or as a digit or symbol read as it), or the word is guesswork ("***t").
            if (ok && (Shows(word[0], template[0]) || template[0] == 's')) return true;
        }
        return false;
    }

    private static bool Matches(char c, char letter) => c == letter || c is '*' or '#' or '%' or '_' || Shows(c, letter) || (c is '!' or '$' or '@');

    private static bool Shows(char c, char letter) => c == letter || Leet(c) == letter || (letter == 'l' && c == '1');

    private static char Leet(char c) => Leetspeak.LetterOf(c) is var letter && letter != c ? letter : '\0';

    private static bool IsLetter(char c) => c is >= 'a' and <= 'z';

    [GeneratedRegex(@"(?<![\w*#@$%!'])(?:[a-z0-9$@*#%!_|]|\uD83E\uDD2C){2,13}(?![\w*#@$%])", RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();

    [GeneratedRegex(@"(?<!\w)(?:f[-'](?:ing|in|ed|en)|what the f(?=\W|$)|f(?:\uD83E\uDD2C)+(?:ing|in|ed|k)?)(?!\w)", RegexOptions.CultureInvariant)]
    private static partial Regex Spoken();

    [GeneratedRegex(@"\uD83D\uDD95", RegexOptions.CultureInvariant)]
    private static partial Regex Gesture();

    [GeneratedRegex(@"(?<![\w.])[a-z](?:\.[a-z]){1,6}\.?(?!\w)|(?<!\w)[a-z](?: [a-z]){3,6}(?!\w)", RegexOptions.CultureInvariant)]
    private static partial Regex SpelledOut();

    [GeneratedRegex(@"(?<![\w$#!%@&*])[$#!%@&*]{3,6}(?![\w$#!%@&*])", RegexOptions.CultureInvariant)]
    private static partial Regex Grawlix();
}
