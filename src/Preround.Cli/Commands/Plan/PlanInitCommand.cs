using System.CommandLine;
using Preround.Cli.Infrastructure;
using Preround.Core.Domain;
using Preround.Planning.Strategy;
using Spectre.Console;

namespace Preround.Cli.Commands.Plan;

/// <summary><c>plan init</c>: the strategy profile, asked for on a terminal or given with flags in scripts.</summary>
internal static class PlanInitCommand
{
    public static Command Create(PlanOptions options)
    {
        var goals = new Option<string[]>("--goal") { Description = "Goal (repeatable, most important first): " + string.Join(", ", StrategyWireNames.Goals), AllowMultipleArgumentsPerToken = true };
        var audiences = new Option<string[]>("--audience") { Description = "Audience (repeatable): " + string.Join(", ", StrategyWireNames.Audiences), AllowMultipleArgumentsPerToken = true };
        var lane = new Option<string[]>("--lane") { Description = "A topic you post about (repeatable), e.g. \"heart failure\"" };
        var platforms = new Option<string[]>("--platform") { Description = "Platform (repeatable; one or two to start): " + string.Join(", ", WireNames.PlatformNames), AllowMultipleArgumentsPerToken = true };
        var weekly = new Option<int?>("--weekly") { Description = "Posts a week you aim for" };
        var minutes = new Option<int?>("--minutes") { Description = "Minutes a week you can give it" };
        var role = new Option<string?>("--role") { Description = "Your role: " + string.Join(", ", WireNames.RoleNames) };
        var account = new Option<string?>("--account") { Description = "professional or personal" };
        var specialty = new Option<string?>("--specialty") { Description = "Your specialty, e.g. cardiology" };
        var noInput = new Option<bool>("--no-input") { Description = "Never ask; fail if something required is missing (for scripts)" };

        var command = new Command("init", "Set your strategy: goals, audience, lane, platforms, weekly cadence and time available.");
        foreach (var o in new Option[] { goals, audiences, lane, platforms, weekly, minutes, role, account, specialty, noInput }) command.Options.Add(o);
        command.SetAction((parse, ct) => PlanRunner.RunAsync(async () =>
        {
            var interactive = !parse.GetValue(noInput) && !Console.IsInputRedirected && !Console.IsOutputRedirected;
            var db = await options.OpenAsync(parse, ct);
            var existing = await db.Plans.GetStrategyAsync(ct);
            var ask = interactive ? AnsiConsole.Console : null;

            var g = Many<Goal>(parse.GetValue(goals), StrategyWireNames.TryParseGoal, "goal", StrategyWireNames.Goals);
            if (g.Count == 0 && ask is not null) g = AskMany(ask, "What are your [bold]goals[/]? (most important first)", Enum.GetValues<Goal>(), x => x.Describe(), existing?.Goals);
            var a = Many<Audience>(parse.GetValue(audiences), StrategyWireNames.TryParseAudience, "audience", StrategyWireNames.Audiences);
            if (a.Count == 0 && ask is not null) a = AskMany(ask, "Who do you write [bold]for[/]?", Enum.GetValues<Audience>(), x => x.Describe(), existing?.Audiences);
            var p = Many<Platform>(parse.GetValue(platforms), (string? s, out Platform v) => WireNames.TryParsePlatform(s, out v), "platform", WireNames.PlatformNames);
            if (p.Count == 0 && ask is not null) p = AskMany(ask, "Which [bold]platforms[/]? (one or two to start)", Enum.GetValues<Platform>(), x => x.ToString(), existing?.Platforms);
            var l = (parse.GetValue(lane) ?? []).Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (l.Count == 0 && ask is not null)
            {
                var typed = ask.Prompt(new TextPrompt<string>("Your [bold]lane[/]: topics you post about, comma-separated:").AllowEmpty()
                    .DefaultValue(string.Join(", ", existing?.Lane ?? [])));
                l = typed.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            }

            var w = parse.GetValue(weekly) ?? (ask is not null ? ask.Prompt(new TextPrompt<int>("Posts a [bold]week[/] you aim for:").DefaultValue(existing?.WeeklyTarget ?? 2)) : existing?.WeeklyTarget);
            var m = parse.GetValue(minutes) ?? (ask is not null ? ask.Prompt(new TextPrompt<int>("Minutes a week you can give it:").DefaultValue(existing?.MinutesPerWeek ?? 60)) : existing?.MinutesPerWeek);
            var roleText = parse.GetValue(role) ?? (ask is not null ? ask.Prompt(new SelectionPrompt<string>().Title("Your [bold]role[/]:").AddChoices(WireNames.RoleNames)) : existing?.Role.Name());
            var accountText = parse.GetValue(account) ?? (ask is not null ? ask.Prompt(new SelectionPrompt<string>().Title("This [bold]account[/] is:").AddChoices("professional", "personal")) : existing?.Account.Name());

            if (g.Count == 0 && existing is not null) g = [.. existing.Goals];
            if (a.Count == 0 && existing is not null) a = [.. existing.Audiences];
            if (p.Count == 0 && existing is not null) p = [.. existing.Platforms];
            var missing = new List<string>();
            if (g.Count == 0) missing.Add("--goal");
            if (p.Count == 0) missing.Add("--platform");
            if (w is null) missing.Add("--weekly");
            if (missing.Count > 0) throw new UsageException($"Missing {string.Join(", ", missing)} (run on a terminal to be asked, or pass them).");

            var (author, _, _) = DraftOptions.Parse(roleText, null, accountText, parse.GetValue(specialty) ?? existing?.Specialty, null);
            var profile = new StrategyProfile(g, a, l.Count > 0 || existing is null ? l : existing.Lane, p, w!.Value, m ?? 60, author.Role, author.Account, author.Specialty);
            var errors = profile.Validate();
            if (errors.Count > 0) throw new UsageException("The strategy is not usable: " + string.Join("; ", errors) + ".");
            await db.Plans.SaveStrategyAsync(profile, ct);

            Console.WriteLine($"Strategy saved in {db.Location.Describe()}.");
            Console.WriteLine($"  Goals: {string.Join(", ", profile.Goals.Select(x => x.Describe()))}");
            Console.WriteLine($"  Audience: {string.Join(", ", profile.Audiences.Select(x => x.Describe()))}");
            Console.WriteLine($"  Lane: {(profile.Lane.Count > 0 ? string.Join(", ", profile.Lane) : "(none yet)")}");
            Console.WriteLine($"  Platforms: {string.Join(", ", profile.Platforms)}; {profile.WeeklyTarget} post(s) a week; {profile.MinutesPerWeek} minutes a week");
            foreach (var advice in StrategyAdvisor.Advise(profile)) Console.WriteLine("  Advice: " + advice);
            Console.WriteLine("Next: `preround plan slots` suggests times; `preround plan add` queues a draft.");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private delegate bool Parser<T>(string? s, out T value);

    private static List<T> Many<T>(string[]? values, Parser<T> parse, string what, IEnumerable<string> valid)
    {
        var result = new List<T>();
        foreach (var raw in (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (!parse(raw, out var v)) throw new UsageException($"Unknown {what} '{raw}'. Valid: {string.Join(", ", valid)}.");
            if (!result.Contains(v)) result.Add(v);
        }

        return result;
    }

    private static List<T> AskMany<T>(IAnsiConsole console, string title, IEnumerable<T> choices, Func<T, string> describe, IReadOnlyList<T>? selected) where T : notnull
    {
        var prompt = new MultiSelectionPrompt<T>().Title(title).UseConverter(describe).AddChoices(choices)
            .InstructionsText("[grey](space to choose, enter to accept)[/]");
        foreach (var s in selected ?? []) prompt.Select(s);
        return console.Prompt(prompt);
    }
}
