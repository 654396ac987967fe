using Preround.Platforms.Spelling;
using Preround.Platforms.Tests.Support;

namespace Preround.Platforms.Tests.Spelling;

public sealed class SpellCheckerConcurrencyTests
{
    // Misspelled, right, possessive and British words: each takes a different path through the checker.
    // NOTE: Hunspell cuts a suggestion short after 250 ms of the whole process's CPU time, so the misspellings are
    // ones it answers quickly (under 70 ms here) and only two threads check at once.
    private static readonly string[] Words =
    [
        "pateint", "teh", "becuase", "metformin", "attending's", "randomised", "labelled", "tachycardia", "sepsys",
        "slidez", "hospitl", "nurse", "anaemia",
    ];

    [RequiresHunspellFact]
    public void ConcurrentChecks_GiveTheSameAnswersAsOneThread()
    {
        var alone = SpellChecker.LoadNew();
        var expected = Words.Select(w => Describe(alone.Check(w))).ToArray();

        var shared = SpellChecker.LoadNew();
        var actual = new string[Words.Length * 2];
        // Two threads miss the cache on the same and on different words at once, so a second Hunspell handle opens.
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i => actual[i] = Describe(shared.Check(Words[i % Words.Length])));

        for (var i = 0; i < actual.Length; i++) Assert.Equal(expected[i % Words.Length], actual[i]);
        Assert.Equal("known", expected[Array.IndexOf(Words, "metformin")]);
        Assert.StartsWith("patient", expected[0]);
    }

    [RequiresHunspellFact]
    public void SpanLookup_AnswersLikeTheString()
    {
        var speller = SpellChecker.LoadNew();
        const string text = "the pateint and the nurse";
        Assert.Equal(Describe(speller.Check("pateint")), Describe(speller.Check(text.AsSpan(4, 7))));
        Assert.Equal("known", Describe(speller.Check(text.AsSpan(20, 5))));
    }

    private static string Describe(string[]? suggestions) => suggestions is null ? "known" : string.Join("|", suggestions);
}
