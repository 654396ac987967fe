using System.Text;
using System.Text.Json;

namespace Preround.Cli.Tests;

public sealed class CheckCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("preround-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string WritePack()
    {
        // An organisation pack: the unit name "Pod Z" identifies where a patient lies.
        File.WriteAllText(Path.Combine(_dir, ".preround.yml"), "packs: [rules/]\nrules:\n  Test.Mild: info\n");
        Directory.CreateDirectory(Path.Combine(_dir, "rules"));
        File.WriteAllText(Path.Combine(_dir, "rules", "units.yaml"), """
            id: Test.UnitName
            title: Unit names place a patient
            category: privacy
            severity: block
            terms: [pod z]
            message: "'{match}' names a unit."
            rationale: Families know which unit is which.
            suggestion: our unit
            ---
            id: Test.Grumble
            category: venting
            severity: warn
            terms: [grumble]
            message: "'{match}' reads as venting."
            rationale: Program directors read this.
            ---
            id: Test.Mild
            category: venting
            severity: warn
            terms: [meh]
            message: "'{match}' is mild."
            rationale: r
            """);
        return _dir;
    }

    [Fact]
    public void CleanDraftExitsZeroWithAnOkVerdict()
    {
        var r = CliProcess.Run(["check", "Journal club tonight: bring questions."]);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Verdict: OK", r.Stdout);
    }

    [Fact]
    public void PolicyFoundFromTheWorkingFolderAddsAndRegradesRules()
    {
        var dir = WritePack();
        var block = CliProcess.Run(["check", "Quiet night in Pod Z."], workingDirectory: dir);
        Assert.Equal(1, block.ExitCode);
        Assert.Contains("«Pod Z»[1]", block.Stdout);
        Assert.Contains("Fix: our unit", block.Stdout);
        Assert.Contains("Verdict: BLOCK", block.Stdout);

        var mild = CliProcess.Run(["check", "meh"], workingDirectory: dir);
        Assert.Equal(0, mild.ExitCode);
        Assert.Contains("INFO", mild.Stdout);
    }

    [Fact]
    public void FailOnBlockLetsWarningsPass()
    {
        var dir = WritePack();
        Assert.Equal(1, CliProcess.Run(["check", "grumble"], workingDirectory: dir).ExitCode);
        Assert.Equal(0, CliProcess.Run(["check", "grumble", "--fail-on", "block"], workingDirectory: dir).ExitCode);
        Assert.Equal(1, CliProcess.Run(["check", "Pod Z", "--fail-on", "block"], workingDirectory: dir).ExitCode);
        Assert.Equal(0, CliProcess.Run(["check", "Pod Z", "--fail-on", "none"], workingDirectory: dir).ExitCode);
    }

    [Fact]
    public void JsonFormatCarriesFindingsWithSpansAndRationale()
    {
        var dir = WritePack();
        var r = CliProcess.Run(["check", "--format", "json", "🩺 Quiet night in Pod Z."], workingDirectory: dir);
        using var doc = JsonDocument.Parse(r.Stdout);
        Assert.Equal("block", doc.RootElement.GetProperty("verdict").GetString());
        var f = doc.RootElement.GetProperty("findings")[0];
        Assert.Equal("Test.UnitName", f.GetProperty("rule").GetString());
        Assert.Equal(18, f.GetProperty("start").GetInt32()); // the emoji is two UTF-16 units
        Assert.Equal(5, f.GetProperty("length").GetInt32());
        Assert.Equal("Pod Z", f.GetProperty("match").GetString());
        Assert.Equal("Families know which unit is which.", f.GetProperty("rationale").GetString());
    }

    [Fact]
    public void SarifFormatIsSarif210()
    {
        var dir = WritePack();
        var r = CliProcess.Run(["check", "--format", "sarif", "Pod Z again"], workingDirectory: dir);
        using var doc = JsonDocument.Parse(r.Stdout);
        Assert.Equal("2.1.0", doc.RootElement.GetProperty("version").GetString());
        var result = doc.RootElement.GetProperty("runs")[0].GetProperty("results")[0];
        Assert.Equal("error", result.GetProperty("level").GetString());
        Assert.Equal(0, result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("charOffset").GetInt32());
    }

    [Fact]
    public void DraftIsReadFromStandardInputAndFromAFile()
    {
        var dir = WritePack();
        Assert.Equal(1, CliProcess.Run(["check"], stdin: "In Pod Z now", workingDirectory: dir).ExitCode);
        var file = Path.Combine(dir, "draft.txt");
        File.WriteAllText(file, "In Pod Z now");
        Assert.Equal(1, CliProcess.Run(["check", "--file", file], workingDirectory: dir).ExitCode);
    }

    [Fact]
    public void DraftStartingWithAHandleIsTextNotAResponseFile()
    {
        var r = CliProcess.Run(["check", "@jen thanks for the great talk today!"]);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("@jen thanks", r.Stdout);
    }

    [Fact]
    public void EmptyDraftIsAUsageError()
    {
        var r = CliProcess.Run(["check", "   "]);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("empty", r.Stderr);
    }

    [Theory]
    [InlineData("--role", "surgeon", "Valid roles: ms1, ms2, ms3, ms4, resident")]
    [InlineData("--platform", "myspace", "Valid platforms: x, bluesky, mastodon")]
    [InlineData("--account", "corporate", "Valid account types: professional, personal")]
    public void UnknownValuesListTheValidOnes(string option, string value, string expected)
    {
        var r = CliProcess.Run(["check", option, value, "hello"]);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(expected, r.Stderr);
    }

    [Fact]
    public void OverlongDraftIsRefusedQuickly()
    {
        var file = Path.Combine(_dir, "long.txt");
        File.WriteAllText(file, new string('a', 100_001));
        var r = CliProcess.Run(["check", "--file", file]);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("at most 100,000", r.Stderr);
    }

    [Fact]
    public void InvalidUtf8NamesTheByteOffset()
    {
        var file = Path.Combine(_dir, "bad.txt");
        File.WriteAllBytes(file, [.. Encoding.UTF8.GetBytes("hello"), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(" world")]);
        var r = CliProcess.Run(["check", "--file", file]);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("invalid UTF-8 at byte offset 5", r.Stderr);
    }

    [Fact]
    public void MalformedPackFailsWithFileAndLine()
    {
        File.WriteAllText(Path.Combine(_dir, "bad.yaml"), "id: X.Y\ncategory: venting\nseverity: loud\nterms: [a]\nmessage: m\nrationale: r\n");
        var r = CliProcess.Run(["check", "--policy", Path.Combine(_dir, "bad.yaml"), "text"]);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("bad.yaml:3:", r.Stderr);
        Assert.Contains("severity 'loud' is not one of info, warn, block", r.Stderr);
    }
}
