using Preround.Core.Domain;
using Preround.Core.Engine;

namespace Preround.Privacy.Redaction;

/// <summary>A rewrite checked again with the full checker: what the original was flagged for, and what is still flagged after.</summary>
/// <param name="Redaction">The rewrite.</param>
/// <param name="Before">Privacy, clinical-photo and confidential findings on the original.</param>
/// <param name="After">The same categories' findings on the rewrite: the residual risk, stated.</param>
public sealed record VerifiedRedaction(RedactionResult Redaction, IReadOnlyList<Finding> Before, IReadOnlyList<Finding> After)
{
    /// <summary>Redacts a draft and checks the rewrite with <paramref name="analyzer"/>.</summary>
    public static VerifiedRedaction Run(Draft draft, Analyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var redaction = Redactor.Redact(draft);
        var before = Relevant(analyzer.Check(draft).Findings);
        var after = redaction.Changed && redaction.Text.Length > 0 ? Relevant(analyzer.Check(draft with { Text = redaction.Text }).Findings) : before;
        var residual = new List<string>(redaction.Residual);
        foreach (var f in after)
        {
            if (f.Severity == Severity.Info) continue;
            var note = $"Still flagged ({f.RuleId}): {f.Message}";
            if (!residual.Contains(note)) residual.Add(note);
        }
        return new VerifiedRedaction(redaction with { Residual = residual }, before, after);
    }

    /// <summary>Whether the rewrite is safe to post as far as privacy goes (no block or warn privacy finding left).</summary>
    public bool Clear => After.All(f => f.Severity == Severity.Info);

    private static List<Finding> Relevant(IReadOnlyList<Finding> findings) =>
        findings.Where(f => f.Category is RuleCategories.Privacy or RuleCategories.ClinicalPhoto or RuleCategories.ConfidentialOther).ToList();
}
