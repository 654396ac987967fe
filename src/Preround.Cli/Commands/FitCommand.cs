using System.CommandLine;
using System.Text.Json;
using Preround.Core.Domain;
using Preround.Platforms.Fit;
using Preround.Platforms.Reporting;

namespace Preround.Cli.Commands;

/// <summary><c>preround fit</c>: length as the platform counts it, the limit, whether it fits and where the budget runs out.</summary>
internal static class FitCommand
{
    public static Command Create()
    {
        var text = new Argument<string?>("text") { Description = "The draft (or use --file, --jsonl, or standard input)", Arity = ArgumentArity.ZeroOrOne };
        var platform = new Option<string?>("--platform", "-p") { Description = "x, bluesky, mastodon, threads, linkedin, instagram, facebook or tiktok (default x)" };
        var file = new Option<string?>("--file", "-f") { Description = "Read the draft from a UTF-8 file ('-' for standard input)" };
        var jsonl = new Option<string?>("--jsonl") { Description = "Batch: read {\"id\",\"text\",\"platform\"} lines from a file ('-' for standard input); write {\"id\",\"platform\",\"length\",\"limit\",\"valid\"} (+\"bytes\" for Bluesky) per line" };
        var json = new Option<bool>("--json") { Description = "Write the result as JSON" };
        var limit = new Option<int?>("--limit") { Description = "Override the platform's limit (Mastodon servers differ)" };
        var limitsFile = new Option<string?>("--limits") { Description = "JSON file of limit overrides, e.g. {\"mastodon\": {\"limit\": 5000}}" };
        var cw = new Option<string?>("--cw") { Description = "Mastodon content warning (counts toward the limit)" };
        var comment = new Option<bool>("--comment") { Description = "The draft is a comment (LinkedIn comments allow 1,250)" };

        var command = new Command("fit", "Measure a draft the way the platform counts it: length, limit, whether it fits, where the budget runs out.");
        command.Arguments.Add(text);
        foreach (var o in new Option[] { platform, file, jsonl, json, limit, limitsFile, cw, comment }) command.Options.Add(o);
        command.SetAction(parse =>
        {
            try
            {
                var platformName = parse.GetValue(platform);
                var p = PlatformInput.ParsePlatform(platformName ?? "x");
                var limits = PlatformInput.ReadLimits(parse.GetValue(limitsFile), p, parse.GetValue(limit));
                if (parse.GetValue(jsonl) is { } batch)
                {
                    if (parse.GetValue(text) is not null || parse.GetValue(file) is not null) throw new PlatformInput.InputException("--jsonl reads drafts from its file; do not also pass a draft or --file.");
                    return RunBatch(batch, platformName is null ? null : p, limits);
                }
                var draft = PlatformInput.ReadDraft(parse.GetValue(text), parse.GetValue(file));
                if (draft.Length > Draft.MaxLength) throw new PlatformInput.InputException($"The draft is {draft.Length:N0} characters; at most {Draft.MaxLength:N0} are accepted.");
                var fit = PlatformCounter.Measure(draft, p, limits, parse.GetValue(comment) ? DraftContext.Comment : DraftContext.Post, parse.GetValue(cw));
                if (parse.GetValue(json))
                {
                    using var stdout = Console.OpenStandardOutput();
                    using (var w = new Utf8JsonWriter(stdout, FitBatch.WriterOptions)) FitJson.Write(w, fit);
                    stdout.WriteByte((byte)'\n');
                }
                else
                {
                    Console.Out.Write(FitText.Describe(draft, fit));
                }
                return fit.Valid ? 0 : 1;
            }
            catch (PlatformInput.InputException e)
            {
                return PlatformInput.Fail(e.Message);
            }
        });
        return command;
    }

    private static int RunBatch(string path, Platform? defaultPlatform, PlatformLimitSet limits)
    {
        if (path != "-" && !File.Exists(path)) throw new PlatformInput.InputException($"{path}: no such file.");
        using var reader = path == "-" ? new StreamReader(Console.OpenStandardInput()) : new StreamReader(path);
        using var stdout = Console.OpenStandardOutput();
        var bad = FitBatch.Run(reader, path == "-" ? "stdin" : path, stdout, Console.Error, defaultPlatform, limits);
        return bad > 0 ? 2 : 0;
    }
}
