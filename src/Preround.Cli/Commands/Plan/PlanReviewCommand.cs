using System.CommandLine;
using Preround.Archives;
using Preround.Cli.Infrastructure;
using Preround.Planning.Queue;
using Preround.Planning.Review;

namespace Preround.Cli.Commands.Plan;

/// <summary><c>plan review</c>: how the posting history and the queue measure against the strategy.</summary>
internal static class PlanReviewCommand
{
    public static Command Create(PlanOptions o)
    {
        var history = new Option<string>("--history") { Description = "A platform archive, unpacked folder, or CSV/JSONL export (anything `audit` reads)", Required = true };
        var format = new Option<string>("--format") { Description = "Output: text, json or html", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "html");
        var output = new Option<string?>("--output", "-o") { Description = "File to write (default: standard output)" };
        var asOf = new Option<string?>("--as-of") { Description = "Review date (default: now)" };
        var highProfile = new Option<string[]>("--high-profile") { Description = "Accounts you know to be high-profile (repeatable or comma-separated)", AllowMultipleArgumentsPerToken = true };
        var archiveFormat = new Option<string?>("--archive-format") { Description = "Force the archive format: " + string.Join(", ", ArchiveImporter.FormatNames) };
        var command = new Command("review", "Review your posting history: cadence, gaps, promotion, variety, lane, mix, engagement, networking, next actions.");
        foreach (var opt in new Option[] { history, format, output, asOf, highProfile, archiveFormat }) command.Options.Add(opt);
        command.SetAction((parse, ct) => PlanRunner.RunAsync(async () =>
        {
            var when = parse.GetValue(asOf) is { } a ? o.Time(parse, a, "--as-of") : DateTimeOffset.UtcNow;
            var options = parse.GetValue(archiveFormat) is { } f ? ImportOptions.Default with { Format = f } : ImportOptions.Default;
            // NOTE: EF Core's start-up (model building, migration check) costs about a second of CPU; on two cores it
            // runs while the archive is read instead of after it.
            var opening = Task.Run(() => o.OpenAsync(parse, ct), ct);
            (IReadOnlyList<HistoryPost> posts, IReadOnlyList<Archives.Model.ImportNote> notes) loaded;
            try
            {
                loaded = ArchiveHistory.Load(parse.GetValue(history)!, options);
            }
            catch
            {
                _ = opening.ContinueWith(t => t.Exception, TaskContinuationOptions.OnlyOnFaulted);
                throw;
            }
            var (posts, notes) = loaded;
            foreach (var note in notes.Where(n => n.Level != Archives.Model.ImportNoteLevel.Info).Take(10)) Console.Error.WriteLine($"preround: note: {note}");

            var db = await opening;
            var report = ReviewAnalyzer.Analyze(new ReviewInput
            {
                History = posts,
                AsOf = when,
                Strategy = await db.Plans.GetStrategyAsync(ct),
                Queue = await db.Plans.ListPostsAsync(QueueFilter.Open, ct),
                Contacts = await db.Contacts.ListContactsAsync(ct),
                HighProfileAccounts = (parse.GetValue(highProfile) ?? []).SelectMany(h => h.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList(),
                TimeZone = o.Zone(parse),
            });

            var path = parse.GetValue(output);
            switch (parse.GetValue(format))
            {
                case "json":
                    using (var ms = new MemoryStream())
                    {
                        ReviewJsonWriter.Write(report, ms);
                        await PlanCalendarCommands.WriteOutput(path, System.Text.Encoding.UTF8.GetString(ms.ToArray()) + "\n", ct);
                    }
                    break;
                case "html":
                    await PlanCalendarCommands.WriteOutput(path, ReviewHtmlWriter.Write(report), ct);
                    break;
                default:
                    var sw = new StringWriter();
                    ReviewTextWriter.Write(report, sw);
                    await PlanCalendarCommands.WriteOutput(path, sw.ToString(), ct);
                    break;
            }

            if (path is not null) Console.Error.WriteLine($"Wrote the review of {report.TotalPosts} post(s) to {path}.");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
