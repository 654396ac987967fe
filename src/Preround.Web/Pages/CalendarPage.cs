using System.Globalization;
using Preround.Planning.Queue;
using Preround.Web.Plan;
using static Preround.Web.Pages.Html;

namespace Preround.Web.Pages;

/// <summary>
/// The calendar: a month or a week as a grid of days (arrow keys move between days), queued drafts in their slots with
/// their state and verdict, and suggested slots that fill the weekly target.
/// </summary>
internal static class CalendarPage
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly string[] DayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    /// <summary>The range a view shows: a month padded to whole weeks, or one ISO week.</summary>
    public static (DateOnly First, DateOnly End) Range(string view, DateOnly date)
    {
        if (view == "week")
        {
            var monday = PlanCalendar.Monday(date);
            return (monday, monday.AddDays(7));
        }
        var first = new DateOnly(date.Year, date.Month, 1);
        var start = PlanCalendar.Monday(first);
        var end = PlanCalendar.Monday(first.AddMonths(1).AddDays(6));
        return (start, end);
    }

    public static string Render(string view, DateOnly date, DateOnly today, CalendarView cal, PlanData data, string? notice)
    {
        var week = view == "week";
        var (first, end) = Range(view, date);
        var (prev, next) = week ? (date.AddDays(-7), date.AddDays(7)) : (date.AddMonths(-1), date.AddMonths(1));
        var title = week
            ? $"Week of {first.ToString("d MMMM yyyy", Inv)}"
            : date.ToString("MMMM yyyy", Inv);
        var byDay = cal.Posts.GroupBy(p => DateOnly.FromDateTime(data.Local(p.PlannedAt).DateTime)).ToDictionary(g => g.Key, g => g.OrderBy(p => p.PlannedAt).ToList());
        var slotsByDay = cal.Slots.GroupBy(s => DateOnly.FromDateTime(data.Local(s).DateTime)).ToDictionary(g => g.Key, g => g.ToList());
        var focusDay = date >= first && date < end ? date : first;

        var rows = new System.Text.StringBuilder();
        for (var d = first; d < end; d = d.AddDays(7))
        {
            rows.Append("<tr>");
            for (var i = 0; i < 7; i++)
            {
                var day = d.AddDays(i);
                rows.Append(Cell(day, today, date, week, focusDay, byDay.GetValueOrDefault(day), slotsByDay.GetValueOrDefault(day), data));
            }
            rows.Append("</tr>");
        }

        var heads = string.Concat(DayNames.Select((n, i) => week
            ? $"<th scope=\"col\"><abbr title=\"{n}\">{n[..3]}</abbr> {first.AddDays(i).Day}</th>"
            : $"<th scope=\"col\"><abbr title=\"{n}\">{n[..3]}</abbr></th>"));
        var target = cal.WeeklyTarget is { } t
            ? $"<span class=\"legend-item\"><span class=\"chip chip-slot\" aria-hidden=\"true\">+ 08:30</span> suggested slots fill your target of {t} a week</span>"
            : "<span class=\"legend-item\"><a href=\"/plan/strategy\">Set a weekly target</a> to see suggested slots.</span>";
        var held = cal.Posts.Count(p => p.IsHeld(data.Now));
        var content = $$"""
            <section class="card calendar" aria-labelledby="cal-title">
              <div class="cal-toolbar">
                <div class="cal-nav">
                  <a class="btn btn-small" href="/plan?view={{view}}&amp;date={{prev:yyyy-MM-dd}}" id="cal-prev" rel="prev"><span aria-hidden="true">‹</span> Previous<span class="sr-only"> {{(week ? "week" : "month")}}</span></a>
                  <a class="btn btn-small" href="/plan?view={{view}}&amp;date={{today:yyyy-MM-dd}}" id="cal-today">Today</a>
                  <a class="btn btn-small" href="/plan?view={{view}}&amp;date={{next:yyyy-MM-dd}}" id="cal-next" rel="next">Next<span class="sr-only"> {{(week ? "week" : "month")}}</span> <span aria-hidden="true">›</span></a>
                </div>
                <h2 id="cal-title">{{E(title)}}</h2>
                <div class="segmented" role="group" aria-label="View">
                  <a href="/plan?view=month&amp;date={{date:yyyy-MM-dd}}" id="view-month"{{(week ? "" : " aria-current=\"page\"")}}>Month</a>
                  <a href="/plan?view=week&amp;date={{date:yyyy-MM-dd}}" id="view-week"{{(week ? " aria-current=\"page\"" : "")}}>Week</a>
                </div>
              </div>
              <table class="cal {{(week ? "cal-week" : "cal-month")}}" role="grid" aria-labelledby="cal-title" aria-describedby="cal-help" id="calendar" data-view="{{view}}">
                <thead><tr>{{heads}}</tr></thead>
                <tbody>{{rows}}</tbody>
              </table>
              <div class="cal-foot">
                <p id="cal-help" class="hint">Arrow keys move between days, Home and End to the week's ends, Page Up and Page Down to the {{(week ? "previous and next week" : "previous and next month")}}; Tab reaches the posts in a day.</p>
                <p class="legend">{{target}}{{(held > 0 ? $"<span class=\"legend-item\"><span class=\"state state-held\">Held</span> {held} in cooling-off</span>" : "")}}</p>
                <p class="exports"><a href="/api/plan/calendar.ics" download>Download .ics</a> · <a href="/api/plan/calendar.csv" download>Download CSV</a> · <a href="/plan/queue">Queue and import</a></p>
              </div>
            </section>
            """;
        return PlanFrame.Page("Plan", "calendar", "Your calendar: drafts in their slots, each checked, and the times that keep a steady rhythm.", content, notice, null, "plan.js");
    }

    private static string Cell(DateOnly day, DateOnly today, DateOnly selected, bool week, DateOnly focusDay, List<PlannedPost>? posts, List<DateTimeOffset>? slots, PlanData data)
    {
        var classes = new List<string> { "day" };
        if (!week && day.Month != selected.Month) classes.Add("outside");
        if (day == today) classes.Add("today");
        if (day < today) classes.Add("past");
        var label = day.ToString("dddd d MMMM yyyy", Inv);
        var count = (posts?.Count ?? 0) switch { 0 => "nothing planned", 1 => "1 post", var n => $"{n} posts" };
        var items = new System.Text.StringBuilder();
        foreach (var p in posts ?? [])
        {
            var state = PlanFrame.State(p, data.Now);
            var time = data.Local(p.PlannedAt).ToString("HH:mm", Inv);
            var tip = p.IsHeld(data.Now) ? $"Held until {PlanFrame.When(p.HoldUntil!.Value, data.Zone)}: {p.HoldReason}" : $"{state}, check {p.Verdict.ToString().ToLowerInvariant()}";
            var excerpt = week ? $"<span class=\"chip-text\">{E(PlanFrame.Excerpt(p.Text, 70))}</span>" : "";
            items.Append($"<li><a class=\"chip chip-{state} v-{p.Verdict.ToString().ToLowerInvariant()}\" href=\"/plan/queue/{p.Id}\" title=\"{E(tip)}\" data-post=\"{p.Id}\">" +
                         $"<span class=\"chip-time\">{time}</span> {E(PlanFrame.PlatformLabel(p.Platform))} <span class=\"chip-state\">{char.ToUpperInvariant(state[0])}{state[1..]}</span>" +
                         $"<span class=\"sr-only\">, check {p.Verdict.ToString().ToLowerInvariant()}</span>{excerpt}</a></li>");
        }
        foreach (var s in slots ?? [])
        {
            var at = PlanFrame.InputValue(s, data.Zone);
            items.Append($"<li><a class=\"chip chip-slot\" href=\"/?at={at}\" title=\"Suggested slot: write a draft for {E(PlanFrame.When(s, data.Zone))}\">+ {data.Local(s):HH:mm}<span class=\"sr-only\"> suggested slot, write a draft</span></a></li>");
        }
        var tab = day == focusDay ? "0" : "-1";
        return $"<td role=\"gridcell\" class=\"{string.Join(' ', classes)}\" data-date=\"{day:yyyy-MM-dd}\" tabindex=\"{tab}\" aria-label=\"{E(label)}, {count}\"{(day == today ? " aria-current=\"date\"" : "")}>" +
               $"<span class=\"day-num\" aria-hidden=\"true\">{day.Day}</span>" +
               (items.Length > 0 ? $"<ul class=\"day-items\">{items}</ul>" : "") + "</td>";
    }
}
