using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;

namespace Preround.Rules.Profanity;

/// <summary>Finds swear words with letters masked by symbols or emoji ("f***", "b*tch", "$h!t", "f🤬ck").</summary>
// NOTE: a masked word is accepted only when it has the same number of letters as a known obscenity and every
// visible letter matches in place, so "**note**", "Q&A" or "#1" are never taken for swearing.
internal static partial class MaskedWords
{
    private static readonly string[] Templates =
    [
        "fuck", "fucking", "fuckin", "fucked", "fucker", "fucks", "fck", "fk", "shit", "shitty", "shits", "bullshit",
        "bitch", "bitches", "ass", "asshole", "damn", "bastard", "cunt", "dick", "piss", "pissed", "motherfucker",
        "wtf", "goddamn", "fcking",
    ];

    public static void Report(RuleContext context)
    {
        var text = context.Text.Deobfuscated;
        foreach (Match m in Candidate().Matches(text))
        {
            if (Fits(m.Value)) context.ReportNormalized(new TextSpan(m.Index, m.Length), 0.8);
        }
        foreach (Match m in Spoken().Matches(text)) context.ReportNormalized(new TextSpan(m.Index, m.Length), 0.7);
        foreach (Match m in Gesture().Matches(text)) context.ReportNormalized(new TextSpan(m.Index, m.Length), 0.7);
    }

    internal static bool Fits(string candidate)
    {
        Span<char> compact = stackalloc char[candidate.Length];
        int n = 0, letters = 0, masks = 0;
        for (var i = 0; i < candidate.Length; i++)
        {
            var c = candidate[i];
            if (char.IsHighSurrogate(c)) { compact[n++] = '*'; masks++; i++; continue; }
            if (c is >= 'a' and <= 'z') { compact[n++] = c; letters++; continue; }
            compact[n++] = '*';
            masks++;
        }
        if (letters == 0 || masks == 0) return false;
        var word = compact[..n];
        foreach (var template in Templates)
        {
            if (template.Length != word.Length) continue;
            var ok = true;
            for (var k = 0; k < word.Length && ok; k++) ok = word[k] == '*' || word[k] == template[k];
            // The first letter must show, or the word is guesswork ("***t").
            if (ok && (word[0] != '*' || template[0] == 's')) return true;
        }
        return false;
    }

    [GeneratedRegex(@"(?<![\w*#@$%!])[a-z$@]{1,7}(?:[*#%@$!_]|\uD83E\uDD2C){1,5}[a-z]{0,6}(?![\w*#])", RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();

    [GeneratedRegex(@"(?<!\w)(?:f[-'](?:ing|in|ed|en)|what the f(?=\W|$)|f(?:\uD83E\uDD2C)+(?:ing|in|ed|k)?)(?!\w)", RegexOptions.CultureInvariant)]
    private static partial Regex Spoken();

    [GeneratedRegex(@"\uD83D\uDD95", RegexOptions.CultureInvariant)]
    private static partial Regex Gesture();
}
