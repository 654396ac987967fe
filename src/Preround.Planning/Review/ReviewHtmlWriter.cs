using System.Globalization;
using System.Text;
using Preround.Planning.Strategy;
using static Preround.Planning.Review.SvgCharts;

namespace Preround.Planning.Review;

/// <summary>
/// The review as one self-contained HTML page: inline CSS and SVG charts, no scripts, no external files, and a
/// content security policy that forbids loading anything.
/// </summary>
public static class ReviewHtmlWriter
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Write(ReviewReport r)
    {
        var b = new StringBuilder();
        b.Append("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>");
        b.Append("<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">");
        b.Append("<meta name='viewport' content='width=device-width, initial-scale=1'><title>Preround posting review</title><style>").Append(Css).Append("</style></head><body><main>");
        b.Append(Body(r));
        b.Append("<footer class='muted'>Made on this computer by Preround; nothing was sent anywhere.</footer></main></body></html>");
        return b.ToString();
    }

    /// <summary>
    /// The report without the page around it (header, actions, sections with inline SVG charts), for a host page that
    /// brings its own styles (the web app, whose policy forbids inline style). Uses the same class names as <see cref="Write"/>.
    /// </summary>
    public static string Body(ReviewReport r)
    {
        var b = new StringBuilder();
        b.Append("<header><p class='kicker'>Preround · posting review</p>");
        b.Append(F($"<h1>{r.TotalPosts:N0} posts reviewed</h1><p class='muted'>As of {r.AsOf.UtcDateTime:yyyy-MM-dd}"));
        if (r.FirstPost is { } f && r.LastPost is { } l) b.Append(F($" · history {f.UtcDateTime:yyyy-MM-dd} to {l.UtcDateTime:yyyy-MM-dd}"));
        b.Append("</p>");
        if (r.Strategy is { } s)
        {
            b.Append("<p class='muted'>Goals: ").Append(Esc(string.Join(", ", s.Goals.Select(g => g.Describe()))))
             .Append(F($" · target {s.WeeklyTarget} a week"));
            if (s.Lane.Count > 0) b.Append(" · lane: ").Append(Esc(string.Join(", ", s.Lane)));
            b.Append("</p>");
        }
        b.Append("</header>");

        b.Append("<section class='actions'><h2>Next actions</h2><ol>");
        foreach (var a in r.Actions) b.Append("<li><span class='tag'>").Append(Esc(a.Area)).Append("</span> ").Append(Esc(a.Text)).Append("</li>");
        if (r.Actions.Count == 0) b.Append("<li>Nothing pressing: keep the rhythm.</li>");
        b.Append("</ol></section>");

        var c = r.Cadence;
        b.Append("<section><h2>Cadence</h2><div class='figures'>");
        Figure(b, c.AveragePerWeek.ToString("0.0", Inv), "posts a week on average");
        Figure(b, c.RecentPerWeek.ToString("0.0", Inv), "a week, last 8 weeks");
        Figure(b, c.GapCount.ToString(Inv), "gaps without posts");
        b.Append("</div>");
        b.Append(Weekly(c.Weeks.TakeLast(104).ToList(), c.TargetPerWeek, c.DropOff?.Week));
        if (c.DropOff is { } d) b.Append(F($"<p>Drop-off from <strong>{d.Week}</strong>: {d.BeforePerWeek:0.0} → {d.AfterPerWeek:0.00} posts a week (dotted line).</p>"));
        if (c.Gaps.Count > 0)
        {
            b.Append("<table><thead><tr><th>Gap from</th><th>to</th><th class='num'>days</th></tr></thead><tbody>");
            foreach (var g in c.Gaps) b.Append(F($"<tr><td>{g.From.UtcDateTime:yyyy-MM-dd}</td><td>{(g.Ongoing ? "now" : g.To.UtcDateTime.ToString("yyyy-MM-dd", Inv))}</td><td class='num'>{g.Days:0}</td></tr>"));
            b.Append("</tbody></table>");
        }
        b.Append("</section>");

        b.Append("<section><h2>Promotion and variety</h2>");
        b.Append(F($"<p>{r.Promotion.Promotional} of {r.Promotion.Considered} original posts promote ({r.Promotion.Share * 100:0}%).</p>"));
        b.Append(ShareBar(r.Promotion.Share, PromotionClassifier.RecommendedMaxShare, "Promotional share"));
        b.Append(F($"<p>{r.Variety.NearDuplicateGroups.Count} group(s) of near-identical posts; {r.Variety.RepetitiveShare * 100:0}% of posts repeat another.</p>"));
        if (r.Variety.NearDuplicateGroups.Count > 0)
        {
            b.Append("<ul class='ids'>");
            foreach (var g in r.Variety.NearDuplicateGroups.Take(5)) b.Append(F($"<li>{g.Count} posts: ")).Append(Esc(string.Join(", ", g.Take(8)))).Append(g.Count > 8 ? ", …" : "").Append("</li>");
            b.Append("</ul>");
        }
        if (r.Variety.Topics.Count > 0)
        {
            b.Append(Bars(r.Variety.Topics.Take(8).Select(t => (t.Topic, (double)t.Posts, $"{t.Topic}: {t.Posts} posts")).ToList(), "Topics by posts", "n"));
        }
        if (r.Lane is { } lane)
        {
            b.Append(F($"<p>Lane: {lane.OnLane} of {lane.Considered} originals ({lane.Share * 100:0}%) touch your topics.</p>"));
        }
        b.Append("<h3>Mix</h3>").Append(Mix(r.Mix)).Append("</section>");

        b.Append("<section><h2>Engagement</h2>");
        if (r.Engagement is { } e)
        {
            if (e.ByWeekday.Count > 0) b.Append(Bars(e.ByWeekday.Select(s => (s.Slot, s.Average, $"{s.Slot}: {s.Posts} posts, average {s.Average:0.#}")).ToList(), "Average response by weekday", "n"));
            if (e.ByHour.Count > 0) b.Append(Bars(e.ByHour.Select(s => (s.Slot, s.Average, $"{s.Slot}: {s.Posts} posts, average {s.Average:0.#}")).ToList(), "Average response by hour of posting", "n"));
            if (e.BestDays.Count > 0) b.Append("<p>Most response on ").Append(Esc(string.Join(" and ", e.BestDays))).Append(".</p>");
            foreach (var n in e.Notes) b.Append("<p class='muted'>").Append(Esc(n)).Append("</p>");
        }
        b.Append("</section>");

        var net = r.Networking;
        b.Append("<section><h2>Networking</h2>");
        b.Append(F($"<p>{net.Interactions} replies and mentions to {net.DistinctAccounts} accounts; the top three receive {net.TopThreeShare * 100:0}%{(net.Concentrated ? " (concentrated)" : "")}.</p>"));
        b.Append(Bars(net.ReplyTargets.Select(a => ("@" + a.Account, a.Share, $"@{a.Account}: {a.Count} replies")).ToList(), "Share of replies by account", "%"));
        b.Append(net.Promoted.Count > 0
            ? "<p>Colleagues whose work you shared: " + Esc(string.Join(", ", net.Promoted.Take(8).Select(a => $"@{a.Account} ({a.Count})"))) + ".</p>"
            : "<p>No colleague's work shared in this history.</p>");
        if (net.FollowUpsOwed.Count > 0)
        {
            b.Append("<ul>");
            foreach (var fu in net.FollowUpsOwed.Take(8)) b.Append("<li>Follow up with ").Append(Esc(fu.Name)).Append(F($" (due {fu.Due.UtcDateTime:yyyy-MM-dd})</li>"));
            b.Append("</ul>");
        }
        b.Append("</section>");

        if (r.Queue is { } q)
        {
            b.Append(F($"<section><h2>Queue</h2><p>{q.Open} open drafts ({q.Ready} ready, {q.Held} in cooling-off); {q.PlannedNext4Weeks} planned for the next four weeks.</p></section>"));
        }

        return b.ToString();
    }

    private static void Figure(StringBuilder b, string value, string label) =>
        b.Append("<div class='figure'><span class='value'>").Append(Esc(value)).Append("</span><span class='muted'>").Append(Esc(label)).Append("</span></div>");

    private static string F(FormattableString s) => s.ToString(Inv);

    private const string Css = """
        :root{--ink:#1f2a37;--muted:#5b6776;--line:#dfe4ea;--accent:#2f7f86;--accent-soft:#cfe5e7;--warn:#b7791f;--bg:#f7f9fa}
        *{box-sizing:border-box}body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
        main{max-width:800px;margin:0 auto;padding:32px 24px 48px}
        header{border-bottom:1px solid var(--line);margin-bottom:16px}.kicker{text-transform:uppercase;letter-spacing:.08em;font-size:12px;color:var(--accent);margin:0}
        h1{font-size:26px;font-weight:600;margin:4px 0}h2{font-size:18px;font-weight:600;margin:0 0 8px}h3{font-size:15px;margin:16px 0 4px}
        section{background:#fff;border:1px solid var(--line);border-radius:6px;padding:16px 20px;margin:16px 0}
        .muted{color:var(--muted)}.figures{display:flex;gap:24px;margin-bottom:8px}.figure{display:flex;flex-direction:column}
        .value{font-size:22px;font-weight:600;color:var(--accent)}
        .actions ol{padding-left:20px;margin:0}.actions li{margin:6px 0}.tag{display:inline-block;font-size:11px;text-transform:uppercase;letter-spacing:.05em;color:var(--accent);border:1px solid var(--accent-soft);border-radius:3px;padding:0 4px}
        table{border-collapse:collapse;margin-top:8px}td,th{padding:2px 12px 2px 0;text-align:left;font-weight:normal}th{color:var(--muted)}.num{text-align:right}
        svg{display:block;max-width:100%;height:auto;margin:8px 0}svg .bar{fill:var(--accent)}svg .bar.drop{fill:var(--warn)}svg .bar.over{fill:var(--warn)}
        svg .track{fill:#eef1f4}svg .grid{stroke:var(--line)}svg .target,svg .limit{stroke:var(--ink);stroke-dasharray:4 3}svg .dropline{stroke:var(--warn);stroke-dasharray:2 2}
        svg text{font:11px system-ui,sans-serif;fill:var(--muted)}svg .label{fill:var(--ink)}
        svg .s1{fill:var(--accent)}svg .s2{fill:#6fa8ad}svg .s3{fill:#a9cdd0}svg .s4{fill:#d4dde3}
        .ids{font-family:ui-monospace,monospace;font-size:13px}footer{margin-top:24px;font-size:13px}
        """;
}
