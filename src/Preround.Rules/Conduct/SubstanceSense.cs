using System.Collections.Frozen;

namespace Preround.Rules.Conduct;

/// <summary>
/// Substance words that are a different word next to certain nouns: "blackout curtains", "wasted time", "weed killer",
/// "buzzed in". Without this, a night-shift sleep tip reads as drinking at work.
/// </summary>
// NOTE: only the word that FOLLOWS decides, and only for senses that are common in clinicians' posts; "drunk patient"
// or "wasted on shift" keep their substance sense.
internal static class SubstanceSense
{
    private static readonly FrozenDictionary<string, FrozenSet<string>> OtherSense = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal)
    {
        ["blackout"] = Set("curtain curtains blind blinds shade shades drape drapes date dates period periods poetry drill drills mask masks tape"),
        ["wasted"] = Set("time hours hour day days afternoon morning effort effort money supplies food space talent potential opportunity trip visit call page consult"),
        ["weed"] = Set("killer killers whacker whackers out"),
        ["buzzed"] = Set("in through back"),
        ["hammered"] = Set("out home into"),
        ["plastered"] = Set("all over across everywhere on"),
        ["shots"] = Set("fired of"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, FrozenSet<string>>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        OtherSense.GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenSet<string> Set(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when <paramref name="word"/> followed by <paramref name="next"/> is not about alcohol or drugs.</summary>
    public static bool IsOtherSense(ReadOnlySpan<char> word, ReadOnlySpan<char> next) =>
        !next.IsEmpty && Lookup.TryGetValue(word, out var nouns) && nouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(next);
}
