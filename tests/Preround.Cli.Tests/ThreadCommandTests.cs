using System.Text.Json;

namespace Preround.Cli.Tests;

public sealed class ThreadCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("preround-thread-").FullName;

    public ThreadCommandTests()
    {
        // An organisation pack whose term appears only in the second part of the thread.
        File.WriteAllText(Path.Combine(_dir, ".preround.yml"), "packs: [rules/]\n");
        Directory.CreateDirectory(Path.Combine(_dir, "rules"));
        File.WriteAllText(Path.Combine(_dir, "rules", "units.yaml"), """
            id: Test.Grumble
            category: venting
            severity: warn
            terms: [grumble]
            message: "'{match}' reads as venting."
            rationale: Program directors read this.
            """);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly string Draft =
        string.Concat(Enumerable.Range(1, 6).Select(i => $"Teaching point {i}: check the airway, then breathing, then circulation, every single time. ")) +
        "Last one: a small grumble about the coffee machine on the ward.";

    [Fact]
    public void Json_EachPartCarriesItsOwnVerdictAndFindings()
    {
        var r = CliProcess.Run(["thread", "--platform", "x", "--json", Draft], workingDirectory: _dir);
        Assert.True(r.ExitCode == 1, r.Stderr + r.Stdout);
        using var doc = JsonDocument.Parse(r.Stdout);
        var parts = doc.RootElement.GetProperty("parts").EnumerateArray().ToList();
        Assert.True(parts.Count >= 2);
        Assert.All(parts, p => Assert.True(p.GetProperty("valid").GetBoolean()));
        var last = parts[^1];
        Assert.Equal("warn", last.GetProperty("verdict").GetString());
        Assert.Contains(last.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "Test.Grumble");
        Assert.Equal("ok", parts[0].GetProperty("verdict").GetString());
        Assert.Empty(parts[0].GetProperty("findings").EnumerateArray());
    }

    [Fact]
    public void Text_ShowsTheCheckUnderEachPart()
    {
        var r = CliProcess.Run(["thread", "--platform", "x", Draft], workingDirectory: _dir);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("check: ok", r.Stdout);
        Assert.Contains("check: warn", r.Stdout);
        Assert.Contains("Test.Grumble", r.Stdout);
    }

    [Fact]
    public void NoCheck_OnlySplits()
    {
        var r = CliProcess.Run(["thread", "--platform", "x", "--json", "--no-check", Draft], workingDirectory: _dir);
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        Assert.All(doc.RootElement.GetProperty("parts").EnumerateArray(), p => Assert.False(p.TryGetProperty("verdict", out _)));
    }

    [Fact]
    public void UnknownRole_IsAUsageError()
    {
        var r = CliProcess.Run(["thread", "--role", "wizard", "Short post."], workingDirectory: _dir);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("wizard", r.Stderr);
    }
}

public sealed class SpellingNoticeTests
{
    [Fact]
    public void MissingDictionary_IsANoticeOnceAndTheCheckStillRuns()
    {
        var env = new Dictionary<string, string> { ["PREROUND_HUNSPELL_DIR"] = Path.Combine(Path.GetTempPath(), "no-such-hunspell-dir") };
        var r = CliProcess.Run(["check", "--format", "json", "Started the pateint on metformin, this fucking pager never stops."], environment: env);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("PR2401", r.Stdout);
        Assert.DoesNotContain("PR4201", r.Stdout);
        var notes = r.Stderr.Split('\n').Count(l => l.Contains("spelling was not checked", StringComparison.Ordinal));
        Assert.Equal(1, notes);
        Assert.Contains("hunspell-en-us", r.Stderr);
    }
}
