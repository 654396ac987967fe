using System.Text.Encodings.Web;
using System.Text.Json;
using Preround.Planning.Strategy;

namespace Preround.Planning.Review;

/// <summary>
/// The review as JSON. Stable keys: <c>weekly_counts</c> [{week, posts}] in ISO weeks, <c>promotional_share</c> (0 to 1),
/// <c>near_duplicate_groups</c> (arrays of post ids), <c>reply_targets</c> [{account, share}] largest first and
/// <c>actions</c> (strings), plus the detail behind them.
/// </summary>
public static class ReviewJsonWriter
{
    public static void Write(ReviewReport r, Stream output, bool indented = true)
    {
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteString("as_of", r.AsOf);
        w.WriteNumber("total_posts", r.TotalPosts);
        if (r.FirstPost is { } first) w.WriteString("first_post", first); else w.WriteNull("first_post");
        if (r.LastPost is { } last) w.WriteString("last_post", last); else w.WriteNull("last_post");

        w.WriteStartArray("weekly_counts");
        foreach (var week in r.Cadence.Weeks)
        {
            w.WriteStartObject();
            w.WriteString("week", week.Week);
            w.WriteNumber("posts", week.Posts);
            w.WriteNumber("replies", week.Replies);
            w.WriteNumber("reposts", week.Reposts);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteNumber("promotional_share", Round(r.Promotion.Share));

        w.WriteStartArray("near_duplicate_groups");
        foreach (var group in r.Variety.NearDuplicateGroups)
        {
            w.WriteStartArray();
            foreach (var id in group) w.WriteStringValue(id);
            w.WriteEndArray();
        }
        w.WriteEndArray();

        w.WriteStartArray("reply_targets");
        foreach (var t in r.Networking.ReplyTargets) Account(w, t);
        w.WriteEndArray();

        w.WriteStartArray("actions");
        foreach (var a in r.Actions) w.WriteStringValue(a.Text);
        w.WriteEndArray();

        w.WriteStartArray("action_details");
        foreach (var a in r.Actions)
        {
            w.WriteStartObject();
            w.WriteString("area", a.Area);
            w.WriteString("goal", a.Goal.Name());
            w.WriteString("text", a.Text);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        Cadence(w, r.Cadence);
        Promotion(w, r.Promotion);
        Variety(w, r.Variety);
        Lane(w, r.Lane);
        Mix(w, r.Mix);
        Engagement(w, r.Engagement);
        Networking(w, r.Networking);
        Queue(w, r.Queue);
        w.WriteEndObject();
    }

    private static void Cadence(Utf8JsonWriter w, CadenceReview c)
    {
        w.WriteStartObject("cadence");
        w.WriteNumber("average_per_week", Round(c.AveragePerWeek));
        w.WriteNumber("recent_per_week", Round(c.RecentPerWeek));
        if (c.TargetPerWeek is { } t) w.WriteNumber("target_per_week", t); else w.WriteNull("target_per_week");
        if (c.DropOff is { } d)
        {
            w.WriteStartObject("drop_off");
            w.WriteString("week", d.Week);
            w.WriteNumber("before_per_week", Round(d.BeforePerWeek));
            w.WriteNumber("after_per_week", Round(d.AfterPerWeek));
            w.WriteEndObject();
        }
        else w.WriteNull("drop_off");
        w.WriteNumber("gap_count", c.GapCount);
        w.WriteStartArray("longest_gaps");
        foreach (var g in c.Gaps)
        {
            w.WriteStartObject();
            w.WriteString("from", g.From);
            w.WriteString("to", g.To);
            w.WriteNumber("days", Math.Round(g.Days, 1));
            w.WriteBoolean("ongoing", g.Ongoing);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Promotion(Utf8JsonWriter w, PromotionReview p)
    {
        w.WriteStartObject("promotion");
        w.WriteNumber("considered", p.Considered);
        w.WriteNumber("promotional", p.Promotional);
        w.WriteNumber("share", Round(p.Share));
        w.WriteNumber("recommended_max_share", PromotionClassifier.RecommendedMaxShare);
        w.WriteBoolean("over_limit", p.OverLimit);
        Strings(w, "example_ids", p.ExampleIds);
        w.WriteEndObject();
    }

    private static void Variety(Utf8JsonWriter w, VarietyReview v)
    {
        w.WriteStartObject("variety");
        w.WriteNumber("compared", v.Compared);
        w.WriteNumber("repetitive_share", Round(v.RepetitiveShare));
        Topics(w, "topics", v.Topics);
        if (v.TopicEvenness is { } e) w.WriteNumber("topic_evenness", Round(e)); else w.WriteNull("topic_evenness");
        w.WriteEndObject();
    }

    private static void Lane(Utf8JsonWriter w, LaneReview? l)
    {
        if (l is null)
        {
            w.WriteNull("lane");
            return;
        }

        w.WriteStartObject("lane");
        w.WriteNumber("considered", l.Considered);
        w.WriteNumber("on_lane", l.OnLane);
        w.WriteNumber("share", Round(l.Share));
        Topics(w, "topics", l.LaneTopics);
        w.WriteEndObject();
    }

    private static void Mix(Utf8JsonWriter w, MixReview m)
    {
        w.WriteStartObject("mix");
        w.WriteNumber("originals", m.Originals);
        w.WriteNumber("quotes", m.Quotes);
        w.WriteNumber("replies", m.Replies);
        w.WriteNumber("self_replies", m.SelfReplies);
        w.WriteNumber("reposts", m.Reposts);
        w.WriteEndObject();
    }

    private static void Engagement(Utf8JsonWriter w, EngagementReview? e)
    {
        if (e is null)
        {
            w.WriteNull("engagement");
            return;
        }

        w.WriteStartObject("engagement");
        w.WriteNumber("posts_with_counts", e.PostsWithCounts);
        Slots(w, "by_weekday", e.ByWeekday);
        Slots(w, "by_hour", e.ByHour);
        Strings(w, "best_days", e.BestDays);
        w.WriteStartArray("best_hours");
        foreach (var h in e.BestHours) w.WriteNumberValue(h);
        w.WriteEndArray();
        Strings(w, "notes", e.Notes);
        w.WriteEndObject();
    }

    private static void Networking(Utf8JsonWriter w, NetworkingReview n)
    {
        w.WriteStartObject("networking");
        w.WriteNumber("interactions", n.Interactions);
        w.WriteNumber("distinct_accounts", n.DistinctAccounts);
        w.WriteNumber("top_three_share", Round(n.TopThreeShare));
        w.WriteBoolean("concentrated", n.Concentrated);
        if (n.HighProfileShare is { } hp) w.WriteNumber("high_profile_share", Round(hp)); else w.WriteNull("high_profile_share");
        if (n.PeerShare is { } ps) w.WriteNumber("peer_share", Round(ps)); else w.WriteNull("peer_share");
        w.WriteStartArray("mention_targets");
        foreach (var t in n.MentionTargets) Account(w, t);
        w.WriteEndArray();
        w.WriteStartArray("promoted");
        foreach (var t in n.Promoted) Account(w, t);
        w.WriteEndArray();
        w.WriteStartArray("follow_ups_owed");
        foreach (var f in n.FollowUpsOwed)
        {
            w.WriteStartObject();
            w.WriteString("name", f.Name);
            if (f.Handle is null) w.WriteNull("handle"); else w.WriteString("handle", f.Handle);
            w.WriteString("due", f.Due);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Queue(Utf8JsonWriter w, QueueReview? q)
    {
        if (q is null)
        {
            w.WriteNull("queue");
            return;
        }

        w.WriteStartObject("queue");
        w.WriteNumber("open", q.Open);
        w.WriteNumber("held", q.Held);
        w.WriteNumber("ready", q.Ready);
        w.WriteNumber("planned_next_4_weeks", q.PlannedNext4Weeks);
        if (q.PromotionalShare is { } s) w.WriteNumber("promotional_share", Round(s)); else w.WriteNull("promotional_share");
        w.WriteEndObject();
    }

    private static void Account(Utf8JsonWriter w, AccountShare a)
    {
        w.WriteStartObject();
        w.WriteString("account", a.Account);
        w.WriteNumber("count", a.Count);
        w.WriteNumber("share", Round(a.Share));
        w.WriteEndObject();
    }

    private static void Topics(Utf8JsonWriter w, string name, IReadOnlyList<TopicCount> topics)
    {
        w.WriteStartArray(name);
        foreach (var t in topics)
        {
            w.WriteStartObject();
            w.WriteString("topic", t.Topic);
            w.WriteNumber("posts", t.Posts);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Slots(Utf8JsonWriter w, string name, IReadOnlyList<SlotEngagement> slots)
    {
        w.WriteStartArray(name);
        foreach (var s in slots)
        {
            w.WriteStartObject();
            w.WriteString("slot", s.Slot);
            w.WriteNumber("posts", s.Posts);
            w.WriteNumber("average", Round(s.Average));
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private static double Round(double v) => Math.Round(v, 4);
}
