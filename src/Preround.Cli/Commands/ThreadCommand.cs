using System.CommandLine;
using System.Text.Json;
using Preround.Core.Domain;
using Preround.Platforms.Reporting;
using Preround.Platforms.Threading;

namespace Preround.Cli.Commands;

/// <summary><c>preround thread</c>: split a long draft into a numbered thread whose every part fits.</summary>
internal static class ThreadCommand
{
    public static Command Create()
    {
        var text = new Argument<string?>("text") { Description = "The draft (or use --file, or standard input)", Arity = ArgumentArity.ZeroOrOne };
        var platform = new Option<string?>("--platform", "-p") { Description = "x, bluesky, mastodon, threads, linkedin, instagram, facebook or tiktok (default x)" };
        var file = new Option<string?>("--file", "-f") { Description = "Read the draft from a UTF-8 file ('-' for standard input)" };
        var json = new Option<bool>("--json") { Description = "Write the thread as JSON" };
        var limit = new Option<int?>("--limit") { Description = "Override the platform's limit" };
        var limitsFile = new Option<string?>("--limits") { Description = "JSON file of limit overrides" };
        var noNumbers = new Option<bool>("--no-numbers") { Description = "Do not append ' 1/5' markers" };

        var command = new Command("thread", "Split a long draft into a numbered thread: paragraph, sentence, clause, then word boundaries; every part fits.");
        command.Arguments.Add(text);
        foreach (var o in new Option[] { platform, file, json, limit, limitsFile, noNumbers }) command.Options.Add(o);
        command.SetAction(parse =>
        {
            try
            {
                var p = PlatformInput.ParsePlatform(parse.GetValue(platform) ?? "x");
                var limits = PlatformInput.ReadLimits(parse.GetValue(limitsFile), p, parse.GetValue(limit));
                var draft = PlatformInput.ReadDraft(parse.GetValue(text), parse.GetValue(file));
                if (draft.Length > Draft.MaxLength) throw new PlatformInput.InputException($"The draft is {draft.Length:N0} characters; at most {Draft.MaxLength:N0} are accepted.");
                var parts = ThreadSplitter.Split(draft, p, limits, number: !parse.GetValue(noNumbers));
                if (parse.GetValue(json))
                {
                    using var stdout = Console.OpenStandardOutput();
                    using (var w = new Utf8JsonWriter(stdout, FitBatch.WriterOptions)) FitJson.Write(w, p, parts);
                    stdout.WriteByte((byte)'\n');
                }
                else
                {
                    Console.Out.Write(FitText.Describe(parts));
                }
                return parts.All(x => x.Fit.Valid) ? 0 : 1;
            }
            catch (PlatformInput.InputException e)
            {
                return PlatformInput.Fail(e.Message);
            }
        });
        return command;
    }
}
