using Preround.Core.Domain;

namespace Preround.Planning.Queue;

/// <summary>Checks a draft; the planner keeps the result with the queued post.</summary>
/// <remarks>The CLI and the web app pass the built-in analyzer; tests pass a fake with known findings.</remarks>
public interface IDraftChecker
{
    /// <summary>Findings and verdict for <paramref name="draft"/>.</summary>
    CheckResult Check(Draft draft);
}

/// <summary>Adapts any check function (such as <c>Analyzer.Check</c>) to <see cref="IDraftChecker"/>.</summary>
public sealed class DelegateDraftChecker(Func<Draft, CheckResult> check) : IDraftChecker
{
    public CheckResult Check(Draft draft) => check(draft);
}
