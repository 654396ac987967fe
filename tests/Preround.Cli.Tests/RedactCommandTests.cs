using System.Text.Json;

namespace Preround.Cli.Tests;

public sealed class RedactCommandTests
{
    [Fact]
    public void PrintsTheRewriteAndListsTheChanges()
    {
        var r = CliProcess.Run(["redact", "The 47 yo first-time mom we delivered last night is from Walla Walla."]);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("The 40-something first-time mom we delivered recently is from our region.", r.Stdout.Trim());
        Assert.Contains("'Walla Walla' -> 'our region'", r.Stderr);
    }

    [Fact]
    public void JsonShowsChangesAndWhatStaysRisky()
    {
        var r = CliProcess.Run(["redact", "--format", "json", "Wild night: the 34yo teacher from Bozeman with a super rare adrenal tumor came in crashing tonight."]);
        Assert.Equal(0, r.ExitCode);
        var root = JsonDocument.Parse(r.Stdout).RootElement;
        Assert.True(root.GetProperty("changed").GetBoolean());
        Assert.DoesNotContain("Bozeman", root.GetProperty("text").GetString());
        Assert.Contains(root.GetProperty("residual").EnumerateArray(), n => n.GetString()!.Contains("rare", StringComparison.Ordinal));
    }

    [Fact]
    public void BatchWritesOneLinePerInputAndFlagsBadLines()
    {
        var input = string.Join('\n',
            """{"id":"a","text":"Pt in room 14 asked for margarita jello","author_role":"nurse"}""",
            """{"id":"b","text":"Thanks for your review!","context":"review-reply"}""",
            "{oops");
        var r = CliProcess.Run(["redact", "--jsonl", "-"], stdin: input);
        Assert.Equal(2, r.ExitCode);
        var lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Equal("Pt asked for margarita jello", lines[0].GetProperty("text").GetString());
        Assert.Equal("b", lines[1].GetProperty("id").GetString());
        Assert.Equal(3, lines[2].GetProperty("line").GetInt32());
    }

    [Fact]
    public void EmptyDraftIsAUsageError()
    {
        var r = CliProcess.Run(["redact", ""]);
        Assert.Equal(2, r.ExitCode);
    }
}
