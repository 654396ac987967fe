using System.CommandLine;
using System.Text;
using Preround.Cli.Infrastructure;
using Preround.Planning.Calendar;
using Preround.Planning.Queue;

namespace Preround.Cli.Commands.Plan;

/// <summary><c>plan export|import|slots</c>: the calendar in and out, and suggested times.</summary>
internal static class PlanCalendarCommands
{
    public static IEnumerable<Command> Create(PlanOptions o)
    {
        yield return Export(o);
        yield return Import(o);
        yield return Slots(o);
    }

    private static Command Export(PlanOptions o)
    {
        var format = new Option<string>("--format") { Description = "ics (iCalendar) or csv", Required = true };
        format.AcceptOnlyFromAmong("ics", "csv");
        var output = new Option<string?>("--output", "-o") { Description = "File to write (default: standard output)" };
        var all = new Option<bool>("--all") { Description = "Include done and dropped posts" };
        var noText = new Option<bool>("--no-text") { Description = "Leave the draft text out of the calendar (for a calendar others can see)" };
        var command = new Command("export", "Export the plan as an iCalendar (.ics) file or CSV.");
        foreach (var opt in new Option[] { format, output, all, noText }) command.Options.Add(opt);
        command.SetAction((parse, ct) => PlanRunner.RunAsync(async () =>
        {
            var db = await o.OpenAsync(parse, ct);
            var posts = await db.Plans.ListPostsAsync(parse.GetValue(all) ? QueueFilter.All : QueueFilter.Open, ct);
            string content;
            if (parse.GetValue(format) == "ics") content = ICalendarWriter.Write(posts, DateTimeOffset.UtcNow, includeText: !parse.GetValue(noText));
            else
            {
                var sw = new StringWriter();
                PlanCsv.Export(posts, sw);
                content = sw.ToString();
            }

            await WriteOutput(parse.GetValue(output), content, ct);
            if (parse.GetValue(output) is { } path) Console.Error.WriteLine($"Wrote {posts.Count} post(s) to {path}.");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Import(PlanOptions o)
    {
        var path = new Argument<string>("path") { Description = "CSV with planned_at, platform, text and optional note columns ('-' for standard input)" };
        var command = new Command("import", "Import planned posts from CSV; every row is checked; all rows are queued or none.");
        command.Arguments.Add(path);
        command.SetAction((parse, ct) => PlanRunner.RunAsync(async () =>
        {
            var file = parse.GetValue(path)!;
            var text = file == "-" ? await Console.In.ReadToEndAsync(ct) : InputReader.ReadFile(file);
            var (posts, problems) = PlanCsv.Import(new StringReader(text), o.Zone(parse));
            if (problems.Count > 0)
            {
                foreach (var p in problems.Take(20)) Console.Error.WriteLine($"preround: {file}, {p}");
                if (problems.Count > 20) Console.Error.WriteLine($"preround: … and {problems.Count - 20} more problem(s).");
                Console.Error.WriteLine("preround: nothing was imported; fix the rows above and run the import again.");
                return ExitCodes.UsageOrInput;
            }

            if (posts.Count == 0) throw new UsageException($"{file}: no rows to import.");
            var db = await o.OpenAsync(parse, ct);
            var added = await o.Queue(db, parse).AddManyAsync(posts, ct);
            var now = DateTimeOffset.UtcNow;
            Console.WriteLine($"Imported {added.Count} post(s); {added.Count(p => p.Findings.Count > 0)} with findings, {added.Count(p => p.IsHeld(now))} in cooling-off.");
            foreach (var p in added) PlanRender.Line(Console.Out, p, o, parse, now);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Slots(PlanOptions o)
    {
        var weeks = new Option<int>("--weeks") { Description = "How many weeks to fill (default 2)", DefaultValueFactory = _ => 2 };
        var time = new Option<string?>("--time") { Description = "Time of day for new slots, HH:MM (default 08:30)" };
        var weekly = new Option<int?>("--weekly") { Description = "Posts a week (default: your strategy's target)" };
        var command = new Command("slots", "Suggest posting times that fill your weekly target without bunching.");
        foreach (var opt in new Option[] { weeks, time, weekly }) command.Options.Add(opt);
        command.SetAction((parse, ct) => PlanRunner.RunAsync(async () =>
        {
            var timeText = parse.GetValue(time) ?? "08:30";
            if (!TimeOnly.TryParseExact(timeText, ["HH:mm", "H:mm"], out var timeOfDay)) throw new UsageException($"--time '{timeText}' is not a time such as 08:30.");
            var n = parse.GetValue(weeks);
            if (n is < 1 or > 52) throw new UsageException("--weeks must be between 1 and 52.");
            var db = await o.OpenAsync(parse, ct);
            var target = parse.GetValue(weekly) ?? (await db.Plans.GetStrategyAsync(ct))?.WeeklyTarget
                ?? throw new UsageException("Give --weekly, or set a weekly target with `preround plan init`.");
            if (target is < 1 or > 21) throw new UsageException("--weekly must be between 1 and 21.");
            var planned = await db.Plans.ListPostsAsync(QueueFilter.Open, ct);
            var slots = SlotSuggester.Suggest(target, planned, DateTimeOffset.UtcNow, n, timeOfDay, o.Zone(parse));
            var sb = new StringBuilder();
            sb.AppendLine($"{target} a week for {n} week(s); {planned.Count} post(s) already planned.");
            foreach (var s in slots) sb.AppendLine("  " + o.Show(parse, s));
            if (slots.Count == 0) sb.AppendLine("  The plan already meets your target.");
            else sb.AppendLine("Queue a draft at one of these: preround plan add --at \"YYYY-MM-DD HH:MM\" \"text\"");
            Console.Write(sb.ToString());
            return ExitCodes.Ok;
        }));
        return command;
    }

    internal static async Task WriteOutput(string? path, string content, CancellationToken ct)
    {
        if (path is null or "-")
        {
            await Console.Out.WriteAsync(content);
            return;
        }

        try
        {
            // NOTE: written next to the target and moved into place, so a failure never leaves half a file.
            var full = Path.GetFullPath(path);
            var temp = full + ".tmp-" + Environment.ProcessId;
            await File.WriteAllTextAsync(temp, content, new UTF8Encoding(false), ct);
            File.Move(temp, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"{path}: cannot be written ({e.Message}).");
        }
    }
}
