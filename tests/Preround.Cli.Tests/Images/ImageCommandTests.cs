using System.Diagnostics;
using System.Text.Json;
using Preround.Testing;

namespace Preround.Cli.Tests.Images;

/// <summary><c>scrub-image</c> and <c>check --image</c> run as the real program, on the imaging fixtures.</summary>
public sealed class ImageCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("preround-cli-images-").FullName;

    private static string Fixture(string name) => RepoPaths.InRepo("tests", "Preround.Imaging.Tests", "Fixtures", name);

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "preround.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    [Fact]
    public void ScrubImage_WritesACleanCopyAndSaysWhatWasRemoved()
    {
        var output = Path.Combine(_dir, "clean.jpg");

        var (exit, stdout, _) = Run("scrub-image", Fixture("wristband.jpg"), output);

        Assert.Equal(0, exit);
        Assert.Contains("EXIF (APP1)", stdout);
        Assert.Contains("Verified", stdout);
        Assert.True(File.Exists(output));
    }

    [Fact]
    public void ScrubImage_OntoTheOriginalIsRefusedWithExitCode2()
    {
        var input = Path.Combine(_dir, "w.jpg");
        File.Copy(Fixture("wristband.jpg"), input);
        var before = File.ReadAllBytes(input);

        var (exit, _, stderr) = Run("scrub-image", input, input, "--force");

        Assert.Equal(2, exit);
        Assert.Contains("replace the original", stderr);
        Assert.Equal(before, File.ReadAllBytes(input));
    }

    [Fact]
    public void CheckImage_JsonCarriesImageFindingsInTheVerdictAndTheirLocation()
    {
        var (exit, stdout, _) = Run("check", "Proud of the night team", "--image", Fixture("monitor.jpg"),
            "--workplace", "42.3362,-71.1066,300", "--no-image-text", "--format", "json");

        Assert.Equal(1, exit);
        using var doc = JsonDocument.Parse(stdout);
        var root = doc.RootElement;
        Assert.Equal("warn", root.GetProperty("verdict").GetString());
        Assert.Contains(root.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "PR1902"
            && f.GetProperty("length").GetInt32() == 0 && f.GetProperty("start").GetInt32() == "Proud of the night team".Length);
        var image = Assert.Single(root.GetProperty("images").EnumerateArray());
        var gps = image.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("rule").GetString() == "PR1901");
        Assert.Equal("EXIF GPS", gps.GetProperty("location").GetProperty("field").GetString());
        Assert.Equal(JsonValueKind.Null, image.GetProperty("ocr").ValueKind);
    }

    [Fact]
    public void CheckImage_DamagedPictureIsAnInputError()
    {
        var cut = Path.Combine(_dir, "cut.jpg");
        var bytes = File.ReadAllBytes(Fixture("wristband.jpg"));
        File.WriteAllBytes(cut, bytes[..(bytes.Length / 2)]);

        var (exit, stdout, stderr) = Run("check", "hello", "--image", cut);

        Assert.Equal(2, exit);
        Assert.Contains("cut short", stderr);
        Assert.DoesNotContain("Verdict", stdout);
    }

    [Fact]
    public void CheckImage_BadWorkplaceIsAUsageError()
    {
        var (exit, _, stderr) = Run("check", "hello", "--image", Fixture("landscape.jpg"), "--workplace", "north,south");

        Assert.Equal(2, exit);
        Assert.Contains("--workplace", stderr);
    }
}
