using System.Globalization;
using Preround.Planning.Strategy;

namespace Preround.Planning.Review;

/// <summary>The review as plain text for a terminal: short sections, the figures that matter, then next actions.</summary>
public static class ReviewTextWriter
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void Write(ReviewReport r, TextWriter o)
    {
        o.WriteLine(F($"Posting review as of {r.AsOf.UtcDateTime:yyyy-MM-dd}: {r.TotalPosts} posts") +
                    (r.FirstPost is { } f && r.LastPost is { } l ? F($" from {f.UtcDateTime:yyyy-MM-dd} to {l.UtcDateTime:yyyy-MM-dd}") : ""));
        if (r.Strategy is { } s)
        {
            o.WriteLine($"Goals: {string.Join(", ", s.Goals.Select(g => g.Describe()))}; target {s.WeeklyTarget} a week" +
                        (s.Lane.Count > 0 ? $"; lane: {string.Join(", ", s.Lane)}" : ""));
        }

        Section(o, "Cadence");
        var c = r.Cadence;
        o.WriteLine($"  {ActionPlanner.Rate(c.AveragePerWeek)} on average (original posts); {ActionPlanner.Rate(c.RecentPerWeek)} in the last 8 weeks" +
                    (c.TargetPerWeek is { } t ? $" (target {t})" : ""));
        var recent = c.Weeks.TakeLast(52).Select(w => w.Posts).ToList();
        o.WriteLine(recent.Any(n => n > 0) ? "  " + Sparkline(recent) + (c.Weeks.Count > 52 ? "  (last 52 weeks)" : "") : "  No original posts in the last 52 weeks.");
        if (c.DropOff is { } d) o.WriteLine(F($"  Drop-off from {d.Week}: {d.BeforePerWeek:0.0} → {d.AfterPerWeek:0.00} a week"));
        if (c.GapCount > 0)
        {
            o.WriteLine($"  {c.GapCount} gap(s) without posts; longest:");
            foreach (var g in c.Gaps) o.WriteLine(F($"    {g.From.UtcDateTime:yyyy-MM-dd} → {(g.Ongoing ? "now" : g.To.UtcDateTime.ToString("yyyy-MM-dd", Inv))}  {g.Days:0} days"));
        }

        Section(o, "Content");
        var p = r.Promotion;
        o.WriteLine(F($"  Promotional: {p.Promotional} of {p.Considered} originals ({Pct(p.Share)}; 80/20 rule: at most 20%)") + (p.OverLimit ? "  ← over" : ""));
        o.WriteLine(F($"  Near-duplicates: {r.Variety.NearDuplicateGroups.Count} group(s), {Pct(r.Variety.RepetitiveShare)} of posts repeat another"));
        foreach (var g in r.Variety.NearDuplicateGroups.Take(3)) o.WriteLine($"    {g.Count} posts: {string.Join(", ", g.Take(6))}{(g.Count > 6 ? ", …" : "")}");
        if (r.Variety.Topics.Count > 0)
        {
            o.WriteLine("  Topics: " + string.Join(", ", r.Variety.Topics.Take(8).Select(t => $"{t.Topic} ({t.Posts})")) +
                        (r.Variety.TopicEvenness is { } e ? F($"; evenness {e:0.00}") : ""));
        }

        if (r.Lane is { } lane)
        {
            o.WriteLine(F($"  Lane: {lane.OnLane} of {lane.Considered} originals ({Pct(lane.Share)}) — ") +
                        string.Join(", ", lane.LaneTopics.Select(t => $"{t.Topic} {t.Posts}")));
        }

        var m = r.Mix;
        o.WriteLine(F($"  Mix: {m.Originals} originals ({m.Quotes} quotes), {m.Replies} replies, {m.SelfReplies} thread replies, {m.Reposts} reposts"));

        Section(o, "Engagement");
        if (r.Engagement is { } en)
        {
            if (en.BestDays.Count > 0)
            {
                o.WriteLine($"  Most response on {string.Join(" and ", en.BestDays)}" +
                            (en.BestHours.Count > 0 ? " around " + string.Join(", ", en.BestHours.Select(h => h.ToString("00", Inv) + ":00")) : "") +
                            $" ({en.PostsWithCounts} posts with counts)");
            }

            foreach (var note in en.Notes) o.WriteLine("  " + note);
        }

        Section(o, "Networking");
        var n = r.Networking;
        o.WriteLine(F($"  {n.Interactions} replies and mentions to {n.DistinctAccounts} accounts; top three get {Pct(n.TopThreeShare)}") + (n.Concentrated ? "  ← concentrated" : ""));
        if (n.ReplyTargets.Count > 0) o.WriteLine("  Replies to: " + string.Join(", ", n.ReplyTargets.Take(6).Select(a => $"@{a.Account} {Pct(a.Share)}")));
        if (n.HighProfileShare is { } hp) o.WriteLine($"  To high-profile accounts: {Pct(hp)}");
        if (n.PeerShare is { } ps) o.WriteLine($"  To peers and collaborators: {Pct(ps)}");
        o.WriteLine(n.Promoted.Count > 0 ? "  Colleagues promoted: " + string.Join(", ", n.Promoted.Take(6).Select(a => $"@{a.Account} ({a.Count})")) : "  Colleagues promoted: none");
        foreach (var f2 in n.FollowUpsOwed.Take(5)) o.WriteLine(F($"  Follow-up owed: {f2.Name} (due {f2.Due.UtcDateTime:yyyy-MM-dd})"));

        if (r.Queue is { } q)
        {
            Section(o, "Queue");
            o.WriteLine($"  {q.Open} open ({q.Ready} ready, {q.Held} in cooling-off); {q.PlannedNext4Weeks} planned in the next four weeks");
        }

        Section(o, "Next actions");
        var i = 1;
        foreach (var a in r.Actions) o.WriteLine($"  {i++}. {a.Text}");
        if (r.Actions.Count == 0) o.WriteLine("  Nothing pressing: keep the rhythm.");
    }

    /// <summary>One block character per week, scaled to the busiest week.</summary>
    internal static string Sparkline(IReadOnlyList<int> values)
    {
        const string blocks = " ▁▂▃▄▅▆▇█";
        if (values.Count == 0) return "";
        var max = Math.Max(1, values.Max());
        return string.Concat(values.Select(v => blocks[(int)Math.Ceiling(v * 8.0 / max)]));
    }

    private static void Section(TextWriter o, string title)
    {
        o.WriteLine();
        o.WriteLine(title);
    }

    private static string Pct(double share) => (share * 100).ToString("0", Inv) + "%";

    private static string F(FormattableString s) => s.ToString(Inv);
}
