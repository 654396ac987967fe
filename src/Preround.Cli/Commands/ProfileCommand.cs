using System.CommandLine;
using System.Text.Json;
using Preround.Audit.Profile;
using Preround.Cli.Infrastructure;
using Preround.Core.Domain;

namespace Preround.Cli.Commands;

/// <summary><c>preround profile "BIO"</c>: the bio audit on its own, for someone setting up a profile.</summary>
internal static class ProfileCommand
{
    public static Command Create()
    {
        var bio = new Argument<string?>("bio") { Description = "The bio to check (or use --file, or standard input)", Arity = ArgumentArity.ZeroOrOne };
        var file = new Option<string?>("--file", "-f") { Description = "Read the bio from a UTF-8 file ('-' for standard input)" };
        var photo = new Option<string?>("--photo") { Description = "Whether a profile photo is set: yes or no" };
        photo.AcceptOnlyFromAmong("yes", "no");
        var format = new Option<string>("--format") { Description = "Output: text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var draftOptions = new DraftOptions();

        var command = new Command("profile", "Check a profile bio: who you are, what you do, credentials that match your role, a professional photo.");
        command.Arguments.Add(bio);
        command.Options.Add(file);
        command.Options.Add(photo);
        command.Options.Add(format);
        draftOptions.AddTo(command);
        command.SetAction(parse => CliRunner.Run(() =>
        {
            var (author, platform, _) = draftOptions.Read(parse);
            string text;
            try
            {
                text = InputReader.ReadDraft(parse.GetValue(bio), parse.GetValue(file), Console.In, Console.IsInputRedirected);
            }
            catch (UsageException e) when (e.Message.Contains("empty", StringComparison.Ordinal))
            {
                text = "";
            }
            var analyzer = AnalyzerFactory.Create(parse.GetValue(draftOptions.Policy) ?? [], compiledPatterns: false);
            var hasPhoto = parse.GetValue(photo) switch { "yes" => true, "no" => false, _ => (bool?)null };
            var result = new ProfileAuditor(analyzer.Check).Audit(text, author, platform, hasPhoto);
            if (parse.GetValue(format) == "json")
            {
                using (var stdout = Console.OpenStandardOutput())
                using (var w = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
                {
                    ProfileJson.Write(w, result);
                }
                Console.WriteLine();
            }
            else
            {
                Write(Console.Out, result, Terminal.UseColor(Console.Out));
            }
            return result.Verdict == Verdict.Ok ? ExitCodes.Ok : ExitCodes.Findings;
        }));
        return command;
    }

    internal static void Write(TextWriter o, ProfileAuditResult result, bool color)
    {
        string C(string code, string s) => color ? code + s + Terminal.Reset : s;
        o.WriteLine(result.Bio.Length == 0 ? "(empty bio)" : result.Bio);
        o.WriteLine();
        foreach (var item in result.Checklist)
        {
            var mark = item.Status switch
            {
                ChecklistStatus.Pass => C(Terminal.Green, "✓"),
                ChecklistStatus.Fail => C(Terminal.Red, "✕"),
                _ => C(Terminal.Cyan, "?"),
            };
            o.WriteLine($"{mark} {C(Terminal.Bold, item.Name)}: {item.Note}");
        }
        if (result.Findings.Count > 0) o.WriteLine();
        foreach (var f in result.Findings)
        {
            var tag = f.Severity switch { Severity.Block => C(Terminal.Red, "BLOCK"), Severity.Warn => C(Terminal.Yellow, "WARN "), _ => C(Terminal.Cyan, "INFO ") };
            o.WriteLine($"{tag} {f.Message} {C(Terminal.Dim, f.RuleId)}");
            o.WriteLine($"      Why: {f.Rationale}");
            if (f.Suggestion is not null) o.WriteLine($"      Try: {f.Suggestion}");
        }
    }
}
