using Xunit.Abstractions;

namespace Preround.Privacy.Tests.Corpus;

/// <summary>
/// Identifier-level precision and recall on corpus/privacy-spans.jsonl: each marked patient identifier must be found
/// as a patient-tied detail of its type, and patient-tied details where nothing is marked count against precision.
/// Floors sit just under the figures measured when they were set (see docs/privacy.md).
/// </summary>
public sealed class IdentifierSpanTests(ITestOutputHelper output)
{
    public static TheoryData<string, double, double> Floors => new()
    {
        // type, precision floor, recall floor
        { "name", 0.98, 0.98 },
        { "place", 0.95, 0.91 },
        { "room", 0.95, 0.99 },
        { "date", 0.99, 0.96 },
        { "age", 0.99, 0.99 },
        { "phone", 0.99, 0.99 },
        { "email", 0.99, 0.99 },
        { "ssn", 0.99, 0.99 },
        { "number", 0.99, 0.99 },
        { "web", 0.99, 0.68 },
        { "unique", 0.99, 0.99 },
    };

    private static readonly List<string> Log = [];
    private static readonly Lazy<Dictionary<string, Tally>> Scores = new(() => IdentifierSpanCorpus.Score(IdentifierSpanCorpus.Load(), IdentifierSpanCorpus.Preround, Log));

    [Theory]
    [MemberData(nameof(Floors))]
    public void IdentifiersOfEachTypeAreFoundAtTheirFloors(string type, double precisionFloor, double recallFloor)
    {
        var t = Scores.Value[type];
        output.WriteLine($"{type}: marked {t.Marked}, found {t.TruePositives}, extra {t.FalsePositives}; precision {t.Precision:F3}, recall {t.Recall:F3}");
        foreach (var line in Log) if (line.StartsWith($"missed {type} ", StringComparison.Ordinal) || line.StartsWith($"extra {type} ", StringComparison.Ordinal)) output.WriteLine(line);
        Assert.True(t.Marked >= 5, $"the corpus marks only {t.Marked} {type} identifiers; too few to score");
        Assert.True(t.Recall >= recallFloor, $"{type} recall {t.Recall:F3} < {recallFloor}");
        Assert.True(t.Precision >= precisionFloor, $"{type} precision {t.Precision:F3} < {precisionFloor}");
    }

    [Fact]
    public void CleanPostsTieNoIdentifierToAPatient()
    {
        var posts = IdentifierSpanCorpus.Load().Where(p => p.Identifiers.Count == 0).ToList();
        var tied = posts.Where(p => IdentifierSpanCorpus.Preround(p.Text).Any()).Select(p => p.Id + ": " + p.Text).ToList();
        output.WriteLine($"{posts.Count} clean posts; {tied.Count} with a patient-tied identifier");
        foreach (var t in tied) output.WriteLine(t);
        Assert.True(tied.Count == 0, string.Join("\n", tied));
    }

    [Fact]
    public void ScoringCountsMissesAndExtras()
    {
        // The scorer itself: one post, one marked name; a prediction of the wrong type is both a miss and an extra.
        var posts = new[] { new SpanPost("t", "Pt Maria in bed 4", [new MarkedIdentifier("name", 3, 5)]) };
        var s = IdentifierSpanCorpus.Score(posts, _ => [("room", new Core.Domain.TextSpan(12, 5))]);
        Assert.Equal(1, s["name"].FalseNegatives);
        Assert.Equal(1, s["room"].FalsePositives);
        Assert.Equal(0.0, s["room"].Precision);
    }
}
