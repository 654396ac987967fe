namespace Preround.Platforms.Spelling;

/// <summary>
/// Spelling suggestions one edit away (a swapped pair, a wrong, missing or extra letter) that the dictionary knows,
/// most likely typo first.
/// </summary>
/// <remarks>
/// Hunspell's own suggest walks the whole dictionary with n-gram scoring: 20-100 ms of CPU per unknown word, which
/// was a fifth of a one-off <c>preround check</c>'s 300 ms budget whenever the draft held a name or a rare term. The
/// typos people make in posts are nearly all one edit away ("pateint", "recieved", "definately"), and checking a few
/// hundred candidates with <see cref="Hunspell.Spell"/> costs about a millisecond. Words further off get no suggestion
/// and the finding says "Check the spelling."
/// </remarks>
internal static class NearWords
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyz";

    // QWERTY neighbours: a wrong letter next to the right one on the keyboard is the likeliest substitution.
    private static readonly string[] Neighbours =
    [
        "qwsz", "vghn", "xdfv", "serfcx", "wsdr", "drtgvc", "ftyhbv", "gyujnb", "ujko", "huikmn", "jiolm", "kop",
        "njk", "bhjm", "iklp", "ol", "wa", "edft", "awedxz", "rfgy", "yhji", "cfgb", "qase", "zsdc", "tghu", "asx",
    ];

    /// <summary>Up to <paramref name="max"/> known words one edit from <paramref name="word"/>, best first.</summary>
    public static string[] Find(Func<string, bool> isKnown, string word, int max)
    {
        if (word.Length is < 2 or > 40) return [];
        var lower = word.ToLowerInvariant();
        foreach (var c in lower)
        {
            // NOTE: only plain Latin words are edited; anything else (digits, accents, other scripts) gets no guess.
            if (c is not ((>= 'a' and <= 'z') or '\'' or '-')) return [];
        }
        var shape = CaseShape.Of(word);
        var found = new List<string>(max);
        var seen = new HashSet<string>(StringComparer.Ordinal) { lower };
        bool Try(string candidate)
        {
            if (!seen.Add(candidate)) return false;
            var cased = shape.Apply(candidate);
            if (!isKnown(cased)) return false;
            found.Add(cased);
            return found.Count >= max;
        }

        // Most likely first: two letters swapped, a letter doubled, a neighbouring key, an extra letter, a missing letter,
        // any other wrong letter.
        for (var i = 0; i + 1 < lower.Length; i++)
        {
            if (lower[i] == lower[i + 1]) continue;
            var swapped = lower.ToCharArray();
            (swapped[i], swapped[i + 1]) = (swapped[i + 1], swapped[i]);
            if (Try(new string(swapped))) return [.. found];
        }
        for (var i = 0; i + 1 < lower.Length; i++)
        {
            if (lower[i] == lower[i + 1] && Try(lower.Remove(i, 1))) return [.. found];
        }
        for (var i = 0; i < lower.Length; i++)
        {
            if (lower[i] is < 'a' or > 'z') continue;
            foreach (var c in Neighbours[lower[i] - 'a'])
            {
                if (Try(Replace(lower, i, c))) return [.. found];
            }
        }
        for (var i = 0; i < lower.Length; i++)
        {
            if (Try(lower.Remove(i, 1))) return [.. found];
        }
        for (var i = 0; i <= lower.Length; i++)
        {
            foreach (var c in Letters)
            {
                if (Try(lower.Insert(i, c.ToString()))) return [.. found];
            }
        }
        for (var i = 0; i < lower.Length; i++)
        {
            if (lower[i] is < 'a' or > 'z') continue;
            foreach (var c in Letters)
            {
                if (c != lower[i] && Try(Replace(lower, i, c))) return [.. found];
            }
        }
        return [.. found];
    }

    private static string Replace(string s, int i, char c) => string.Create(s.Length, (s, i, c), static (span, st) =>
    {
        st.s.AsSpan().CopyTo(span);
        span[st.i] = st.c;
    });

    // The original's capitalisation, put back on a lower-case candidate ("Recieved" -> "Received", "HIPPA" -> "HIPAA").
    private readonly record struct CaseShape(bool AllUpper, bool FirstUpper)
    {
        public static CaseShape Of(string word)
        {
            var letters = 0;
            var upper = 0;
            foreach (var c in word)
            {
                if (!char.IsLetter(c)) continue;
                letters++;
                if (char.IsUpper(c)) upper++;
            }
            return new CaseShape(letters > 1 && upper == letters, word.Length > 0 && char.IsUpper(word[0]));
        }

        public string Apply(string lower) =>
            AllUpper ? lower.ToUpperInvariant()
            : FirstUpper ? char.ToUpperInvariant(lower[0]) + lower[1..]
            : lower;
    }
}
