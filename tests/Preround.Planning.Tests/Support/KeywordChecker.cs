using Preround.Core.Domain;
using Preround.Planning.Queue;

namespace Preround.Planning.Tests.Support;

/// <summary>A checker with known answers: each keyword in the draft yields one finding of its category and severity.</summary>
internal sealed class KeywordChecker : IDraftChecker
{
    private readonly (string Word, string Category, Severity Severity)[] _rules =
    [
        ("idiots", RuleCategories.Venting, Severity.Warn),
        ("moron", RuleCategories.PersonalAttack, Severity.Warn),
        ("senator", RuleCategories.PartisanCombat, Severity.Warn),
        ("quitting", RuleCategories.CareerOversharing, Severity.Warn),
        ("bed 4", RuleCategories.Privacy, Severity.Block),
        ("hmm", RuleCategories.Venting, Severity.Info),
    ];

    public List<Draft> Seen { get; } = [];

    public CheckResult Check(Draft draft)
    {
        Seen.Add(draft);
        var findings = new List<Finding>();
        foreach (var (word, category, severity) in _rules)
        {
            var at = draft.Text.IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at < 0) continue;
            findings.Add(new Finding($"T.{category}", category, severity, 0.9, new TextSpan(at, word.Length), word,
                $"'{word}' reads as {category}", "test rationale", null));
        }

        return new CheckResult(draft, findings);
    }
}
