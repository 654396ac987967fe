namespace Preround.Core.Domain;

/// <summary>The findings for one draft and the verdict they add up to.</summary>
public sealed record CheckResult(Draft Draft, IReadOnlyList<Finding> Findings)
{
    /// <summary>
    /// Ids of rules that failed on this draft and were skipped (a defect in the rule, or an organisation pattern that
    /// ran too long); empty when every rule ran. The findings are then those of the other rules: a partial check,
    /// which the outputs say.
    /// </summary>
    public IReadOnlyList<string> FailedRules { get; init; } = [];

    /// <summary><c>block</c> if any block finding, else <c>warn</c> if any warn finding, else <c>ok</c>.</summary>
    public Verdict Verdict { get; } = ComputeVerdict(Findings);

    public static Verdict ComputeVerdict(IEnumerable<Finding> findings)
    {
        var verdict = Verdict.Ok;
        foreach (var f in findings)
        {
            if (f.Severity == Severity.Block) return Verdict.Block;
            if (f.Severity == Severity.Warn) verdict = Verdict.Warn;
        }
        return verdict;
    }
}
