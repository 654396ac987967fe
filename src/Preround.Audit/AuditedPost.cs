using Preround.Archives.Model;
using Preround.Core.Domain;

namespace Preround.Audit;

/// <summary>One imported post and what the checker found in it.</summary>
/// <param name="Post">The post as imported.</param>
/// <param name="Findings">Findings from the checker plus the audit's own metadata findings (geotags, photo EXIF).</param>
/// <param name="CheckError">Why the post could not be checked, when it could not (too long, checker failure).</param>
public sealed record AuditedPost(ImportedPost Post, IReadOnlyList<Finding> Findings, string? CheckError = null)
{
    /// <summary>The worst severity among the findings.</summary>
    public Verdict Verdict { get; } = CheckResult.ComputeVerdict(Findings);

    /// <summary>How much attention the post deserves: severity weighted by confidence, summed. 0 for a clean post.</summary>
    public double Risk { get; } = RiskScore.Of(Findings);

    /// <summary>The categories flagged in this post, each once, in order of first appearance.</summary>
    public IEnumerable<string> Categories => Findings.Select(f => f.Category).Distinct();
}

/// <summary>Ranks posts for the clean-up list.</summary>
public static class RiskScore
{
    /// <summary>Block findings weigh 10, warn 3, info 0.5, each scaled by its confidence.</summary>
    // NOTE: one block finding must outrank any handful of warnings: a patient-identifying post comes before ten rants.
    public static double Of(IEnumerable<Finding> findings) =>
        findings.Sum(f => f.Confidence * f.Severity switch { Severity.Block => 10, Severity.Warn => 3, _ => 0.5 });
}
