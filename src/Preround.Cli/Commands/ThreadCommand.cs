using System.CommandLine;
using System.Text;
using System.Text.Json;
using Preround.Cli.Infrastructure;
using Preround.Core.Domain;
using Preround.Core.Serialization;
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
        var noCheck = new Option<bool>("--no-check") { Description = "Only split; do not run the checker on each part" };
        var role = new Option<string?>("--role") { Description = "Author role for the check: " + string.Join(", ", WireNames.RoleNames) + " (default unknown)" };
        var account = new Option<string?>("--account") { Description = "Account type for the check: professional (default) or personal" };
        var specialty = new Option<string?>("--specialty") { Description = "Author specialty, e.g. cardiology" };
        var policy = new Option<string[]>("--policy") { Description = "Policy file or folder of rule packs (repeatable); otherwise .preround.yml is looked up from the working folder" };

        var command = new Command("thread",
            "Split a long draft into a numbered thread: paragraph, sentence, clause, then word boundaries; every part fits and is checked like `preround check` " +
            "(exit 1 when a part does not fit or has a warn/block finding).");
        command.Arguments.Add(text);
        foreach (var o in new Option[] { platform, file, json, limit, limitsFile, noNumbers, noCheck, role, account, specialty, policy }) command.Options.Add(o);
        command.SetAction(parse =>
        {
            try
            {
                var p = PlatformInput.ParsePlatform(parse.GetValue(platform) ?? "x");
                var limits = PlatformInput.ReadLimits(parse.GetValue(limitsFile), p, parse.GetValue(limit));
                var draft = PlatformInput.ReadDraft(parse.GetValue(text), parse.GetValue(file));
                if (draft.Length > Draft.MaxLength) throw new PlatformInput.InputException($"The draft is {draft.Length:N0} characters; at most {Draft.MaxLength:N0} are accepted.");
                var (author, _, _) = DraftOptions.Parse(parse.GetValue(role), null, parse.GetValue(account), parse.GetValue(specialty), null);
                var parts = ThreadSplitter.Split(draft, p, limits, number: !parse.GetValue(noNumbers));
                var checks = parse.GetValue(noCheck) ? null : CheckParts(parts, p, author, parse.GetValue(policy) ?? []);
                if (parse.GetValue(json))
                {
                    using var stdout = Console.OpenStandardOutput();
                    using (var w = new Utf8JsonWriter(stdout, FitBatch.WriterOptions))
                    {
                        FitJson.Write(w, p, parts, checks is null ? null : (jw, part) => WriteCheck(jw, checks[part.Number - 1]));
                    }
                    stdout.WriteByte((byte)'\n');
                }
                else
                {
                    Console.Out.Write(FitText.Describe(parts, checks is null ? null : part => DescribeCheck(checks[part.Number - 1])));
                }
                if (checks is not null) SpellingNotice.WriteIfUnavailable(Console.Error);
                var allFit = parts.All(x => x.Fit.Valid);
                var allClear = checks is null || checks.All(c => c.Verdict == Verdict.Ok);
                return allFit && allClear ? ExitCodes.Ok : ExitCodes.Findings;
            }
            catch (PlatformInput.InputException e)
            {
                return PlatformInput.Fail(e.Message);
            }
            catch (UsageException e)
            {
                return PlatformInput.Fail(e.Message);
            }
        });
        return command;
    }

    /// <summary>Each part exactly as it will be published (marker included) through the checker, in order.</summary>
    internal static IReadOnlyList<CheckResult> CheckParts(IReadOnlyList<ThreadPart> parts, Platform platform, AuthorProfile author, IReadOnlyList<string> policies)
    {
        var analyzer = AnalyzerFactory.Create(policies, compiledPatterns: false, preloadSpelling: true);
        return parts.Select(part => analyzer.Check(new Draft(part.Text, author, platform, DraftContext.Post))).ToList();
    }

    private static void WriteCheck(Utf8JsonWriter w, CheckResult result)
    {
        w.WriteString("verdict", result.Verdict.Name());
        w.WriteStartArray("findings");
        foreach (var f in result.Findings) CheckJson.WriteFinding(w, f, detailed: false);
        w.WriteEndArray();
    }

    private static string DescribeCheck(CheckResult result)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"  check: {result.Verdict.Name()}");
        foreach (var f in result.Findings)
        {
            sb.AppendLine($"    {f.Severity.Name()} {f.RuleId} [{f.Category}] {f.Message}");
            if (!string.IsNullOrEmpty(f.Suggestion)) sb.AppendLine($"      suggestion: {f.Suggestion.ReplaceLineEndings(" ")}");
        }
        return sb.ToString();
    }
}
