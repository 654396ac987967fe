using Preround.Core.Evaluation;
using Preround.Rules;
using Preround.Testing;
using Xunit.Abstractions;

namespace Preround.Rules.Tests.Corpus;

/// <summary>
/// The checker on the blind files kept out of the learned model's training (see docs/learned.md and
/// corpus/blind/README.md): blind-04 (first writer), blind-06 (second writer, never read by anyone tuning), blind-07 and
/// blind-08 (third writer, session 4; blind-08 is 100 privacy-focused posts). The closest thing we have to the held-out
/// set, so their floors sit just under what was measured and only ever go up.
/// </summary>
public sealed class BlindScoreTests(ITestOutputHelper output)
{
    // Measured 2026-11-22 (session 4, main a91ba15): blind-04 flagged recall 0.929, block recall 0.791, false alarms 0.015;
    // blind-06 0.798 / 0.717 / 0.076; blind-07 0.810 / 0.771 / 0.045 (first seen 0.845 / 0.771 / 0.015 with the
    // previous model); blind-08 0.782 / 0.745 / 0.044. Goals on the held-out set: 0.95 / 0.90 / 0.05. One post moves
    // flagged recall by about 0.012, block recall by about 0.02 and false alarms by 0.015 (0.022 on blind-08).
    [Theory]
    [InlineData("blind-04.jsonl", 150, 0.90, 0.76, 0.05)]
    [InlineData("blind-06.jsonl", 150, 0.77, 0.69, 0.09)]
    [InlineData("blind-07.jsonl", 150, 0.78, 0.74, 0.075)]
    [InlineData("blind-08.jsonl", 100, 0.75, 0.71, 0.09)]
    public void HeldOutBlindFileStaysAboveItsFloors(string name, int size, double flaggedFloor, double blockFloor, double falseAlarmCeiling)
    {
        var file = RepoPaths.InRepo(Path.Combine("corpus", "blind", name));
        var posts = LabelledPost.ParseLines(File.ReadLines(file), Path.GetFileName(file)).ToList();
        Assert.Equal(size, posts.Count);
        var r = EvaluationReport.Evaluate(BuiltInRules.CreateAnalyzer(), posts);
        output.WriteLine($"flagged recall {r.FlaggedRecall:0.000}, block recall {r.BlockRecall:0.000}, false alarms {r.FalseAlarmRate:0.000}");
        Assert.True(r.FlaggedRecall >= flaggedFloor, $"{name}: flagged recall {r.FlaggedRecall:0.000} < {flaggedFloor}");
        Assert.True(r.BlockRecall >= blockFloor, $"{name}: block recall {r.BlockRecall:0.000} < {blockFloor}");
        Assert.True(r.FalseAlarmRate <= falseAlarmCeiling, $"{name}: false-alarm rate {r.FalseAlarmRate:0.000} > {falseAlarmCeiling}");
    }
}
