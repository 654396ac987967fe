using Preround.Core.Evaluation;
using Preround.Rules;
using Preround.Testing;
using Xunit.Abstractions;

namespace Preround.Rules.Tests.Corpus;

/// <summary>
/// The checker on corpus/blind/blind-04.jsonl and blind-06.jsonl: 150 posts each written by engineers who read no
/// rules and no corpus, kept out of the learned model's training (see docs/learned.md). The closest thing we have to
/// the held-out set, so their floors sit just under what was measured and only ever go up. Blind-06 (a second
/// writer) was never read by anyone tuning the checker.
/// </summary>
public sealed class BlindScoreTests(ITestOutputHelper output)
{
    // Measured 2026-11-22 (session 3) with the shipped model: blind-04 flagged recall 0.917, block recall 0.814,
    // false alarms 0.045 (3 of 66 clean posts); blind-06 0.762 / 0.674 / 0.061. Goals on the held-out set:
    // 0.95 / 0.90 / 0.05. One post moves block recall by 0.02 and false alarms by 0.015, hence the margins.
    [Theory]
    [InlineData("blind-04.jsonl", 0.89, 0.78, 0.07)]
    [InlineData("blind-06.jsonl", 0.73, 0.63, 0.09)]
    public void HeldOutBlindFileStaysAboveItsFloors(string name, double flaggedFloor, double blockFloor, double falseAlarmCeiling)
    {
        var file = RepoPaths.InRepo(Path.Combine("corpus", "blind", name));
        var posts = LabelledPost.ParseLines(File.ReadLines(file), Path.GetFileName(file)).ToList();
        Assert.Equal(150, posts.Count);
        var r = EvaluationReport.Evaluate(BuiltInRules.CreateAnalyzer(), posts);
        output.WriteLine($"flagged recall {r.FlaggedRecall:0.000}, block recall {r.BlockRecall:0.000}, false alarms {r.FalseAlarmRate:0.000}");
        Assert.True(r.FlaggedRecall >= flaggedFloor, $"{name}: flagged recall {r.FlaggedRecall:0.000} < {flaggedFloor}");
        Assert.True(r.BlockRecall >= blockFloor, $"{name}: block recall {r.BlockRecall:0.000} < {blockFloor}");
        Assert.True(r.FalseAlarmRate <= falseAlarmCeiling, $"{name}: false-alarm rate {r.FalseAlarmRate:0.000} > {falseAlarmCeiling}");
    }
}
