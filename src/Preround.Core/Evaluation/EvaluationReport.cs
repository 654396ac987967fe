using Preround.Core.Domain;
using Preround.Core.Engine;

namespace Preround.Core.Evaluation;

/// <summary>Precision and recall for one category.</summary>
public sealed record CategoryScore(string Category, int Labelled, int Predicted, int TruePositives)
{
    public double Precision => Predicted == 0 ? 1 : (double)TruePositives / Predicted;
    public double Recall => Labelled == 0 ? 1 : (double)TruePositives / Labelled;
}

/// <summary>One post the checker got wrong, for the eval's detail listing.</summary>
public sealed record EvaluationMiss(LabelledPost Post, Verdict Predicted, IReadOnlyList<string> PredictedCategories, string Kind);

/// <summary>How well the checker does on a labelled corpus.</summary>
public sealed record EvaluationReport(
    int Posts,
    int Risky,
    int Clean,
    double FlaggedRecall,
    double BlockRecall,
    double FalseAlarmRate,
    IReadOnlyList<CategoryScore> Categories,
    IReadOnlyList<EvaluationMiss> Misses)
{
    /// <summary>Checks every post and scores the results.</summary>
    /// <remarks>A category counts as predicted when a warn or block finding of that category is reported; info findings do not change the verdict and do not count.</remarks>
    public static EvaluationReport Evaluate(Analyzer analyzer, IReadOnlyList<LabelledPost> posts)
    {
        var results = new CheckResult[posts.Count];
        Parallel.For(0, posts.Count, i => results[i] = analyzer.Check(posts[i].ToDraft()));
        int risky = 0, flagged = 0, blocks = 0, blocked = 0, clean = 0, falseAlarms = 0;
        var labelled = new Dictionary<string, int>();
        var predicted = new Dictionary<string, int>();
        var hits = new Dictionary<string, int>();
        var misses = new List<EvaluationMiss>();
        for (var i = 0; i < posts.Count; i++)
        {
            var p = posts[i];
            var r = results[i];
            var cats = r.Findings.Where(f => f.Severity >= Severity.Warn).Select(f => f.Category).Distinct().ToList();
            if (p.IsRisky)
            {
                risky++;
                if (r.Verdict != Verdict.Ok) flagged++;
                else misses.Add(new EvaluationMiss(p, r.Verdict, cats, "missed"));
            }
            else
            {
                clean++;
                if (r.Verdict != Verdict.Ok)
                {
                    falseAlarms++;
                    misses.Add(new EvaluationMiss(p, r.Verdict, cats, "false alarm"));
                }
            }
            if (p.Severity == Verdict.Block)
            {
                blocks++;
                if (r.Verdict == Verdict.Block) blocked++;
                else if (r.Verdict != Verdict.Ok) misses.Add(new EvaluationMiss(p, r.Verdict, cats, "under-graded"));
            }
            foreach (var l in p.Labels) labelled[l] = labelled.GetValueOrDefault(l) + 1;
            foreach (var c in cats)
            {
                predicted[c] = predicted.GetValueOrDefault(c) + 1;
                if (p.Labels.Contains(c)) hits[c] = hits.GetValueOrDefault(c) + 1;
            }
            foreach (var l in p.Labels.Where(l => !cats.Contains(l) && r.Verdict != Verdict.Ok))
            {
                misses.Add(new EvaluationMiss(p, r.Verdict, cats, $"missed category {l}"));
            }
        }
        var categories = RuleCategories.Risk
            .Concat(labelled.Keys.Concat(predicted.Keys).Where(k => !RuleCategories.Risk.Contains(k)).Distinct().Order())
            .Where(c => labelled.ContainsKey(c) || predicted.ContainsKey(c))
            .Select(c => new CategoryScore(c, labelled.GetValueOrDefault(c), predicted.GetValueOrDefault(c), hits.GetValueOrDefault(c)))
            .ToList();
        return new EvaluationReport(
            posts.Count,
            risky,
            clean,
            risky == 0 ? 1 : (double)flagged / risky,
            blocks == 0 ? 1 : (double)blocked / blocks,
            clean == 0 ? 0 : (double)falseAlarms / clean,
            categories,
            misses);
    }
}
