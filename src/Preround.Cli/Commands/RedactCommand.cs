using System.CommandLine;
using System.Text.Json;
using Preround.Cli.Infrastructure;
using Preround.Core.Domain;
using Preround.Core.Serialization;
using Preround.Privacy.Redaction;

namespace Preround.Cli.Commands;

/// <summary>
/// <c>preround redact</c>: prints the safer version of a draft (generalised ages, places and times; names, numbers,
/// rooms and beds removed) and what stays risky. Same inputs and options as <c>check</c>. Nothing is changed in place:
/// the author chooses whether to use the rewrite.
/// </summary>
internal static class RedactCommand
{
    public static Command Create()
    {
        var text = new Argument<string?>("text") { Description = "The draft to redact (or use --file, --jsonl, or standard input)", Arity = ArgumentArity.ZeroOrOne };
        var file = new Option<string?>("--file", "-f") { Description = "Read the draft from a UTF-8 file ('-' for standard input)" };
        var jsonl = new Option<string?>("--jsonl") { Description = "Batch: read {\"id\",\"text\",\"author_role\"?,\"platform\"?,\"account\"?,\"context\"?} lines; write {\"id\",\"text\",\"changes\",\"residual\"} per line" };
        var format = new Option<string>("--format") { Description = "Output: text (the rewrite on standard output, notes on standard error) or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var draftOptions = new DraftOptions();

        var command = new Command("redact", "Suggest a safer version of a draft: generalise or remove details that could identify a patient, and say what stays risky.");
        command.Arguments.Add(text);
        command.Options.Add(file);
        command.Options.Add(jsonl);
        command.Options.Add(format);
        draftOptions.AddTo(command);
        command.SetAction(parse => CliRunner.Run(() =>
        {
            var (author, platform, context) = draftOptions.Read(parse);
            var policies = parse.GetValue(draftOptions.Policy) ?? [];
            var batch = parse.GetValue(jsonl);
            if (batch is not null)
            {
                if (parse.GetValue(text) is not null || parse.GetValue(file) is not null) throw new UsageException("--jsonl reads drafts from its file; do not also pass a draft or --file.");
                return RunBatch(batch, author, platform, context, policies);
            }
            var draftText = InputReader.ReadDraft(parse.GetValue(text), parse.GetValue(file), Console.In, Console.IsInputRedirected);
            if (draftText.Length > Draft.MaxLength)
            {
                throw new UsageException($"The draft is {draftText.Length:N0} characters; at most {Draft.MaxLength:N0} are accepted. Split it or redact it in parts.");
            }
            var analyzer = AnalyzerFactory.Create(policies, compiledPatterns: false);
            var result = VerifiedRedaction.Run(new Draft(draftText, author, platform, context), analyzer);
            if (parse.GetValue(format) == "json")
            {
                using var stdout = Console.OpenStandardOutput();
                using (var w = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true, Encoder = CheckJson.LineOptions.Encoder }))
                {
                    Write(w, null, result);
                }
                Console.WriteLine();
            }
            else
            {
                WriteText(result);
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void WriteText(VerifiedRedaction result)
    {
        var r = result.Redaction;
        Console.Out.WriteLine(r.Text);
        if (!r.Changed && result.Before.Count == 0)
        {
            Console.Error.WriteLine("preround: nothing to redact.");
            return;
        }
        foreach (var c in r.Changes)
        {
            Console.Error.WriteLine(c.Replacement.Length == 0 ? $"  removed '{c.Original}' ({c.Kind})" : $"  '{c.Original}' -> '{c.Replacement}' ({c.Kind})");
        }
        foreach (var note in r.Residual) Console.Error.WriteLine("  still risky: " + note);
    }

    internal static void Write(Utf8JsonWriter w, string? id, VerifiedRedaction result) => RedactionJson.Write(w, id, result);

    private static int RunBatch(string path, AuthorProfile author, Platform platform, DraftContext context, IReadOnlyList<string> policies)
    {
        Stream input;
        if (path == "-") input = Console.OpenStandardInput();
        else
        {
            if (!File.Exists(path)) throw new UsageException($"{path}: no such file.");
            input = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        var analyzer = AnalyzerFactory.Create(policies, compiledPatterns: true);
        using (input)
        using (var stdout = new BufferedStream(Console.OpenStandardOutput(), 1 << 16))
        {
            var (bad, _) = new BatchChecker(analyzer, author, platform, context).Run(input, stdout, writeLine: (w, id, draft) =>
            {
                var result = VerifiedRedaction.Run(draft, analyzer);
                Write(w, id, result);
                return Verdict.Ok;
            });
            if (bad > 0)
            {
                Console.Error.WriteLine($"preround: {bad} input line(s) could not be read; see the {{\"line\",\"error\"}} lines in the output.");
                return ExitCodes.UsageOrInput;
            }
            return ExitCodes.Ok;
        }
    }
}
