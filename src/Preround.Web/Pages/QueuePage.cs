using Preround.Core.Domain;
using Preround.Planning.Queue;
using Preround.Web.Plan;
using static Preround.Web.Pages.Html;

namespace Preround.Web.Pages;

/// <summary>
/// The queue: every planned post with its state (draft, held, ready, done, dropped), the cooling-off hold with its
/// reason and release time, and the actions ready, done, drop and edit, which go through the CLI's queue service.
/// </summary>
internal static class QueuePage
{
    public static string List(IReadOnlyList<PlannedPost> posts, bool all, PlanData data, string token, string? notice, string? error, IDictionary<string, string[]>? importErrors = null)
    {
        var now = data.Now;
        var rows = string.Concat(posts.Select(p => Row(p, data, token)));
        var table = posts.Count == 0
            ? "<p class=\"empty\">Nothing planned. Write a draft on <a href=\"/\">Compose</a> and choose <em>Add to calendar</em>, or import a CSV below.</p>"
            : $"""
              <table class="data queue" id="queue">
                <caption class="sr-only">Planned posts</caption>
                <thead><tr><th scope="col">When</th><th scope="col">Platform</th><th scope="col">State</th><th scope="col">Check</th><th scope="col">Draft</th><th scope="col"><span class="sr-only">Actions</span></th></tr></thead>
                <tbody>{rows}</tbody>
              </table>
              """;
        var held = posts.Count(p => p.IsHeld(now));
        var content = $$"""
            <section class="card" aria-labelledby="queue-title">
              <div class="card-head">
                <h2 id="queue-title">{{(all ? "Every planned post" : "Open posts")}}</h2>
                <span class="muted">{{posts.Count}} {{(posts.Count == 1 ? "post" : "posts")}}{{(held > 0 ? $", {held} in cooling-off" : "")}}</span>
                <a class="btn btn-small" href="/plan/queue{{(all ? "" : "?show=all")}}">{{(all ? "Show open only" : "Show done and dropped too")}}</a>
              </div>
              {{table}}
            </section>
            <section class="card" aria-labelledby="io-title">
              <div class="card-head"><h2 id="io-title">Import and export</h2></div>
              <div class="io">
                <form method="post" action="/plan/import" enctype="multipart/form-data" class="stack import-form" aria-describedby="import-help" data-upload="fetch">
                  {{token}}
                  <div class="field"><label for="import-file">CSV of planned posts</label><input id="import-file" name="csv" type="file" accept=".csv,text/csv" required></div>
                  <p id="import-help" class="hint">Columns <code>planned_at</code>, <code>platform</code>, <code>text</code> and optionally <code>note</code>; times in {{E(data.Zone.Id)}}. Every row is checked; all rows are queued or none.</p>
                  <div><button type="submit" class="btn">Import</button> <span class="hint" data-busy hidden role="status">Importing…</span></div>
                  {{PlanFrame.Errors(importErrors)}}
                </form>
                <div class="stack">
                  <p><a class="btn" href="/api/plan/calendar.ics" download>Download calendar (.ics)</a></p>
                  <p><a class="btn" href="/api/plan/calendar.csv" download>Download CSV</a></p>
                  <p class="hint">The .ics file opens in any calendar app; each post becomes a 15-minute reminder.</p>
                </div>
              </div>
            </section>
            """;
        return PlanFrame.Page("Queue", "queue", "Drafts waiting for their time. Flagged drafts sleep on it before they can be marked ready.", content, notice, error, "plan.js");
    }

    private static string Row(PlannedPost p, PlanData data, string token)
    {
        var now = data.Now;
        var hold = p.IsHeld(now)
            ? $"<p class=\"hold\" id=\"hold-{p.Id}\"><strong>Held until {E(PlanFrame.When(p.HoldUntil!.Value, data.Zone))}</strong>: {E(p.HoldReason)}</p>"
            : "";
        return $"""
            <tr data-post="{p.Id}" data-state="{PlanFrame.State(p, now)}">
              <td class="nowrap">{E(PlanFrame.When(p.PlannedAt, data.Zone))}</td>
              <td>{E(PlanFrame.PlatformLabel(p.Platform))}</td>
              <td>{PlanFrame.StateBadge(p, now)}</td>
              <td>{PlanFrame.VerdictBadge(p.Verdict)}</td>
              <td><a href="/plan/queue/{p.Id}">{E(PlanFrame.Excerpt(p.Text))}</a>{hold}</td>
              <td class="actions">{Actions(p, data, token, compact: true)}</td>
            </tr>
            """;
    }

    /// <summary>The buttons a post's state allows; a held draft's Ready button is disabled and points at the hold.</summary>
    public static string Actions(PlannedPost p, PlanData data, string token, bool compact)
    {
        if (p.Status is PlannedPostStatus.Done or PlannedPostStatus.Dropped) return "";
        var now = data.Now;
        var small = compact ? " btn-small" : "";
        var parts = new List<string>();
        if (p.Status == PlannedPostStatus.Queued)
        {
            if (p.IsHeld(now))
            {
                parts.Add($"<button type=\"button\" class=\"btn{small}\" disabled aria-describedby=\"hold-{p.Id}\" title=\"Held until {E(PlanFrame.When(p.HoldUntil!.Value, data.Zone))}\">Mark ready</button>");
            }
            else
            {
                var accept = p.Verdict == Verdict.Block
                    ? $"<label class=\"check\"><input type=\"checkbox\" name=\"accept_findings\" value=\"true\" required> I have read the block findings</label>"
                    : "";
                parts.Add(Form(p.Id, "ready", "Mark ready", token, small + " btn-primary", accept));
            }
        }
        if (!p.IsHeld(now)) parts.Add(Form(p.Id, "done", "Mark done", token, small, ""));
        parts.Add(Form(p.Id, "drop", "Drop", token, small + " btn-quiet", ""));
        if (compact) parts.Add($"<a class=\"btn btn-small btn-quiet\" href=\"/plan/queue/{p.Id}#edit\">Edit<span class=\"sr-only\"> post {p.Id}</span></a>");
        return $"<div class=\"row-actions\">{string.Concat(parts)}</div>";
    }

    private static string Form(long id, string action, string label, string token, string classes, string extra) =>
        $"<form method=\"post\" action=\"/plan/queue/{id}/{action}\">{token}{extra}<button type=\"submit\" class=\"btn{classes}\">{E(label)}<span class=\"sr-only\"> post {id}</span></button></form>";

    public static string Detail(PlannedPost p, PlanData data, string token, string? notice, string? error, IDictionary<string, string[]>? errors = null, PlannedPostEditForm? form = null)
    {
        var now = data.Now;
        var findings = p.Findings.Count == 0
            ? "<p class=\"empty\">The check found nothing.</p>"
            : "<ol class=\"findings\">" + string.Concat(p.Findings.Select(f =>
                $"<li class=\"finding f-{f.Severity.Name()}\"><div class=\"finding-head\"><span class=\"sev sev-{f.Severity.Name()}\">{E(f.Severity.Name())}</span>" +
                $"<a class=\"rule\" href=\"/rules/{Uri.EscapeDataString(f.RuleId)}\">{E(f.RuleId)}</a><span class=\"cat\">{E(f.Category.Replace('_', ' '))}</span></div>" +
                $"<p class=\"finding-msg\">{E(f.Message)}</p>" +
                (f.Suggestion is null ? "" : $"<dl><dt>Suggested fix</dt><dd><span class=\"fix\">{E(f.Suggestion)}</span></dd></dl>") +
                $"<p class=\"muted quote\">“{E(Slice(p.Text, f.Start, f.Length))}”</p></li>")) + "</ol>";
        var hold = p.IsHeld(now)
            ? $"<div class=\"notice notice-hold\" id=\"hold-{p.Id}\"><p><strong>Cooling-off until {E(PlanFrame.When(p.HoldUntil!.Value, data.Zone))}.</strong> It cannot be marked ready before then.</p><p>{E(p.HoldReason)}</p></div>"
            : p.HoldUntil is { } ended ? $"<p class=\"muted\">Cooling-off ended {E(PlanFrame.When(ended, data.Zone))}.</p>" : "";
        var editable = p.Status is PlannedPostStatus.Queued or PlannedPostStatus.Ready;
        var values = form ?? new PlannedPostEditForm(p.Text, p.Platform.Name(), PlanFrame.InputValue(p.PlannedAt, data.Zone), p.Note ?? "");
        var edit = !editable ? "" : $$"""
            <section class="card" aria-labelledby="edit-title" id="edit">
              <div class="card-head"><h2 id="edit-title">Edit</h2></div>
              <form method="post" action="/plan/queue/{{p.Id}}/edit" class="stack">
                {{token}}
                <div class="field"><label for="edit-text">Draft</label><textarea id="edit-text" name="text" rows="6" required>{{E(values.Text)}}</textarea></div>
                <div class="form-row">
                  <div class="field"><label for="edit-platform">Platform</label><select id="edit-platform" name="platform">{{Options(ComposePage.Platforms, values.Platform)}}</select></div>
                  <div class="field"><label for="edit-at">When ({{E(data.Zone.Id)}})</label><input id="edit-at" name="planned_at" type="datetime-local" value="{{E(values.PlannedAt)}}" required></div>
                </div>
                <div class="field"><label for="edit-note">Private note</label><input id="edit-note" name="note" type="text" value="{{E(values.Note)}}" maxlength="2000"></div>
                <p class="hint">Changed text or platform is checked again; a ready post that now needs a hold goes back to the queue.</p>
                {{PlanFrame.Errors(errors)}}
                <div><button type="submit" class="btn btn-primary">Save changes</button></div>
              </form>
            </section>
            """;
        var content = $$"""
            <p class="crumbs"><a href="/plan/queue">Queue</a> <span aria-hidden="true">/</span> Post {{p.Id}}</p>
            <div class="post-detail">
              <section class="card" aria-labelledby="post-title">
                <div class="card-head"><h2 id="post-title">{{E(PlanFrame.When(p.PlannedAt, data.Zone))}} on {{E(PlanFrame.PlatformLabel(p.Platform))}}</h2>{{PlanFrame.StateBadge(p, now)}} {{PlanFrame.VerdictBadge(p.Verdict)}}</div>
                <p class="post-text" id="post-text">{{E(p.Text)}}</p>
                {{(p.Note is null ? "" : $"<p class=\"muted\">Note: {E(p.Note)}</p>")}}
                {{hold}}
                {{Actions(p, data, token, compact: false)}}
              </section>
              <section class="card" aria-labelledby="post-findings">
                <div class="card-head"><h2 id="post-findings">Check</h2><span class="muted">checked {{E(PlanFrame.When(p.CheckedAt, data.Zone))}}</span></div>
                {{findings}}
              </section>
            </div>
            {{edit}}
            """;
        return PlanFrame.Page($"Post {p.Id}", "queue", "One planned post: its check, any hold, and what you can do with it.", content, notice, error);
    }

    private static string Slice(string text, int start, int length) =>
        start >= 0 && length >= 0 && start + length <= text.Length ? text.Substring(start, length) : "";
}

/// <summary>The edit form's values, kept when a save is refused so nothing typed is lost.</summary>
internal sealed record PlannedPostEditForm(string Text, string Platform, string PlannedAt, string Note);
