using System.Text;
using Preround.Core.Domain;
using Preround.Core.Evaluation;
using Preround.Testing;

namespace Preround.Rules.Tests.Meta;

/// <summary>
/// Every built-in rule must survive any text: the corpus's own words shuffled, cut mid-word and mixed with the
/// characters that break hand-written scanners (surrogates cut in half, combining marks, bidi controls, digits
/// runs, stray quotes and brackets). A rule that throws is skipped by the engine and named in
/// <see cref="CheckResult.FailedRules"/>; here that is a defect.
/// </summary>
public sealed class HostileTextTests
{
    private static readonly string[] Oddities =
    [
        "\uD83D", "\uDE00", "\u0301", "\u202E", "\u200B", "\u00AD", "#", "@", "'", "\"", "(", ")", "[", "]", "...", "!!!", "?!",
        "0", "1234567890123", "12/31", "3:00", "-", "--", "/", "\\", "*", "$", "%", "&", "\n", "\t", "  ", "#ad", "@@", "https://",
        "www.", ".com", "\uFF21", "\U0001D41A", "ß", "İ", "ﬁ", "😷", "👩🏽‍⚕️", "🇺🇸",
    ];

    [Fact]
    public void NoBuiltInRuleThrowsOnShuffledCorpusWordsAndHostileCharacters()
    {
        var words = Directory.GetFiles(RepoPaths.InRepo("corpus"), "*.jsonl")
            .SelectMany(f => LabelledPost.ParseLines(File.ReadLines(f), f))
            .SelectMany(p => p.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        var analyzer = BuiltInRules.CreateAnalyzer();
        var random = new Random(20261122);
        var roles = Enum.GetValues<AuthorRole>();
        var platforms = Enum.GetValues<Platform>();
        var failures = new List<string>();
        for (var n = 0; n < 600 && failures.Count < 5; n++)
        {
            var sb = new StringBuilder();
            var length = random.Next(1, 120);
            for (var i = 0; i < length; i++)
            {
                var piece = random.Next(4) == 0 ? Oddities[random.Next(Oddities.Length)] : words[random.Next(words.Length)];
                if (random.Next(8) == 0 && piece.Length > 2) piece = piece[..random.Next(1, piece.Length)];
                sb.Append(piece);
                if (random.Next(5) != 0) sb.Append(' ');
            }
            var draft = new Draft(sb.ToString(), new AuthorProfile(roles[random.Next(roles.Length)]), platforms[random.Next(platforms.Length)]);
            var result = analyzer.Check(draft);
            if (result.FailedRules.Count > 0) failures.Add($"{string.Join(",", result.FailedRules)} on draft #{n}: {draft.Text}");
        }
        Assert.True(failures.Count == 0, "Rules threw:\n" + string.Join("\n", failures));
    }
}
