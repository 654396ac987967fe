using System.Text.Json;

namespace Preround.Cli.Tests;

public sealed class BatchCheckTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("preround-batch-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void EveryLineGetsOneResultLineInOrderAndBadLinesSayWhere()
    {
        File.WriteAllText(Path.Combine(_dir, "p.yaml"), "id: T.Pod\ncategory: privacy\nseverity: block\nterms: [pod z]\nmessage: \"'{match}'\"\nrationale: r\n");
        var input = string.Join('\n',
            """{"id":"a","text":"Quiet in Pod Z","author_role":"nurse","platform":"x"}""",
            """{"id":"b","text":"nothing to see"}""",
            """not json""",
            "",
            """{"id":7,"text":"pod z","author_role":"surgeon"}""",
            """{"id":"d"}""",
            """{"id":"e","text":"fine","account":"personal"}""");
        var r = CliProcess.Run(["check", "--jsonl", "-", "--policy", Path.Combine(_dir, "p.yaml")], stdin: input);
        Assert.Equal(2, r.ExitCode);
        var lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(6, lines.Count);
        Assert.Equal("a", lines[0].GetProperty("id").GetString());
        Assert.Equal("block", lines[0].GetProperty("verdict").GetString());
        // The pack's finding (the learned rules may add their own beside it).
        var f = lines[0].GetProperty("findings").EnumerateArray().First(x => x.GetProperty("rule").GetString() == "T.Pod");
        foreach (var key in new[] { "rule", "category", "severity", "confidence", "start", "length", "message", "suggestion" })
        {
            Assert.True(f.TryGetProperty(key, out _), key);
        }
        Assert.Equal(9, f.GetProperty("start").GetInt32());
        Assert.Equal("ok", lines[1].GetProperty("verdict").GetString());
        Assert.Equal(3, lines[2].GetProperty("line").GetInt32());
        Assert.Equal(5, lines[3].GetProperty("line").GetInt32());
        Assert.Contains("Unknown role 'surgeon'", lines[3].GetProperty("error").GetString());
        Assert.Contains("missing \"text\"", lines[4].GetProperty("error").GetString());
        Assert.Equal("e", lines[5].GetProperty("id").GetString());
    }

    [Fact]
    public void BatchReportsUnknownWordsWithoutHunspellSuggestionsWhileASingleCheckSuggests()
    {
        const string draft = "We will recieve the new monitors next week.";
        var batch = CliProcess.Run(["check", "--jsonl", "-", "--fail-on", "none"], stdin: JsonSerializer.Serialize(new { id = "s", text = draft }));
        Assert.Equal(0, batch.ExitCode);
        var finding = JsonDocument.Parse(batch.Stdout).RootElement.GetProperty("findings").EnumerateArray()
            .Single(f => f.GetProperty("rule").GetString() == "PR4201");
        Assert.Equal(8, finding.GetProperty("start").GetInt32());
        Assert.Equal("Check the spelling.", finding.GetProperty("suggestion").GetString());
        Assert.DoesNotContain("did you mean", finding.GetProperty("message").GetString(), StringComparison.Ordinal);

        var single = CliProcess.Run(["check", draft, "--format", "json", "--fail-on", "none"]);
        Assert.Contains("did you mean", single.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void LargeBatchesKeepInputOrder()
    {
        var path = Path.Combine(_dir, "in.jsonl");
        File.WriteAllLines(path, Enumerable.Range(0, 5000).Select(i => JsonSerializer.Serialize(new { id = $"p{i}", text = $"post number {i}" })));
        var r = CliProcess.Run(["check", "--jsonl", path]);
        Assert.Equal(0, r.ExitCode);
        var ids = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToList();
        Assert.Equal(Enumerable.Range(0, 5000).Select(i => $"p{i}"), ids);
    }
}
