using System.CommandLine;
using Preround.Cli.Commands.Plan;
using Preround.Cli.Infrastructure;
using Preround.Core.Domain;
using Preround.Planning.Contacts;
using Preround.Planning.Review;

namespace Preround.Cli.Commands;

/// <summary><c>preround contacts add|list|show|touch|due</c>: the people in the user's professional network.</summary>
internal static class ContactsCommand
{
    public static Command Create()
    {
        var o = new PlanOptions();
        var command = new Command("contacts", "Keep up with peers, mentors, sponsors and collaborators: last contact, next follow-up, the healthy flow.");
        o.AddTo(command);
        command.Subcommands.Add(Add(o));
        command.Subcommands.Add(List(o));
        command.Subcommands.Add(Show(o));
        command.Subcommands.Add(Touch(o));
        command.Subcommands.Add(Due(o));
        return command;
    }

    private static Command Add(PlanOptions o)
    {
        var name = new Argument<string>("name") { Description = "Their name" };
        var role = new Option<string>("--role") { Description = "peer, mentor, sponsor or collaborator", DefaultValueFactory = _ => "peer" };
        role.AcceptOnlyFromAmong("peer", "mentor", "sponsor", "collaborator");
        var handle = new Option<string?>("--handle") { Description = "Their handle without the @ (the shell passes @name as a response file), to find your interactions in archives" };
        var platform = new Option<string?>("--platform", "-p") { Description = "Where the handle is" };
        var met = new Option<string?>("--met") { Description = "Where you met" };
        var followUp = new Option<string?>("--follow-up") { Description = "When to follow up (default: by role, 2 to 13 weeks)" };
        var notes = new Option<string?>("--notes") { Description = "Notes" };
        var command = new Command("add", "Add a contact.");
        command.Arguments.Add(name);
        foreach (var opt in new Option[] { role, handle, platform, met, followUp, notes }) command.Options.Add(opt);
        command.SetAction((parse, ct) => PlanRunner.RunAsync(async () =>
        {
            Platform? p = null;
            if (parse.GetValue(platform) is { } ps)
            {
                if (!WireNames.TryParsePlatform(ps, out var parsed)) throw new UsageException($"Unknown platform '{ps}'. Valid platforms: {string.Join(", ", WireNames.PlatformNames)}.");
                p = parsed;
            }

            DateTimeOffset? due = parse.GetValue(followUp) is { } f ? o.Time(parse, f, "--follow-up") : null;
            var db = await o.OpenAsync(parse, ct);
            var contact = await new ContactService(db.Contacts, TimeProvider.System).AddAsync(new NewContact(parse.GetValue(name)!,
                Enum.Parse<ContactRole>(parse.GetValue(role)!, ignoreCase: true), parse.GetValue(handle), p, parse.GetValue(met), due, parse.GetValue(notes)), ct);
            Console.WriteLine($"Added contact {contact.Id}: {contact.Name} ({contact.Role.ToString().ToLowerInvariant()}); follow up {o.Show(parse, contact.NextFollowUp!.Value)}.");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command List(PlanOptions o)
    {
        var command = new Command("list", "List contacts with last interaction and next follow-up.");
        command.SetAction((parse, ct) => PlanRunner.RunAsync(async () =>
        {
            var db = await o.OpenAsync(parse, ct);
            var contacts = await new ContactService(db.Contacts, TimeProvider.System).ListAsync(ct);
            if (contacts.Count == 0) Console.WriteLine("No contacts yet: `preround contacts add \"Name\" --role peer`.");
            var now = DateTimeOffset.UtcNow;
            foreach (var c in contacts)
            {
                var last = c.LastInteraction is { } l ? o.Show(parse, l) : "never";
                var next = c.NextFollowUp is { } n ? o.Show(parse, n) + (c.IsDue(now) ? " (due)" : "") : "—";
                Console.WriteLine($"{c.Id,4}  {c.Name,-24} {c.Role.ToString().ToLowerInvariant(),-12} last {last,-20} next {next}  next step: {c.Flow.Next.Describe()}");
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Show(PlanOptions o)
    {
        var id = new Argument<long>("id") { Description = "The contact's number (see `contacts list`)" };
        var command = new Command("show", "Show a contact, the healthy-flow checklist and the interactions.");
        command.Arguments.Add(id);
        command.SetAction((parse, ct) => PlanRunner.RunAsync(async () =>
        {
            var db = await o.OpenAsync(parse, ct);
            var service = new ContactService(db.Contacts, TimeProvider.System);
            var c = await service.GetAsync(parse.GetValue(id), ct);
            Console.WriteLine($"{c.Name} · {c.Role.ToString().ToLowerInvariant()}" + (c.Handle is null ? "" : $" · @{c.Handle}") + (c.Platform is { } p ? $" on {p.Name()}" : ""));
            if (c.WhereMet is not null) Console.WriteLine($"Met: {c.WhereMet}");
            if (c.Notes is not null) Console.WriteLine($"Notes: {c.Notes}");
            Console.WriteLine($"Last interaction: {(c.LastInteraction is { } l ? o.Show(parse, l) : "never")}; next follow-up: {(c.NextFollowUp is { } n ? o.Show(parse, n) : "—")}");
            foreach (var (step, done) in c.Flow.Steps) Console.WriteLine($"  [{(done ? "x" : " ")}] {((ContactFlowStep?)step).Describe()}");
            foreach (var i in await service.InteractionsAsync(c.Id, ct)) Console.WriteLine($"  {o.Show(parse, i.At)}  {i.Note} ({i.Source})");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Touch(PlanOptions o)
    {
        var id = new Argument<long>("id") { Description = "The contact's number" };
        var note = new Option<string?>("--note") { Description = "What happened" };
        var step = new Option<string?>("--step") { Description = "Tick a step: shared, engaged, meeting, kept-in-touch, thanked" };
        var next = new Option<string?>("--next") { Description = "Next follow-up (default: by role)" };
        var command = new Command("touch", "Record an interaction now, tick a checklist step and set the next follow-up.");
        command.Arguments.Add(id);
        foreach (var opt in new Option[] { note, step, next }) command.Options.Add(opt);
        command.SetAction((parse, ct) => PlanRunner.RunAsync(async () =>
        {
            ContactFlowStep? s = null;
            if (parse.GetValue(step) is { } st)
            {
                if (!ContactJson.TryParseStep(st, out var parsed)) throw new UsageException($"Unknown step '{st}'. Valid: shared, engaged, meeting, kept-in-touch, thanked.");
                s = parsed;
            }

            DateTimeOffset? when = parse.GetValue(next) is { } n ? o.Time(parse, n, "--next") : null;
            var db = await o.OpenAsync(parse, ct);
            var c = await new ContactService(db.Contacts, TimeProvider.System).TouchAsync(parse.GetValue(id), parse.GetValue(note), s, when, ct: ct);
            Console.WriteLine($"Noted. Next follow-up with {c.Name}: {o.Show(parse, c.NextFollowUp!.Value)}; next step: {c.Flow.Next.Describe()}.");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Due(PlanOptions o)
    {
        var history = new Option<string?>("--history") { Description = "An archive to update last interactions from first" };
        var command = new Command("due", "Contacts whose follow-up is due, most overdue first.");
        command.Options.Add(history);
        command.SetAction((parse, ct) => PlanRunner.RunAsync(async () =>
        {
            var db = await o.OpenAsync(parse, ct);
            var service = new ContactService(db.Contacts, TimeProvider.System);
            if (parse.GetValue(history) is { } path)
            {
                var (posts, _) = ArchiveHistory.Load(path);
                var changed = await service.SyncFromHistoryAsync(posts, ct);
                Console.WriteLine($"Updated the last interaction of {changed} contact(s) from {path}.");
            }

            var due = await service.DueAsync(ct: ct);
            if (due.Count == 0) Console.WriteLine("No follow-ups due.");
            foreach (var c in due) Console.WriteLine($"{c.Id,4}  {c.Name,-24} due {o.Show(parse, c.NextFollowUp!.Value)}  next step: {c.Flow.Next.Describe()}");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
