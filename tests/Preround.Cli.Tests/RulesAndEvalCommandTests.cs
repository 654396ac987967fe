namespace Preround.Cli.Tests;

public sealed class RulesAndEvalCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("preround-eval-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void ExplainUnknownRuleIsAUsageError()
    {
        var r = CliProcess.Run(["explain", "PR9999"]);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("No rule 'PR9999'", r.Stderr);
    }

    [Theory]
    [InlineData("AU1001", "location")]
    [InlineData("au1002", "camera metadata")]
    [InlineData("PF1005", "does not protect you")]
    public void ExplainPrintsTheAuditAndProfilePages(string id, string words)
    {
        var r = CliProcess.Run(["explain", id]);
        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("# " + id.ToUpperInvariant() + ":", r.Stdout);
        Assert.Contains(words, r.Stdout);
    }

    [Fact]
    public void RulesListsOrganisationRulesWithTheirPolicySeverity()
    {
        File.WriteAllText(Path.Combine(_dir, "p.yaml"), "id: T.Pod\ncategory: privacy\nseverity: block\nterms: [pod z]\nmessage: \"'{match}'\"\nrationale: r\n");
        var r = CliProcess.Run(["rules", "--policy", Path.Combine(_dir, "p.yaml")]);
        Assert.Equal(0, r.ExitCode);
        Assert.Matches(@"T\.Pod\s+privacy\s+block", r.Stdout);
    }

    [Fact]
    public void EvalScoresALabelledCorpus()
    {
        File.WriteAllText(Path.Combine(_dir, "p.yaml"), "id: T.Pod\ncategory: privacy\nseverity: block\nterms: [pod z]\nmessage: \"'{match}'\"\nrationale: r\n");
        var corpus = Path.Combine(_dir, "c.jsonl");
        File.WriteAllLines(corpus,
        [
            """{"id":"1","text":"Pod Z tonight","author_role":"nurse","platform":"x","labels":["privacy"],"severity":"block"}""",
            """{"id":"2","text":"A quiet afternoon","author_role":"nurse","platform":"x","labels":["privacy"],"severity":"block"}""",
            """{"id":"3","text":"Clean post","author_role":"nurse","platform":"x","labels":[],"severity":"ok"}""",
        ]);
        var r = CliProcess.Run(["eval", corpus, "--json", "--policy", Path.Combine(_dir, "p.yaml")]);
        Assert.Equal(0, r.ExitCode);
        using var doc = System.Text.Json.JsonDocument.Parse(r.Stdout);
        Assert.Equal(0.5, doc.RootElement.GetProperty("flagged_recall").GetDouble());
        Assert.Equal(0, doc.RootElement.GetProperty("false_alarm_rate").GetDouble());
        Assert.Equal(1.0, doc.RootElement.GetProperty("categories").GetProperty("privacy").GetProperty("precision").GetDouble());
    }
}
