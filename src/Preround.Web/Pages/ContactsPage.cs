using Preround.Core.Domain;
using Preround.Planning.Contacts;
using Preround.Web.Api;
using Preround.Web.Plan;
using static Preround.Web.Pages.Html;

namespace Preround.Web.Pages;

/// <summary>Networking contacts: follow-ups owed, everyone with their next step, adding and logging an interaction.</summary>
internal static class ContactsPage
{
    private static readonly (string Value, string Label)[] Roles = [("peer", "Peer"), ("mentor", "Mentor"), ("sponsor", "Sponsor"), ("collaborator", "Collaborator")];

    private static readonly (string Value, string Label)[] Steps =
    [
        ("", "No step"), ("shared", "Shared something useful"), ("engaged", "Engaged with their work"), ("meeting", "Moved to e-mail or a meeting"),
        ("kept-in-touch", "Kept in touch"), ("thanked", "Thanked them"),
    ];

    public static string Render(IReadOnlyList<Contact> contacts, PlanData data, string token, string? notice, string? error, IDictionary<string, string[]>? errors, ContactRequest? values)
    {
        var now = data.Now;
        var due = contacts.Where(c => c.IsDue(now)).OrderBy(c => c.NextFollowUp).ToList();
        var owed = due.Count == 0
            ? "<p class=\"empty\">No follow-ups owed.</p>"
            : "<ul class=\"owed\" id=\"owed\">" + string.Concat(due.Select(c =>
                $"<li><strong>{E(c.Name)}</strong> <span class=\"muted\">due {E(PlanFrame.When(c.NextFollowUp!.Value, data.Zone, withYear: false))}</span> · next: {E(c.Flow.Next.Describe())}</li>")) + "</ul>";
        var rows = string.Concat(contacts.Select(c => Row(c, data, token)));
        var table = contacts.Count == 0
            ? "<p class=\"empty\">No contacts yet. Add the peers, mentors, sponsors and collaborators you want to keep up with.</p>"
            : $"""
              <table class="data contacts" id="contacts">
                <caption class="sr-only">Contacts</caption>
                <thead><tr><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Last contact</th><th scope="col">Next follow-up</th><th scope="col">Healthy flow</th><th scope="col">Log an interaction</th></tr></thead>
                <tbody>{rows}</tbody>
              </table>
              """;
        var v = values ?? new ContactRequest();
        var content = $$"""
            <section class="card" aria-labelledby="owed-title"><div class="card-head"><h2 id="owed-title">Follow-ups owed</h2><span class="pill pill-neutral">{{due.Count}}</span></div>{{owed}}</section>
            <section class="card" aria-labelledby="contacts-title"><div class="card-head"><h2 id="contacts-title">Everyone</h2></div>{{table}}</section>
            <form method="post" action="/plan/contacts" class="card stack" aria-labelledby="add-title" id="add-contact">
              {{token}}
              <div class="card-head"><h2 id="add-title">Add a contact</h2></div>
              <div class="form-row">
                <div class="field"><label for="c-name">Name</label><input id="c-name" name="name" type="text" required maxlength="200" value="{{E(v.Name)}}"></div>
                <div class="field"><label for="c-role">They are a</label><select id="c-role" name="role">{{Options(Roles, v.Role ?? "peer")}}</select></div>
                <div class="field"><label for="c-handle">Handle</label><input id="c-handle" name="handle" type="text" maxlength="100" value="{{E(v.Handle)}}" placeholder="@name"></div>
                <div class="field"><label for="c-platform">On</label><select id="c-platform" name="platform"><option value="">—</option>{{Options(ComposePage.Platforms, v.Platform)}}</select></div>
              </div>
              <div class="form-row">
                <div class="field"><label for="c-met">Where you met</label><input id="c-met" name="where_met" type="text" maxlength="200" value="{{E(v.WhereMet)}}"></div>
                <div class="field"><label for="c-next">First follow-up</label><input id="c-next" name="next_follow_up" type="date" value="{{E(v.NextFollowUp)}}" aria-describedby="c-next-help"><span id="c-next-help" class="hint">Leave empty: by role, 2 to 13 weeks.</span></div>
                <div class="field grow"><label for="c-notes">Notes</label><input id="c-notes" name="notes" type="text" maxlength="2000" value="{{E(v.Notes)}}"></div>
              </div>
              {{PlanFrame.Errors(errors)}}
              <div><button type="submit" class="btn btn-primary">Add contact</button></div>
            </form>
            """;
        return PlanFrame.Page("Contacts", "contacts", "Keep up with the people in your network: share, engage, meet, keep in touch, thank.", content, notice, error);
    }

    private static string Row(Contact c, PlanData data, string token)
    {
        var now = data.Now;
        var flow = string.Concat(c.Flow.Steps.Select(s =>
            $"<li class=\"{(s.Done ? "done" : "")}\"><span aria-hidden=\"true\">{(s.Done ? "✓" : "○")}</span> {E(Steps.First(x => x.Value == s.Step.Name()).Label)}<span class=\"sr-only\">{(s.Done ? ": done" : ": not yet")}</span></li>"));
        var who = E(c.Name) + (c.Handle is null ? "" : $" <span class=\"muted\">@{E(c.Handle)}</span>") + (c.WhereMet is null ? "" : $"<br><span class=\"hint\">met at {E(c.WhereMet)}</span>");
        return $"""
            <tr data-contact="{c.Id}">
              <td>{who}</td>
              <td>{E(Roles.First(r => r.Value == c.Role.ToString().ToLowerInvariant()).Label)}</td>
              <td>{(c.LastInteraction is { } l ? E(PlanFrame.When(l, data.Zone)) : "<span class=\"muted\">never</span>")}</td>
              <td>{(c.NextFollowUp is { } n ? E(PlanFrame.When(n, data.Zone)) + (c.IsDue(now) ? " <span class=\"state state-held\">Due</span>" : "") : "—")}</td>
              <td><ul class="flow">{flow}</ul></td>
              <td>
                <form method="post" action="/plan/contacts/{c.Id}/touch" class="touch">
                  {token}
                  <label for="touch-note-{c.Id}" class="sr-only">What happened with {E(c.Name)}</label>
                  <input id="touch-note-{c.Id}" name="note" type="text" placeholder="What happened" maxlength="2000">
                  <label for="touch-step-{c.Id}" class="sr-only">Checklist step for {E(c.Name)}</label>
                  <select id="touch-step-{c.Id}" name="step">{Options(Steps, c.Flow.Next?.Name() ?? "")}</select>
                  <button type="submit" class="btn btn-small">Log<span class="sr-only"> interaction with {E(c.Name)}</span></button>
                </form>
              </td>
            </tr>
            """;
    }
}
