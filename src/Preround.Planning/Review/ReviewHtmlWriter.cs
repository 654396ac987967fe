using System.Globalization;
using System.Text;
using Preround.Core.Reporting;
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
        var page = new StringBuilder(64 * 1024);
        ReportHtml.Open(page, "Posting review");
        page.Append("<div class='review'>").Append(Body(r)).Append("</div>");
        ReportHtml.Close(page, "Made on this computer by Preround; nothing in this review was sent anywhere.");
        return page.ToString();
    }

    /// <summary>
    /// The report without the page around it (header, actions, sections with inline SVG charts), for a host page that
    /// brings its own styles (the web app, whose policy forbids inline style). Uses the same class names as <see cref="Write"/>.
    /// </summary>
    /// <param name="r">The review to render.</param>
    /// <param name="topLevel">Heading level of the report's title (1 on a page of its own; 2 inside a host page that has
    /// its own h1, so the outline stays one h1 per page and sections step down with it).</param>
    public static string Body(ReviewReport r, int topLevel = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(topLevel, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(topLevel, 4);
        var h1 = "h" + topLevel;
        var h2 = "h" + (topLevel + 1);
        var h3 = "h" + (topLevel + 2);
        var b = new StringBuilder();
        b.Append("<header><p class='kicker'>Preround · posting review</p>");
        b.Append(F($"<{h1}>{r.TotalPosts:N0} posts reviewed</{h1}><p class='muted'>As of {r.AsOf.UtcDateTime:yyyy-MM-dd}"));
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

        b.Append($"<section class='actions'><{h2}>Next actions</{h2}><ol>");
        foreach (var a in r.Actions) b.Append("<li><span class='tag'>").Append(Esc(a.Area)).Append("</span> ").Append(Esc(a.Text)).Append("</li>");
        if (r.Actions.Count == 0) b.Append("<li>Nothing pressing: keep the rhythm.</li>");
        b.Append("</ol></section>");

        var c = r.Cadence;
        b.Append($"<section><{h2}>Cadence</{h2}><div class='figures'>");
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

        b.Append($"<section><{h2}>Promotion and variety</{h2}>");
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
        b.Append($"<{h3}>Mix</{h3}>").Append(Mix(r.Mix)).Append("</section>");

        b.Append($"<section><{h2}>Engagement</{h2}>");
        if (r.Engagement is { } e)
        {
            if (e.ByWeekday.Count > 0) b.Append(Bars(e.ByWeekday.Select(s => (s.Slot, s.Average, $"{s.Slot}: {s.Posts} posts, average {s.Average:0.#}")).ToList(), "Average response by weekday", "n"));
            if (e.ByHour.Count > 0) b.Append(Bars(e.ByHour.Select(s => (s.Slot, s.Average, $"{s.Slot}: {s.Posts} posts, average {s.Average:0.#}")).ToList(), "Average response by hour of posting", "n"));
            if (e.BestDays.Count > 0) b.Append("<p>Most response on ").Append(Esc(string.Join(" and ", e.BestDays))).Append(".</p>");
            foreach (var n in e.Notes) b.Append("<p class='muted'>").Append(Esc(n)).Append("</p>");
        }
        b.Append("</section>");

        var net = r.Networking;
        b.Append($"<section><{h2}>Networking</{h2}>");
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
            b.Append(F($"<section><{h2}>Queue</{h2}><p>{q.Open} open drafts ({q.Ready} ready, {q.Held} in cooling-off); {q.PlannedNext4Weeks} planned for the next four weeks.</p></section>"));
        }

        return b.ToString();
    }

    private static void Figure(StringBuilder b, string value, string label) =>
        b.Append("<div class='figure'><span class='value'>").Append(Esc(value)).Append("</span><span class='muted'>").Append(Esc(label)).Append("</span></div>");

    private static string F(FormattableString s) => s.ToString(Inv);
}
