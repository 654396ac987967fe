using Preround.Core.Engine;
using Preround.Core.Text;

namespace Preround.Rules.Professionalism;

/// <summary>The cue families present in one draft, found in a single pass over its tokens and shared by every professionalism rule.</summary>
internal sealed class Cues
{
    private static readonly object Key = new();
    private static readonly FrozenLookup Lookup = new();

    private Cues(Cue found) => Found = found;

    /// <summary>Every cue family seen in the draft.</summary>
    public Cue Found { get; }

    /// <summary>True when any of <paramref name="cue"/>'s families is present.</summary>
    public bool Any(Cue cue) => (Found & cue) != 0;

    /// <summary>True when all of <paramref name="cue"/>'s families are present.</summary>
    public bool All(Cue cue) => (Found & cue) == cue;

    /// <summary>The draft's cues, computed once per draft.</summary>
    public static Cues Of(RuleContext context) => context.Shared(Key, static c => Scan(c.Text));

    internal static Cues Scan(AnalyzedText text)
    {
        var found = Cue.None;
        var tokens = text.Tokens;
        var deob = text.Deobfuscated;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            switch (t.Kind)
            {
                case TokenKind.Word:
                case TokenKind.Hashtag:
                case TokenKind.Number:
                    var start = t.Kind == TokenKind.Hashtag ? t.Start + 1 : t.Start;
                    var word = deob.AsSpan(start, t.End - start);
                    found |= Lookup.Of(word);
                    // "f***", "sh*t", "a$$": a word glued to masking symbols.
                    if (t.End < deob.Length && text.Normalized[t.End] is '*' or '#' or '@' or '%' or '$' or '!' && word.Length <= 8) found |= Cue.Masked;
                    break;
                case TokenKind.Emoji:
                    var e = text.Normalized.AsSpan(t.Start, t.Length).TrimEnd('\uFE0F');
                    found |= Lookup.Of(e);
                    if (e.SequenceEqual("\U0001F595") || e.SequenceEqual("\U0001F92C")) found |= Cue.Profane | Cue.Masked;
                    break;
            }
        }
        return new Cues(found);
    }

    private sealed class FrozenLookup
    {
        private readonly System.Collections.Frozen.FrozenDictionary<string, Cue>.AlternateLookup<ReadOnlySpan<char>> _words =
            CueWords.Words.GetAlternateLookup<ReadOnlySpan<char>>();

        public Cue Of(ReadOnlySpan<char> word)
        {
            var cue = _words.TryGetValue(word, out var c) ? c : Cue.None;
            foreach (var (stem, stemCue) in CueWords.Stems)
            {
                if (word.Length >= stem.Length && word[0] == stem[0] && word.StartsWith(stem, StringComparison.Ordinal)) cue |= stemCue;
            }
            if (word.Length > 5 && (word.Contains("shit", StringComparison.Ordinal) || word.Contains("fuck", StringComparison.Ordinal))) cue |= Cue.Profane;
            // Plurals and possessives of listed words ("clowns'", "idiots").
            if (cue == Cue.None && word.Length > 3 && word[^1] is 's' && _words.TryGetValue(word[..^1], out var singular)) cue = singular;
            return cue;
        }
    }
}
