using System.Security.Cryptography;
using System.Text.Json;

namespace Preround.Cli.Tests.Audit;

public sealed class AuditCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("preround-audit-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private const string Pack = "id: T.Bed\ncategory: privacy\nseverity: block\npattern: '\\bbed \\d+\\b'\nmessage: \"'{match}' may identify a patient.\"\nrationale: r\n";

    private string WriteArchive()
    {
        var data = Path.Combine(_dir, "archive", "data");
        Directory.CreateDirectory(data);
        File.WriteAllText(Path.Combine(data, "tweets.js"), """
            window.YTD.tweets.part0 = [
              { "tweet" : { "id_str" : "11", "full_text" : "Rough night, bed 7 again", "created_at" : "Wed Oct 19 20:07:25 +0000 2022", "favorite_count" : "1", "retweet_count" : "0" } },
              { "tweet" : { "id_str" : "12", "full_text" : "@peer agreed &amp; thanks", "created_at" : "Thu Oct 20 08:00:00 +0000 2022", "in_reply_to_status_id_str" : "5", "in_reply_to_screen_name" : "peer", "favorite_count" : "0", "retweet_count" : "0" } }
            ]
            """);
        File.WriteAllText(Path.Combine(data, "profile.js"), """
            window.YTD.profile.part0 = [ { "profile" : { "description" : { "bio" : "MD. Views are my own." }, "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1/a.jpg" } } ]
            """);
        File.WriteAllText(Path.Combine(_dir, "pack.yaml"), Pack);
        return Path.Combine(_dir, "archive");
    }

    [Fact]
    public void JsonToStdout_HasSummaryAndOnePostEach_AndExitsOneOnFindings()
    {
        var archive = WriteArchive();
        var r = CliProcess.Run(["audit", archive, "--format", "json", "--role", "ms3", "--policy", Path.Combine(_dir, "pack.yaml")]);
        Assert.Equal(1, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        var posts = doc.RootElement.GetProperty("posts");
        Assert.Equal(2, posts.GetArrayLength());
        Assert.Equal("block", posts[0].GetProperty("verdict").GetString());
        Assert.Equal("reply", posts[1].GetProperty("kind").GetString());
        Assert.Equal("@peer agreed & thanks", posts[1].GetProperty("text").GetString());
        Assert.Equal(2, doc.RootElement.GetProperty("summary").GetProperty("total_posts").GetInt32());
        var bio = doc.RootElement.GetProperty("profiles")[0];
        Assert.Contains(bio.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "PF1003");
    }

    [Fact]
    public void HtmlReport_IsWrittenWhereAskedAndTheArchiveIsUntouched()
    {
        var archive = WriteArchive();
        var before = Snapshot(archive);
        var report = Path.Combine(_dir, "out", "report.html");
        Directory.CreateDirectory(Path.GetDirectoryName(report)!);
        var r = CliProcess.Run(["audit", archive, "--out", report, "--policy", Path.Combine(_dir, "pack.yaml")]);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("Report written to", r.Stdout);
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(report));
        Assert.Equal(before, Snapshot(archive));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(report)!));
    }

    [Fact]
    public void AReportInsideTheArchive_IsRefused()
    {
        var archive = WriteArchive();
        var r = CliProcess.Run(["audit", archive, "--out", Path.Combine(archive, "report.html")]);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("into the archive", r.Stderr);
        Assert.False(File.Exists(Path.Combine(archive, "report.html")));
    }

    [Fact]
    public void AnUnreadableInput_IsAClearErrorWithExitTwo()
    {
        var bad = Path.Combine(_dir, "broken.zip");
        File.WriteAllBytes(bad, [(byte)'P', (byte)'K', 3, 4, 0, 0, 1, 2]);
        var r = CliProcess.Run(["audit", bad, "--format", "csv"]);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("broken.zip", r.Stderr);
        Assert.Contains("not a readable zip", r.Stderr);
        Assert.Equal("", r.Stdout);
    }

    [Fact]
    public void Csv_HasAHeaderAndARowPerPost()
    {
        var archive = WriteArchive();
        var r = CliProcess.Run(["audit", archive, "--format", "csv", "--policy", Path.Combine(_dir, "pack.yaml")]);
        var lines = r.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,platform,created_at,kind,verdict", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("11,x,2022-10-19T20:07:25Z,original,block", lines[1]);
    }

    private static Dictionary<string, string> Snapshot(string dir) =>
        Directory.GetFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => f, f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
}

public sealed class ProfileCommandTests
{
    [Fact]
    public void StudentBioWithMD_IsFlaggedAndExitsOne()
    {
        var r = CliProcess.Run(["profile", "MD | cardiology hopeful | views are my own", "--role", "ms2", "--platform", "x"]);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("'MD' is a title or certification beyond a ms2's.", r.Stdout);
        Assert.Contains("does not protect you", r.Stdout);
        Assert.Contains("Professional photo", r.Stdout);
    }

    [Fact]
    public void GoodBio_PassesTheChecklist()
    {
        var r = CliProcess.Run(["profile", "Family medicine resident (PGY-2) · preventive care", "--role", "resident", "--photo", "yes", "--format", "json"]);
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        Assert.Equal("ok", doc.RootElement.GetProperty("verdict").GetString());
        Assert.All(doc.RootElement.GetProperty("checklist").EnumerateArray(), i => Assert.Equal("pass", i.GetProperty("status").GetString()));
    }
}
