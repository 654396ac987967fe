using System.CommandLine;
using Preround.Cli.Infrastructure;
using Preround.Core.Domain;
using Preround.Planning.Queue;

namespace Preround.Cli.Commands.Plan;

/// <summary><c>plan add|list|show|edit|ready|done|drop</c>: the queue.</summary>
internal static class PlanQueueCommands
{
    public static IEnumerable<Command> Create(PlanOptions o)
    {
        yield return Add(o);
        yield return List(o);
        yield return Show(o);
        yield return Edit(o);
        yield return Ready(o);
        yield return Move(o, "done", "Record that a post went out.", (q, id, _) => q.MarkDoneAsync(id));
        yield return Move(o, "drop", "Drop a planned post (it stays in the history).", (q, id, _) => q.DropAsync(id));
    }

    private static Command Add(PlanOptions o)
    {
        var text = new Argument<string?>("text") { Description = "The draft (or use --file, or standard input)", Arity = ArgumentArity.ZeroOrOne };
        var file = new Option<string?>("--file", "-f") { Description = "Read the draft from a UTF-8 file ('-' for standard input)" };
        var at = new Option<string>("--at") { Description = "When to post, e.g. 2026-03-04 08:30 (your time zone)", Required = true };
        var platform = new Option<string?>("--platform", "-p") { Description = "Where to post (default: the first platform of your strategy)" };
        var note = new Option<string?>("--note") { Description = "A private note kept with the draft" };
        var command = new Command("add", "Queue a draft for a planned time and platform; it is checked and its findings kept with it.");
        command.Arguments.Add(text);
        foreach (var opt in new Option[] { file, at, platform, note }) command.Options.Add(opt);
        command.SetAction((parse, ct) => PlanRunner.RunAsync(async () =>
        {
            var draft = InputReader.ReadDraft(parse.GetValue(text), parse.GetValue(file), Console.In, Console.IsInputRedirected);
            var when = o.Time(parse, parse.GetValue(at)!, "--at");
            var db = await o.OpenAsync(parse, ct);
            var target = await PlatformOrDefault(db.Plans, parse.GetValue(platform), ct);
            var post = await o.Queue(db, parse).AddAsync(new NewPlannedPost(draft, target, when, parse.GetValue(note)), ct);
            Console.WriteLine($"Queued post {post.Id} for {o.Show(parse, post.PlannedAt)} on {post.Platform.Name()}: check {post.Verdict.Name()} ({post.Findings.Count} finding(s)).");
            foreach (var f in post.Findings) Console.WriteLine($"  {f.Severity.Name(),-5} {f.RuleId} {f.Message}");
            if (post.HoldUntil is { } hold) Console.WriteLine($"Cooling-off: it cannot be marked ready before {o.Show(parse, hold)}. {post.HoldReason}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command List(PlanOptions o)
    {
        var all = new Option<bool>("--all") { Description = "Include done and dropped posts" };
        var from = new Option<string?>("--from") { Description = "Planned at or after this time" };
        var to = new Option<string?>("--to") { Description = "Planned before this time" };
        var format = Format();
        var command = new Command("list", "List planned posts (queued and ready unless --all).");
        foreach (var opt in new Option[] { all, from, to, format }) command.Options.Add(opt);
        command.SetAction((parse, ct) => PlanRunner.RunAsync(async () =>
        {
            var filter = new QueueFilter(parse.GetValue(all) ? null : QueueFilter.Open.Statuses,
                parse.GetValue(from) is { } f ? o.Time(parse, f, "--from") : null,
                parse.GetValue(to) is { } t ? o.Time(parse, t, "--to") : null);
            var db = await o.OpenAsync(parse, ct);
            var posts = await db.Plans.ListPostsAsync(filter, ct);
            var now = DateTimeOffset.UtcNow;
            if (parse.GetValue(format) == "json")
            {
                using var stdout = Console.OpenStandardOutput();
                PlanRender.Json(stdout, posts, now, single: false);
                return ExitCodes.Ok;
            }

            if (posts.Count == 0) Console.WriteLine("Nothing planned. `preround plan slots` suggests times; `preround plan add` queues a draft.");
            foreach (var p in posts) PlanRender.Line(Console.Out, p, o, parse, now);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Show(PlanOptions o)
    {
        var id = Id();
        var format = Format();
        var command = new Command("show", "Show one planned post with its findings and any hold.");
        command.Arguments.Add(id);
        command.Options.Add(format);
        command.SetAction((parse, ct) => PlanRunner.RunAsync(async () =>
        {
            var db = await o.OpenAsync(parse, ct);
            var post = await o.Queue(db, parse).GetAsync(parse.GetValue(id), ct);
            if (parse.GetValue(format) == "json")
            {
                using var stdout = Console.OpenStandardOutput();
                PlanRender.Json(stdout, [post], DateTimeOffset.UtcNow, single: true);
            }
            else PlanRender.Full(Console.Out, post, o, parse, DateTimeOffset.UtcNow);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Edit(PlanOptions o)
    {
        var id = Id();
        var text = new Option<string?>("--text") { Description = "New draft text" };
        var file = new Option<string?>("--file", "-f") { Description = "Read the new text from a UTF-8 file ('-' for standard input)" };
        var at = new Option<string?>("--at") { Description = "New planned time" };
        var platform = new Option<string?>("--platform", "-p") { Description = "New platform" };
        var note = new Option<string?>("--note") { Description = "New note ('' to clear)" };
        var command = new Command("edit", "Change a queued or ready post; new text is checked again.");
        command.Arguments.Add(id);
        foreach (var opt in new Option[] { text, file, at, platform, note }) command.Options.Add(opt);
        command.SetAction((parse, ct) => PlanRunner.RunAsync(async () =>
        {
            string? newText = parse.GetValue(text) is null && parse.GetValue(file) is null
                ? null
                : InputReader.ReadDraft(parse.GetValue(text), parse.GetValue(file), Console.In, Console.IsInputRedirected);
            Platform? newPlatform = parse.GetValue(platform) is { } ps ? ParsePlatform(ps) : null;
            DateTimeOffset? when = parse.GetValue(at) is { } a ? o.Time(parse, a, "--at") : null;
            if (newText is null && newPlatform is null && when is null && parse.GetValue(note) is null) throw new UsageException("Nothing to change: give --text, --file, --at, --platform or --note.");
            var db = await o.OpenAsync(parse, ct);
            var post = await o.Queue(db, parse).EditAsync(parse.GetValue(id), new PlannedPostEdit(newText, newPlatform, when, parse.GetValue(note)), ct);
            PlanRender.Full(Console.Out, post, o, parse, DateTimeOffset.UtcNow);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Ready(PlanOptions o)
    {
        var id = Id();
        var accept = new Option<bool>("--accept-findings") { Description = "Mark ready although the check found block findings (you have read them)" };
        var command = new Command("ready", "Mark a queued post ready to go; refused during its cooling-off hold.");
        command.Arguments.Add(id);
        command.Options.Add(accept);
        command.SetAction((parse, ct) => PlanRunner.RunAsync(async () =>
        {
            var db = await o.OpenAsync(parse, ct);
            var post = await o.Queue(db, parse).MarkReadyAsync(parse.GetValue(id), parse.GetValue(accept), ct);
            Console.WriteLine($"Post {post.Id} is ready for {o.Show(parse, post.PlannedAt)} on {post.Platform.Name()}.");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Move(PlanOptions o, string name, string description, Func<QueueService, long, CancellationToken, Task<PlannedPost>> act)
    {
        var id = Id();
        var command = new Command(name, description);
        command.Arguments.Add(id);
        command.SetAction((parse, ct) => PlanRunner.RunAsync(async () =>
        {
            var db = await o.OpenAsync(parse, ct);
            var post = await act(o.Queue(db, parse), parse.GetValue(id), ct);
            Console.WriteLine($"Post {post.Id} is {post.Status.ToString().ToLowerInvariant()}.");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Argument<long> Id() => new("id") { Description = "The post's number (see `plan list`)" };

    internal static Option<string> Format()
    {
        var format = new Option<string>("--format") { Description = "Output: text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        return format;
    }

    private static Platform ParsePlatform(string s) =>
        WireNames.TryParsePlatform(s, out var p) ? p : throw new UsageException($"Unknown platform '{s}'. Valid platforms: {string.Join(", ", WireNames.PlatformNames)}.");

    private static async Task<Platform> PlatformOrDefault(IPlanStore store, string? given, CancellationToken ct)
    {
        if (given is not null) return ParsePlatform(given);
        var strategy = await store.GetStrategyAsync(ct);
        return strategy is { Platforms.Count: > 0 } s ? s.Platforms[0] : throw new UsageException("Give --platform (or set your platforms with `preround plan init`).");
    }
}
