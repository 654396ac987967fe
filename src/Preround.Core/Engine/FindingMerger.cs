using Preround.Core.Domain;

namespace Preround.Core.Engine;

/// <summary>Orders findings and folds repeats of one rule over the same text into one.</summary>
internal static class FindingMerger
{
    public static IReadOnlyList<Finding> Merge(List<Finding> findings)
    {
        if (findings.Count <= 1) return findings;
        findings.Sort(static (a, b) =>
        {
            var c = a.Span.Start.CompareTo(b.Span.Start);
            if (c != 0) return c;
            c = b.Severity.CompareTo(a.Severity);
            return c != 0 ? c : string.CompareOrdinal(a.RuleId, b.RuleId);
        });
        var result = new List<Finding>(findings.Count);
        foreach (var f in findings)
        {
            var merged = false;
            for (var i = result.Count - 1; i >= 0 && i >= result.Count - 8; i--)
            {
                var g = result[i];
                if (g.RuleId != f.RuleId || !(g.Span.Overlaps(f.Span) || g.Span == f.Span)) continue;
                // Keep the stronger of two reports of one rule over overlapping text.
                if (f.Severity > g.Severity || (f.Severity == g.Severity && f.Confidence > g.Confidence)) result[i] = f;
                merged = true;
                break;
            }
            if (!merged) result.Add(f);
        }
        return result;
    }
}
