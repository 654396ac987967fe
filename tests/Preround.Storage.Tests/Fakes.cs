using Preround.Core.Domain;
using Preround.Planning.Queue;

namespace Preround.Storage.Tests;

internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>Flags "idiots" as venting and "bed 4" as a privacy block; nothing else.</summary>
internal sealed class FakeChecker : IDraftChecker
{
    public CheckResult Check(Draft draft)
    {
        var findings = new List<Finding>();
        Add("idiots", RuleCategories.Venting, Severity.Warn);
        Add("bed 4", RuleCategories.Privacy, Severity.Block);
        return new CheckResult(draft, findings);

        void Add(string word, string category, Severity severity)
        {
            var at = draft.Text.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0) findings.Add(new Finding($"T.{category}", category, severity, 0.75, new TextSpan(at, word.Length), word, $"'{word}' flagged", "why", "rewrite"));
        }
    }
}
