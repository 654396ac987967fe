using System.Text.RegularExpressions;
using Preround.Core.Text;

namespace Preround.Core.Tests.Text;

public sealed class RequiredLiteralsTests
{
    [Theory]
    [InlineData(@"\bpatients?\b", "patient")]
    [InlineData(@"\b(?:start|take)\s+\d+\s*mg\b", "start|take ; mg")]
    [InlineData(@"blood\s+thinners?", "blood ; thinner")]
    [InlineData(@"colou?r", "colo ; r")]
    [InlineData(@"(?<name>abc)+x{2}", "abc ; x")]
    [InlineData(@"(?<=\bjust\s)try\b", "try")]
    [InlineData(@"dr\.\s+[a-z]+", "dr.")]
    public void Sets_AreWhatEveryMatchContains(string pattern, string expected)
    {
        var literals = RequiredLiterals.Of(pattern);
        Assert.NotNull(literals.Sets);
        var alternative = Assert.Single(literals.Sets!);
        var described = alternative.Select(set => string.Join("|", set)).Order(StringComparer.Ordinal);
        Assert.Equal(expected.Split(" ; ").Order(StringComparer.Ordinal), described);
    }

    [Theory]
    [InlineData(@"\d+\s*x")]             // 'x' alone is required, so this one has a gate...
    [InlineData(@"a|\d+")]               // ...but an alternative without a literal opens it
    [InlineData(@"(?i)patient")]         // inline options are not modelled
    [InlineData(@"(?:abc)?\w+")]         // an optional group requires nothing
    [InlineData(@"[abc]+")]
    public void Sets_AreNullOrGateWhenNothingIsRequired(string pattern)
    {
        var literals = RequiredLiterals.Of(pattern);
        if (pattern == @"\d+\s*x")
        {
            Assert.False(literals.MayMatch("123 y"));
            return;
        }
        Assert.Null(literals.Sets);
        Assert.True(literals.MayMatch("nothing here"));
    }

    [Fact]
    public void MayMatch_NeedsOneStringOfEverySetOfSomeAlternative()
    {
        var literals = RequiredLiterals.Of(@"\b(?:start|take)\s+\w+\s+(?:daily|nightly)\b|\bq\d+h\b");
        Assert.True(literals.MayMatch("take it nightly"));
        Assert.True(literals.MayMatch("dose q6h"));
        Assert.False(literals.MayMatch("take it when needed"));
        Assert.False(literals.MayMatch("every night"));
    }

    // The promise the rules rely on: the gate never turns away a text the pattern matches.
    [Fact]
    public void MayMatch_IsNeverFalseWhereThePatternMatches()
    {
        string[] patterns =
        [
            @"(?<=^|[.!?]\s*)(?:start|take|up)\s+(?:[^.!?\n]{0,45}?)\b(?:meds?|pills?|[a-z]+(?:olol|pril))\b(?:[^.!?\n]{0,25}?\d+\s*mg)?",
            @"\b(?:you|u)\s+(?:should|can)\s+(?:\w+\s+){0,2}(?:try|take)\b[^.!?\n]{0,40}?(?:\d+\s*(?:mg|ml)|\b(?:once|twice)\s+a\b)",
            @"\bcure[sd]?\s+(?:for\s+)?(?:cancer|diabetes|autism)|\b100\s*%\s+(?:safe|effective)",
            @"\bx{2,3}y?z+\b|\\b\.\u0041\x42",
        ];
        var random = new Random(20261122);
        const string alphabet = "abcdeilmnoprstuwxyz .!?0123456789%\\ABgh";
        string[] words = ["start", "take", "up", "meds", "pill", "metoprolol", "lisinopril", "10 mg", "you", "u", "should", "can", "try",
            "twice a", "you should try", "u can take", "5 mg", "cure", "cured", "for", "cancer", "100%", "100 %", "safe", "xx", "xxxz", "z", "\\b.AB", ". ", "? "];
        foreach (var pattern in patterns)
        {
            var regex = new Regex(pattern, RegexOptions.CultureInvariant);
            var literals = RequiredLiterals.Of(pattern);
            var matched = 0;
            for (var i = 0; i < 20000; i++)
            {
                var text = string.Concat(Enumerable.Range(0, random.Next(1, 9)).Select(_ => random.Next(3) == 0
                    ? alphabet[random.Next(alphabet.Length)].ToString()
                    : words[random.Next(words.Length)] + " "));
                if (!regex.IsMatch(text)) continue;
                matched++;
                Assert.True(literals.MayMatch(text), $"'{pattern}' matches '{text}' but the gate said no");
            }
            Assert.True(matched > 20, $"'{pattern}' matched only {matched} generated texts: the test would prove nothing");
        }
    }
}
