using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Preround.Cli.Tests.Plan;

/// <summary>The <c>plan</c> and <c>contacts</c> commands end to end, each test with its own SQLite file.</summary>
public sealed class PlanCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("preround-plan-cli-").FullName;

    private string Db => Path.Combine(_dir, "plan.db");

    private CliProcess.Result Run(params string[] args) => CliProcess.Run([.. args, "--db", Db, "--time-zone", "UTC"], workingDirectory: _dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private void Init() =>
        Assert.Equal(0, Run("plan", "init", "--no-input", "--goal", "patient-education", "--goal", "networking", "--audience", "peers",
            "--lane", "heart failure", "--platform", "bluesky", "--weekly", "2", "--minutes", "90", "--role", "np").ExitCode);

    [Fact]
    public void InitAddListShowAndExportWorkTogether()
    {
        Init();
        var add = Run("plan", "add", "--at", "2031-05-06 08:30", "--note", "link the AHA page", "Heart failure: weigh yourself every morning; call if up 2 kg in a week.");
        var list = Run("plan", "list", "--format", "json");
        var show = Run("plan", "show", "1");
        var ics = Run("plan", "export", "--format", "ics");
        var csv = Run("plan", "export", "--format", "csv");

        Assert.Equal(0, add.ExitCode);
        Assert.Contains("Queued post 1 for Tue 2031-05-06 08:30 on bluesky", add.Stdout);
        using var doc = JsonDocument.Parse(list.Stdout);
        var post = Assert.Single(doc.RootElement.EnumerateArray().ToList());
        Assert.Equal("queued", post.GetProperty("status").GetString());
        Assert.Equal("bluesky", post.GetProperty("platform").GetString());
        Assert.Equal("link the AHA page", post.GetProperty("note").GetString());
        Assert.Contains("Heart failure: weigh yourself", show.Stdout);
        Assert.Contains("DTSTART:20310506T083000Z\r\n", ics.Stdout);
        Assert.StartsWith("id,planned_at,platform,status", csv.Stdout);
    }

    [Fact]
    public void InitWithoutInputNamesWhatIsMissing()
    {
        var result = Run("plan", "init", "--no-input", "--goal", "advocacy");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--platform", result.Stderr);
        Assert.Contains("--weekly", result.Stderr);
    }

    [Fact]
    public void UnknownGoalListsTheValidOnes()
    {
        var result = Run("plan", "init", "--no-input", "--goal", "fame", "--platform", "x", "--weekly", "2");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("patient-education", result.Stderr);
    }

    [Fact]
    public void ReadyDoneAndDropMoveThePostAndRefuseTwice()
    {
        Init();
        Run("plan", "add", "--at", "2031-05-06 08:30", "Statins: what the muscle-ache studies show.");
        Run("plan", "add", "--at", "2031-05-08 08:30", "Salt and swelling.");

        Assert.Equal(0, Run("plan", "ready", "1").ExitCode);
        Assert.Equal(0, Run("plan", "done", "1").ExitCode);
        Assert.Equal(0, Run("plan", "drop", "2").ExitCode);
        var again = Run("plan", "drop", "2");
        var missing = Run("plan", "show", "9");

        Assert.Equal(2, again.ExitCode);
        Assert.Contains("already dropped", again.Stderr);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("no planned post 9", missing.Stderr);
        Assert.Equal("[]", Run("plan", "list", "--format", "json").Stdout.Trim());
    }

    [Fact]
    public void ImportWithABadRowImportsNothingAndSaysWhere()
    {
        Init();
        var csv = Path.Combine(_dir, "plan.csv");
        File.WriteAllText(csv, "planned_at,platform,text\n2031-05-06 08:30,bluesky,Fine post\n2031-05-07 08:30,friendster,Bad platform\n");

        var result = Run("plan", "import", csv);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("line 3, column 'platform'", result.Stderr);
        Assert.Contains("nothing was imported", result.Stderr);
        Assert.Equal("[]", Run("plan", "list", "--format", "json").Stdout.Trim());
    }

    [Fact]
    public void ImportQueuesEveryRow()
    {
        Init();
        var csv = Path.Combine(_dir, "plan.csv");
        File.WriteAllText(csv, "planned_at,platform,text\n2031-05-06 08:30,bluesky,One\n2031-05-07 08:30,x,Two\n");

        var result = Run("plan", "import", csv);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Imported 2 post(s)", result.Stdout);
    }

    [Fact]
    public void ReviewOfAGenericCsvHistoryPrintsTheDocumentedJson()
    {
        Init();
        var history = new StringBuilder("date,text\n");
        var start = new DateTime(2030, 1, 7, 9, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < 40; i++)
        {
            var text = i % 5 == 0 ? $"Now accepting new patients, book your appointment today {i}" : $"Heart failure tip number {i}: about fluids, salt and daily weights";
            history.Append(start.AddDays(i * 2).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)).Append(",\"").Append(text).Append("\"\n");
        }
        var path = Path.Combine(_dir, "history.csv");
        File.WriteAllText(path, history.ToString());

        var result = Run("plan", "review", "--history", path, "--format", "json", "--as-of", "2030-04-01");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var root = doc.RootElement;
        Assert.Equal(40, root.GetProperty("weekly_counts").EnumerateArray().Sum(w => w.GetProperty("posts").GetInt32()));
        Assert.Equal(0.2, root.GetProperty("promotional_share").GetDouble(), 3);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("near_duplicate_groups").ValueKind);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("reply_targets").ValueKind);
        Assert.NotEmpty(root.GetProperty("actions").EnumerateArray());
    }

    [Fact]
    public void ReviewWritesASelfContainedHtmlFile()
    {
        var history = Path.Combine(_dir, "history.csv");
        File.WriteAllText(history, "date,text\n2030-01-07T09:00:00Z,Hello colleagues\n2030-01-09T09:00:00Z,Flu season notes\n");
        var html = Path.Combine(_dir, "review.html");

        var result = Run("plan", "review", "--history", history, "--format", "html", "--output", html);

        Assert.Equal(0, result.ExitCode);
        var page = File.ReadAllText(html);
        Assert.StartsWith("<!DOCTYPE html>", page);
        Assert.Contains("<svg", page);
    }

    [Fact]
    public void ReviewOfAMissingArchiveFailsClearly()
    {
        var result = Run("plan", "review", "--history", Path.Combine(_dir, "nope.zip"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nope.zip", result.Stderr);
    }

    [Fact]
    public void ContactsAddTouchAndDue()
    {
        var add = Run("contacts", "add", "Dr Ana Rivera", "--role", "mentor", "--handle", "arivera", "--follow-up", "2020-01-01");
        var due = Run("contacts", "due");
        var touch = Run("contacts", "touch", "1", "--note", "coffee at the conference", "--step", "meeting");
        var show = Run("contacts", "show", "1");
        var dueAfter = Run("contacts", "due");

        Assert.Equal(0, add.ExitCode);
        Assert.Contains("Dr Ana Rivera", due.Stdout);
        Assert.Equal(0, touch.ExitCode);
        Assert.Contains("[x] move to e-mail or a meeting", show.Stdout);
        Assert.Contains("coffee at the conference", show.Stdout);
        Assert.Contains("No follow-ups due.", dueAfter.Stdout);
    }

    [Fact]
    public void UnreadableDatabaseIsReportedAndLeftAlone()
    {
        File.WriteAllText(Db, "not a database");

        var result = Run("plan", "list");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(Db, result.Stderr);
        Assert.Equal("not a database", File.ReadAllText(Db));
    }
}

/// <summary>Cooling-off with the built-in rules: a venting draft is queued but cannot be marked ready.</summary>
public sealed class PlanCoolingOffCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("preround-plan-hold-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void VentingDraftIsHeldAndReadyIsRefusedWithTheReason()
    {
        var db = Path.Combine(_dir, "plan.db");
        var add = CliProcess.Run(["plan", "add", "--db", db, "-p", "x", "--at", "2031-01-01 09:00",
            "These idiots in admin cancelled our clinic again. I hate this hospital and everyone in management."], workingDirectory: _dir);
        var ready = CliProcess.Run(["plan", "ready", "1", "--db", db], workingDirectory: _dir);

        Assert.Equal(0, add.ExitCode);
        Assert.Contains("Cooling-off", add.Stdout);
        Assert.Equal(1, ready.ExitCode);
        Assert.Contains("is held until", ready.Stderr);
        Assert.Contains("sleep on it", ready.Stderr);
    }
}
