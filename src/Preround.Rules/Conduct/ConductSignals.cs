using System.Collections.Frozen;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Core.Text;

namespace Preround.Rules.Conduct;

/// <summary>
/// One pass over a draft's tokens that tags each word with its <see cref="Sig"/> classes and keeps, per sentence,
/// which classes occur. Shared by every conduct rule through <see cref="RuleContext.Shared{T}"/>.
/// </summary>
internal sealed class ConductSignals
{
    private static readonly object Key = new();
    private static readonly FrozenDictionary<string, Sig>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        ConductLexicon.Words.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly Sig[] _sentences;
    private readonly List<Hit> _hits;

    private ConductSignals(Sig post, Sig[] sentences, List<Hit> hits)
    {
        Post = post;
        _sentences = sentences;
        _hits = hits;
    }

    /// <summary>A tagged word: where it is (normalised), which classes, which sentence.</summary>
    public readonly record struct Hit(int Start, int Length, Sig Sig, int Sentence)
    {
        public TextSpan Span => new(Start, Length);
    }

    /// <summary>Every class seen anywhere in the draft.</summary>
    public Sig Post { get; }

    /// <summary>Tagged words in order.</summary>
    public IReadOnlyList<Hit> Hits => _hits;

    /// <summary>Number of sentences.</summary>
    public int SentenceCount => _sentences.Length;

    /// <summary>True when the draft has any of the classes.</summary>
    public bool Any(Sig sig) => (Post & sig) != 0;

    /// <summary>Classes present in one sentence (none when out of range).</summary>
    public Sig In(int sentence) => sentence >= 0 && sentence < _sentences.Length ? _sentences[sentence] : Sig.None;

    /// <summary>Classes present in a sentence and its neighbours (a thought often spans "X. Y.").</summary>
    public Sig Around(int sentence) => In(sentence - 1) | In(sentence) | In(sentence + 1);

    /// <summary>The draft's signals, computed once per draft.</summary>
    public static ConductSignals Of(RuleContext context) => context.Shared(Key, static c => Scan(c.Text));

    internal static ConductSignals Scan(AnalyzedText text)
    {
        var sentences = new Sig[Math.Max(1, text.Sentences.Count)];
        var hits = new List<Hit>(8);
        var post = Sig.None;
        var tokens = text.Tokens;
        var deob = text.Deobfuscated;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            ReadOnlySpan<char> word;
            switch (t.Kind)
            {
                case TokenKind.Word:
                case TokenKind.Number:
                    word = deob.AsSpan(t.Start, t.Length);
                    break;
                case TokenKind.Hashtag:
                    word = deob.AsSpan(t.Start + 1, t.Length - 1);
                    break;
                case TokenKind.Emoji:
                    word = text.Normalized.AsSpan(t.Start, t.Length).TrimEnd('\uFE0F');
                    break;
                case TokenKind.Mention:
                    word = "@";
                    break;
                default:
                    continue;
            }
            var sig = Of(word);
            // "fuck every politician", "screw them": a swear aimed at people is contempt.
            if (word is "fuck" or "screw" && i + 1 < tokens.Count && AimedAt(text.SpanOf(tokens[i + 1]))) sig |= Sig.Contempt;
            const Sig substance = Sig.Alcohol | Sig.Drug | Sig.Heavy;
            if ((sig & substance) != 0 && i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Word
                && SubstanceSense.IsOtherSense(word, deob.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length)))
            {
                sig &= ~substance;
            }
            if (sig == Sig.None) continue;
            var s = Math.Min(t.Sentence, sentences.Length - 1);
            sentences[s] |= sig;
            post |= sig;
            hits.Add(new Hit(t.Start, t.Length, sig, s));
        }
        return new ConductSignals(post, sentences, hits);
    }

    private static bool AimedAt(ReadOnlySpan<char> next) =>
        next is "you" or "u" or "them" or "him" or "her" or "every" or "everyone" or "anyone" or "all" or "those" or "these" or "that" or "the" or "off";

    private static Sig Of(ReadOnlySpan<char> word)
    {
        if (word is "@") return Sig.Person;
        if (Lookup.TryGetValue(word, out var sig)) return sig;
        // Plurals and possessives of listed words ("clowns", "nurse's").
        if (word.Length > 3 && word[^1] == 's' && Lookup.TryGetValue(word[..^1], out sig)) return sig;
        if (word.Length > 4 && word.EndsWith("'s") && Lookup.TryGetValue(word[..^2], out sig)) return sig;
        return Sig.None;
    }
}
