using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Preround.Core.Domain;
using Preround.Planning.Queue;
using static Preround.Web.Pages.Html;

namespace Preround.Web.Pages;

/// <summary>What the Plan pages share: the tabs under the Plan heading, notices, form tokens, times and status badges.</summary>
internal static class PlanFrame
{
    private static readonly (string Href, string Label, string Key)[] Tabs =
    [
        ("/plan", "Calendar", "calendar"), ("/plan/queue", "Queue", "queue"), ("/plan/strategy", "Strategy", "strategy"),
        ("/plan/review", "Review", "review"), ("/plan/contacts", "Contacts", "contacts"),
    ];

    /// <summary>A Plan page: heading, tabs, an optional notice, the content.</summary>
    public static string Page(string title, string tab, string lede, string content, string? notice = null, string? error = null, params string[] scripts) =>
        Layout.Page(title, "plan", $$"""
            <div class="page plan">
              <div class="pane-head"><h1>{{E(title)}}</h1><p class="lede">{{E(lede)}}</p></div>
              <nav class="tabs" aria-label="Plan">
                <ul>{{string.Concat(Tabs.Select(t => $"<li><a href=\"{t.Href}\"{(t.Key == tab ? " aria-current=\"page\"" : "")}>{E(t.Label)}</a></li>"))}}</ul>
              </nav>
              {{(notice is null ? "" : $"<div class=\"notice notice-ok\" role=\"status\">{E(notice)}</div>")}}
              {{(error is null ? "" : $"<div class=\"notice notice-error\" role=\"alert\" id=\"page-error\">{E(error)}</div>")}}
              {{content}}
            </div>
            """, scripts);

    /// <summary>The hidden antiforgery field every form carries.</summary>
    public static string Token(HttpContext http, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return $"<input type=\"hidden\" name=\"{E(tokens.FormFieldName)}\" value=\"{E(tokens.RequestToken)}\">";
    }

    /// <summary>A time as the user reads it, e.g. "Tue 3 Mar 2026, 08:30".</summary>
    public static string When(DateTimeOffset t, TimeZoneInfo zone, bool withYear = true) =>
        TimeZoneInfo.ConvertTime(t, zone).ToString(withYear ? "ddd d MMM yyyy, HH:mm" : "ddd d MMM, HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The value a datetime-local input takes.</summary>
    public static string InputValue(DateTimeOffset t, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(t, zone).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Where a post stands as the user sees it: draft, held, ready, done or dropped.</summary>
    public static string State(PlannedPost p, DateTimeOffset now) => p.Status switch
    {
        PlannedPostStatus.Queued => p.IsHeld(now) ? "held" : "draft",
        _ => p.Status.ToString().ToLowerInvariant(),
    };

    public static string StateBadge(PlannedPost p, DateTimeOffset now)
    {
        var state = State(p, now);
        return $"<span class=\"state state-{state}\">{char.ToUpperInvariant(state[0])}{state[1..]}</span>";
    }

    /// <summary>The check's verdict as a badge (block, warn, ok) in the severity colours.</summary>
    public static string VerdictBadge(Verdict v) => v switch
    {
        Verdict.Block => "<span class=\"sev sev-block\" title=\"The check found something that blocks posting as is\">Block</span>",
        Verdict.Warn => "<span class=\"sev sev-warn\" title=\"The check found something to look at\">Warn</span>",
        _ => "<span class=\"sev sev-ok\" title=\"The check found nothing to stop this post\">OK</span>",
    };

    public static string PlatformLabel(Platform p) => ComposePage.Platforms.FirstOrDefault(x => x.Value == p.Name()).Label ?? p.ToString();

    /// <summary>The first line of a draft, clipped for a list.</summary>
    public static string Excerpt(string text, int max = 90)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= max ? line : line[..(max - 1)].TrimEnd() + "…";
    }

    /// <summary>Field errors as a list under a form.</summary>
    public static string Errors(IDictionary<string, string[]>? errors) => errors is null || errors.Count == 0 ? "" :
        "<div class=\"notice notice-error\" role=\"alert\" id=\"form-errors\"><p>Nothing was saved:</p><ul>" +
        string.Concat(errors.SelectMany(e => e.Value).Select(m => $"<li>{E(m)}</li>")) + "</ul></div>";
}
