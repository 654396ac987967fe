using System.CommandLine;
using System.Text;
using Preround.Archives;
using Preround.Audit;
using Preround.Audit.Profile;
using Preround.Audit.Reports;
using Preround.Cli.Infrastructure;
using Preround.Core.Domain;
using Spectre.Console;

namespace Preround.Cli.Commands;

/// <summary><c>preround audit PATH</c>: import a platform archive, check every post, write a report.</summary>
internal static class AuditCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "The archive: a .zip, an unpacked folder, or one exported file (tweets.js, outbox.json, repo.car, Shares.csv, posts.csv…)" };
        var output = new Option<string?>("--out", "-o") { Description = "Write the report to this file (format from its extension unless --format is given)" };
        var format = new Option<string?>("--format") { Description = "Report format: html, json or csv (default: from --out, else a summary on the terminal)" };
        format.AcceptOnlyFromAmong("html", "json", "csv");
        var source = new Option<string?>("--source") { Description = "Read the input as this format instead of detecting it: " + string.Join(", ", ArchiveImporter.FormatNames) };
        var textColumn = new Option<string?>("--text-column") { Description = "CSV/JSONL: the column holding the post text" };
        var dateColumn = new Option<string?>("--date-column") { Description = "CSV/JSONL: the column holding the date" };
        var includeDms = new Option<bool>("--include-direct-messages") { Description = "Also audit direct messages found in an outbox (off: they are private)" };
        var skipReposts = new Option<bool>("--skip-reposts") { Description = "Do not check reposts (retweets, boosts)" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar or summary table" };
        var draftOptions = new DraftOptions();

        var command = new Command("audit", "Audit a platform archive: what a selection committee would find in your posting history.");
        command.Arguments.Add(path);
        command.Options.Add(output);
        command.Options.Add(format);
        command.Options.Add(source);
        command.Options.Add(textColumn);
        command.Options.Add(dateColumn);
        command.Options.Add(includeDms);
        command.Options.Add(skipReposts);
        command.Options.Add(quiet);
        draftOptions.AddTo(command);
        command.SetAction(parse => CliRunner.Run(() =>
        {
            var input = parse.GetValue(path)!;
            var outPath = parse.GetValue(output);
            var fmt = parse.GetValue(format) ?? FormatFromExtension(outPath);
            var (author, platform, _) = draftOptions.Read(parse);
            var importOptions = new ImportOptions
            {
                Format = parse.GetValue(source),
                TextColumn = parse.GetValue(textColumn),
                DateColumn = parse.GetValue(dateColumn),
                IncludeDirectMessages = parse.GetValue(includeDms),
                Platform = parse.GetValue(draftOptions.Platform) is null ? null : platform,
            };
            // NOTE: an audit reports unknown words without Hunspell's suggestions (see SpellChecker.SuggestWords).
            Preround.Platforms.Spelling.SpellChecker.SuggestWords = false;
            var analyzer = AnalyzerFactory.Create(parse.GetValue(draftOptions.Policy) ?? [], compiledPatterns: true);
            var run = new AuditRun(input, outPath, fmt, author, importOptions, parse.GetValue(skipReposts), parse.GetValue(quiet));
            return run.Execute(analyzer.Check, new ProfileAuditor(analyzer.Check));
        }));
        return command;
    }

    private static string? FormatFromExtension(string? outPath) => Path.GetExtension(outPath ?? "").ToLowerInvariant() switch
    {
        ".json" => "json",
        ".csv" => "csv",
        ".htm" or ".html" => "html",
        "" when outPath is null => null,
        _ => "html",
    };

    /// <summary>One audit from input to report, with the terminal output around it.</summary>
    private sealed class AuditRun(string input, string? outPath, string? format, AuthorProfile author, ImportOptions importOptions, bool skipReposts, bool quiet)
    {
        public int Execute(Func<Draft, CheckResult> check, ProfileAuditor profiles)
        {
            GuardOutput();
            ImportedArchive archive;
            try
            {
                archive = ArchiveImporter.Open(input, importOptions);
            }
            catch (ArchiveException e)
            {
                throw new UsageException(e.Message);
            }
            using (archive)
            {
                var reportToStdout = outPath is null && format is not null;
                var writer = reportToStdout ? Console.Error : Console.Out;
                var redirected = reportToStdout ? Console.IsErrorRedirected : Console.IsOutputRedirected;
                var color = !redirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")) && Environment.GetEnvironmentVariable("TERM") != "dumb";
                var console = AnsiConsole.Create(new AnsiConsoleSettings
                {
                    Out = new AnsiConsoleOutput(writer),
                    Ansi = color ? AnsiSupport.Detect : AnsiSupport.No,
                    ColorSystem = color ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
                    Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
                });
                var interactive = !quiet && !redirected;
                var runner = new AuditRunner(check, new AuditOptions { Author = author, CheckReposts = !skipReposts });

                var temp = outPath is null ? null : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(outPath))!, $".{Path.GetFileName(outPath)}.{Environment.ProcessId}.tmp");
                AuditSummary summary;
                ReportContext context;
                try
                {
                    using (var stream = temp is not null ? new FileStream(temp, FileMode.CreateNew, FileAccess.Write) : reportToStdout ? Console.OpenStandardOutput() : System.IO.Stream.Null)
                    {
                        (summary, context) = RunAndWrite(archive, runner, profiles, stream, console, interactive);
                    }
                    if (temp is not null) File.Move(temp, outPath!, overwrite: true);
                }
                finally
                {
                    if (temp is not null && File.Exists(temp)) File.Delete(temp);
                }

                if (!quiet) SummaryTable.Write(console, summary, context, outPath);
                return summary.FlaggedPosts > 0 || context.Profiles.Any(p => p.Verdict != Verdict.Ok) ? ExitCodes.Findings : ExitCodes.Ok;
            }
        }

        private (AuditSummary, ReportContext) RunAndWrite(ImportedArchive archive, AuditRunner runner, ProfileAuditor profiles, Stream stream, IAnsiConsole console, bool interactive)
        {
            JsonReportWriter? json = format == "json" ? new JsonReportWriter(stream) : null;
            StreamWriter? text = format is "csv" or "html" ? new StreamWriter(stream, new UTF8Encoding(false), 1 << 16) : null;
            CsvReportWriter? csv = format == "csv" ? new CsvReportWriter(text!) : null;
            Action<AuditedPost> sink = json is not null ? json.Write : csv is not null ? csv.Write : _ => { };

            AuditSummary summary = null!;
            if (interactive)
            {
                console.Progress().AutoClear(true).Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn()).Start(ctx =>
                {
                    var task = ctx.AddTask("Reading and checking posts…").IsIndeterminate();
                    summary = runner.Run(archive.Posts, sink, new SyncProgress(n => task.Description = $"Checked {n:N0} posts…"));
                });
            }
            else
            {
                summary = runner.Run(archive.Posts, sink);
            }

            var context = new ReportContext
            {
                Source = archive.Path,
                Formats = archive.Formats,
                Author = author,
                Notes = archive.Notes,
                Profiles = archive.Profiles.Select(p => profiles.Audit(p.Bio, author, p.Platform, p.HasAvatar, p.Handle)).ToList(),
            };
            if (json is not null)
            {
                json.Finish(summary, context);
                json.Dispose();
            }
            if (format == "html") HtmlReportWriter.Write(text!, summary, context);
            text?.Flush();
            return (summary, context);
        }

        // NOTE: the input is never written to: a report inside the archive folder or over the archive itself is refused.
        private void GuardOutput()
        {
            if (outPath is null) return;
            var full = Path.GetFullPath(outPath);
            var source = Path.GetFullPath(input).TrimEnd(Path.DirectorySeparatorChar);
            if (string.Equals(full, source, StringComparison.Ordinal) ||
                (Directory.Exists(source) && full.StartsWith(source + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
                throw new UsageException($"{outPath}: the report would be written into the archive being audited; choose a path outside {input}.");
            var dir = Path.GetDirectoryName(full)!;
            if (!Directory.Exists(dir)) throw new UsageException($"{outPath}: the folder {dir} does not exist.");
        }
    }

    /// <summary>Reports progress on the calling thread (the runner's own), so the bar never lags behind the count.</summary>
    private sealed class SyncProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
