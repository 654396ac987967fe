using Preround.Core.Domain;
using Preround.Core.Text;

namespace Preround.Rules.Learned;

/// <summary>One hashed feature of a draft, and the token it comes from.</summary>
/// <param name="Hash">Stable 32-bit hash of the feature (the same on every machine and run).</param>
/// <param name="Token">Index into <see cref="AnalyzedText.Tokens"/> of the token that carries it.</param>
public readonly record struct LearnedFeature(uint Hash, int Token);

/// <summary>
/// Turns a draft into the sparse features the learned classifier reads: stemmed words (leetspeak folded),
/// adjacent word pairs, words under a negator, hashtags, emoji, link/handle/number shapes and `!`/`?`. Training (tools/Preround.Train) and checking share this code, so a model always sees
/// drafts the way it was trained.
/// </summary>
/// <remarks>
/// Hashes are computed over the characters directly (FNV-1a, salted per feature kind) so that extraction
/// allocates nothing per token. The same text always yields the same features.
/// </remarks>
public static class LearnedFeatures
{
    private const uint Offset = 2166136261;
    private const uint Prime = 16777619;

    // Salts keep a word, the same word as a hashtag and the same word under a negator apart.
    private const uint WordSalt = 0x9E3779B9;
    private const uint NegatedSalt = 0x85EBCA6B;
    private const uint HashtagSalt = 0xC2B2AE35;
    private const uint EmojiSalt = 0x27D4EB2F;
    private const uint PairSalt = 0x165667B1;

    /// <summary>Words a negator reaches forward ("never post", "not a doctor").</summary>
    private const int NegationReach = 3;

    /// <summary>Appends the draft's features to <paramref name="into"/>. Order is deterministic; duplicates are possible.</summary>
    /// <remarks>
    /// NOTE: the author's role and the platform are deliberately not features. Trained on our corpus they became
    /// priors of their own (one role's posts happened to swear more), strong enough to flag "Clean post" by role
    /// alone; the hand-written rules use the role where it really matters (credentials, advice).
    /// </remarks>
    public static void Extract(AnalyzedText text, List<LearnedFeature> into) => Extract(text, into, wordPairs: true);

    /// <summary>As <see cref="Extract(AnalyzedText, List{LearnedFeature})"/>; <paramref name="wordPairs"/> false leaves out the adjacent-pair features (a training experiment).</summary>
    public static void Extract(AnalyzedText text, List<LearnedFeature> into, bool wordPairs)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(into);

        var tokens = text.Tokens;
        var negatedUntil = -1;
        var previous = 0u;
        var previousSentence = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            uint unit;
            switch (t.Kind)
            {
                case TokenKind.Word:
                {
                    var word = text.Deobfuscated.AsSpan(t.Start, t.Length);
                    var raw = text.SpanOf(t);
                    unit = Hash(WordSalt, Stem(word));
                    into.Add(new LearnedFeature(unit, i));
                    if (i <= negatedUntil) into.Add(new LearnedFeature(Hash(NegatedSalt, Stem(word)), i));
                    // NOTE: the negators are Core's (Negation.IsNegator), so the model and the rules agree on what negates.
                    if (Negation.IsNegator(raw) || raw.EndsWith("n't", StringComparison.Ordinal)) negatedUntil = i + NegationReach;
                    break;
                }
                case TokenKind.Hashtag:
                {
                    var tag = text.Deobfuscated.AsSpan(t.Start, t.Length).TrimStart('#');
                    unit = Hash(WordSalt, Stem(tag));
                    into.Add(new LearnedFeature(unit, i));
                    into.Add(new LearnedFeature(Hash(HashtagSalt, tag), i));
                    break;
                }
                case TokenKind.Emoji:
                    unit = Hash(EmojiSalt, text.SpanOf(t));
                    into.Add(new LearnedFeature(unit, i));
                    break;
                case TokenKind.Number:
                    unit = Hash(WordSalt, t.Length <= 2 ? "<num2>" : t.Length <= 4 ? "<num4>" : "<numlong>");
                    into.Add(new LearnedFeature(unit, i));
                    break;
                case TokenKind.Mention:
                    unit = Hash(WordSalt, "<mention>");
                    into.Add(new LearnedFeature(unit, i));
                    break;
                case TokenKind.Url:
                    unit = Hash(WordSalt, "<url>");
                    into.Add(new LearnedFeature(unit, i));
                    break;
                default:
                {
                    // Only ! and ? carry tone; other punctuation breaks a pair.
                    var c = text.Normalized[t.Start];
                    if (c is '!' or '?')
                    {
                        unit = Hash(WordSalt, c == '!' ? "<bang>" : "<ask>");
                        into.Add(new LearnedFeature(unit, i));
                        break;
                    }
                    if (c is '.' or ',' or ';' or ':') previous = 0;
                    continue;
                }
            }
            if (wordPairs && previous != 0 && previousSentence == t.Sentence)
            {
                into.Add(new LearnedFeature(Mix(previous, unit), i));
            }
            previous = unit;
            previousSentence = t.Sentence;
        }
    }

    /// <summary>
    /// A light suffix stripper: enough that "vent", "venting" and "vented" share evidence on a small corpus,
    /// cautious enough not to merge unrelated short words.
    /// </summary>
    internal static ReadOnlySpan<char> Stem(ReadOnlySpan<char> w)
    {
        if (w.EndsWith("'s", StringComparison.Ordinal)) w = w[..^2];
        if (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal)) return w[..^3];
        if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal)) return w[..^2];
        if (w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal)) return w[..^2];
        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal)) return w[..^3];
        if (w.Length > 3 && w[^1] == 's' && w[^2] is not ('s' or 'u' or 'i')) return w[..^1];
        return w;
    }

    private static uint Hash(uint salt, ReadOnlySpan<char> s)
    {
        var h = Offset ^ salt;
        foreach (var c in s)
        {
            h = (h ^ c) * Prime;
        }
        return Finish(h);
    }

    private static uint Mix(uint a, uint b) => Finish((a * 31 + b) ^ PairSalt);

    private static uint Finish(uint h)
    {
        // murmur3's finaliser spreads FNV's weak low bits; zero is reserved for "no previous token".
        h ^= h >> 16; h *= 0x85EBCA6B; h ^= h >> 13; h *= 0xC2B2AE35; h ^= h >> 16;
        return h == 0 ? 1 : h;
    }
}
