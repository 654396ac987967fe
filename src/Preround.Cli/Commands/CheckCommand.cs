using System.CommandLine;
using System.Text.Json;
using Preround.Cli.Infrastructure;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Core.Serialization;
using Preround.Imaging;

namespace Preround.Cli.Commands;

/// <summary><c>preround check</c>: one draft (argument, file or stdin) or a JSONL batch.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var text = new Argument<string?>("text") { Description = "The draft to check (or use --file, --jsonl, or standard input)", Arity = ArgumentArity.ZeroOrOne };
        var file = new Option<string?>("--file", "-f") { Description = "Read the draft from a UTF-8 file ('-' for standard input)" };
        var jsonl = new Option<string?>("--jsonl") { Description = "Batch: read {\"id\",\"text\",\"author_role\"?,\"platform\"?,\"account\"?} lines from a file ('-' for standard input); write one result line each" };
        var format = new Option<string>("--format") { Description = "Output: text, json or sarif", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var failOn = new Option<string>("--fail-on") { Description = "Exit 1 on 'warn' (default), only on 'block', or never ('none': report only)", DefaultValueFactory = _ => "warn" };
        failOn.AcceptOnlyFromAmong("warn", "block", "none");
        var draftOptions = new DraftOptions();
        var imageOptions = new ImageOptions();

        var command = new Command("check", "Check a draft before you post it: privacy, professionalism, disclosure and platform fit.");
        command.Arguments.Add(text);
        command.Options.Add(file);
        command.Options.Add(jsonl);
        command.Options.Add(format);
        command.Options.Add(failOn);
        draftOptions.AddTo(command);
        imageOptions.AddTo(command);
        command.SetAction(parse => CliRunner.Run(() =>
        {
            var (author, platform, context) = draftOptions.Read(parse);
            var policies = parse.GetValue(draftOptions.Policy) ?? [];
            var batch = parse.GetValue(jsonl);
            var failLevel = parse.GetValue(failOn) ?? "warn";
            if (batch is not null)
            {
                if (parse.GetValue(text) is not null || parse.GetValue(file) is not null) throw new UsageException("--jsonl reads drafts from its file; do not also pass a draft or --file.");
                if (imageOptions.Paths(parse).Count > 0) throw new UsageException("--image checks pictures with one draft; it cannot be combined with --jsonl.");
                // NOTE: a batch reports unknown words without Hunspell's suggestions (see SpellChecker.SuggestWords).
                Preround.Platforms.Spelling.SpellChecker.SuggestWords = false;
                var batchExit = RunBatch(batch, AnalyzerFactory.Create(policies, compiledPatterns: true, preloadSpelling: true), author, platform, context, failLevel);
                SpellingNotice.WriteIfUnavailable(Console.Error);
                return batchExit;
            }
            var images = imageOptions.Paths(parse);
            // NOTE: pictures may be checked without a caption; then an empty caption stands in.
            var draftText = images.Count > 0 && parse.GetValue(text) is null && parse.GetValue(file) is null && !Console.IsInputRedirected
                ? ""
                : InputReader.ReadDraft(parse.GetValue(text), parse.GetValue(file), Console.In, Console.IsInputRedirected);
            if (draftText.Length > Draft.MaxLength)
            {
                throw new UsageException($"The draft is {draftText.Length:N0} characters; the checker accepts at most {Draft.MaxLength:N0}. Split it or check it in parts.");
            }
            var analyzer = AnalyzerFactory.Create(policies, compiledPatterns: false, preloadSpelling: true);
            var result = analyzer.Check(new Draft(draftText, author, platform, context));
            if (images.Count == 0)
            {
                Write(result, parse.GetValue(format) ?? "text", parse.GetValue(file) ?? "draft.txt", analyzer);
                SpellingNotice.WriteIfUnavailable(Console.Error);
                return ExitCode(result.Verdict, failLevel);
            }
            var (merged, imageResult) = imageOptions.Check(parse, result, analyzer);
            // NOTE: an unreadable picture is an input error (exit 2): showing a verdict without it would read as "all clear".
            if (imageResult.Errors.Count > 0) throw new UsageException(string.Join(Environment.NewLine + "preround: ", imageResult.Errors));
            Write(merged, parse.GetValue(format) ?? "text", parse.GetValue(file) ?? "draft.txt", analyzer, w => ImageJson.WriteImagesProperty(w, imageResult));
            ImageOptions.WriteNotices(Console.Error, imageResult);
            SpellingNotice.WriteIfUnavailable(Console.Error);
            return ExitCode(merged.Verdict, failLevel);
        }));
        return command;
    }

    /// <summary>1 when the verdict reaches the --fail-on level ("warn", "block", or "none" for never).</summary>
    internal static int ExitCode(Verdict verdict, string failOn) => failOn switch
    {
        "none" => ExitCodes.Ok,
        "block" => verdict == Verdict.Block ? ExitCodes.Findings : ExitCodes.Ok,
        _ => verdict == Verdict.Ok ? ExitCodes.Ok : ExitCodes.Findings,
    };

    private static void Write(CheckResult result, string format, string artifact, Analyzer analyzer, Action<Utf8JsonWriter>? extraJson = null)
    {
        switch (format)
        {
            case "json":
                using (var stdout = Console.OpenStandardOutput())
                using (var w = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true, Encoder = CheckJson.LineOptions.Encoder }))
                {
                    CheckJson.WriteDetailed(w, null, result, extraJson);
                }
                Console.WriteLine();
                break;
            case "sarif":
                using (var stdout = Console.OpenStandardOutput())
                {
                    SarifWriter.Write(stdout, result, artifact, analyzer.Rules);
                }
                Console.WriteLine();
                break;
            default:
                TextRenderer.Write(Console.Out, result, Terminal.UseColor(Console.Out));
                break;
        }
    }

    private static int RunBatch(string path, Analyzer analyzer, AuthorProfile author, Platform platform, DraftContext context, string failOn)
    {
        Stream input;
        if (path == "-") input = Console.OpenStandardInput();
        else
        {
            if (!File.Exists(path)) throw new UsageException($"{path}: no such file.");
            input = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        using (input)
        using (var stdout = new BufferedStream(Console.OpenStandardOutput(), 1 << 16))
        {
            var (bad, worst) = new BatchChecker(analyzer, author, platform, context).Run(input, stdout);
            if (bad > 0)
            {
                Console.Error.WriteLine($"preround: {bad} input line(s) could not be read; see the {{\"line\",\"error\"}} lines in the output.");
                return ExitCodes.UsageOrInput;
            }
            return ExitCode(worst, failOn);
        }
    }
}
