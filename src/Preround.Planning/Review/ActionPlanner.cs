using System.Globalization;
using Preround.Planning.Strategy;

namespace Preround.Planning.Review;

/// <summary>Turns a review into concrete next actions, each tied to the user's goal it serves.</summary>
internal static class ActionPlanner
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static IReadOnlyList<ReviewAction> Plan(ReviewReport r, ReviewInput input)
    {
        var s = input.Strategy;
        var actions = new List<ReviewAction>();
        void Add(string area, Goal goal, string text) => actions.Add(new ReviewAction($"{text} (serves your goal: {goal.Describe()})", goal, area));

        if (s is null)
        {
            Add("strategy", Goal.ProfessionalNetworking,
                "Set your goals, audience, lane and a weekly target with `preround plan init`, so this review can measure against them.");
        }

        var target = s?.WeeklyTarget ?? 2;
        var cadenceGoal = s?.PrimaryGoal ?? Goal.ProfessionalNetworking;
        var silence = r.Cadence.Gaps.FirstOrDefault(g => g.Ongoing);
        if (r.TotalPosts == 0)
        {
            Add("cadence", cadenceGoal, $"There are no posts in this history yet: queue {target} for next week with `preround plan slots` and `preround plan add`.");
        }
        else if (r.Cadence.DropOff is { } drop)
        {
            Add("cadence", cadenceGoal, F($"Your original posts fell from {Rate(drop.BeforePerWeek)} to {Rate(drop.AfterPerWeek)} from {drop.Week}. Commit to {target} a week you can keep: `preround plan slots` suggests spaced times; queue the next two weeks now."));
        }
        else if (silence is not null)
        {
            Add("cadence", cadenceGoal, F($"You have not posted for {silence.Days:0} days. Restart gently: queue one post this week and {target} a week after that."));
        }
        else if (s is not null && r.Cadence.RecentPerWeek < s.WeeklyTarget * 0.75)
        {
            Add("cadence", cadenceGoal, F($"The last eight weeks averaged {r.Cadence.RecentPerWeek:0.#} posts a week against your target of {s.WeeklyTarget}: fill the gap from the queue rather than in bursts."));
        }

        if (r.Promotion.OverLimit && r.Promotion.Considered >= 5)
        {
            var goal = Pick(s, Goal.RecruitmentOrPracticeGrowth, Goal.PatientEducation);
            Add("promotion", goal, F($"{Pct(r.Promotion.Share)} of your original posts promote (the 80/20 rule allows about 20%). For the next month, pair each promotional post with four that teach, answer a common question or share a colleague's work."));
        }

        if (r.Variety.NearDuplicateGroups.Count > 0)
        {
            var largest = r.Variety.NearDuplicateGroups[0];
            Add("variety", Pick(s, Goal.PatientEducation, Goal.ResearchDissemination),
                $"{r.Variety.NearDuplicateGroups.Count} group(s) of near-identical posts, the largest with {largest.Count} posts (ids {string.Join(", ", largest.Take(3))}…). Retire the copies and rework the idea in a new form: a question, a myth and fact, a short case-free teaching point.");
        }

        if (r.Lane is { Considered: >= 5 } lane)
        {
            var empty = lane.LaneTopics.Where(t => t.Posts == 0).Select(t => t.Topic).ToList();
            if (lane.Share < 0.5)
            {
                Add("lane", Pick(s, Goal.PatientEducation, Goal.ResearchDissemination, Goal.Advocacy),
                    F($"Only {Pct(lane.Share)} of your original posts touch your lane ({string.Join(", ", lane.LaneTopics.Select(t => t.Topic))}). Plan the next posts on those topics; people follow an account for what it reliably covers."));
            }
            else if (empty.Count > 0)
            {
                Add("lane", Pick(s, Goal.PatientEducation, Goal.ResearchDissemination), $"No post touched '{empty[0]}' yet: queue one on it this month.");
            }
        }
        else if (r.Variety.TopicEvenness is < 0.3 && r.Variety.Topics.Count >= 3)
        {
            Add("variety", Pick(s, Goal.PatientEducation), $"Most of your tagged posts are about '{r.Variety.Topics[0].Topic}': vary the angle within your lane.");
        }

        if (r.Mix.Total >= 20)
        {
            if (r.Mix.Share(r.Mix.Replies) < 0.1)
            {
                Add("mix", Pick(s, Goal.ProfessionalNetworking), F($"Only {Pct(r.Mix.Share(r.Mix.Replies))} of your activity is replies to others: reply thoughtfully to two peers' posts each week; conversation is how an account becomes a network."));
            }
            else if (r.Mix.Share(r.Mix.Reposts) > 0.5)
            {
                Add("mix", Pick(s, Goal.ProfessionalNetworking, Goal.ResearchDissemination), F($"{Pct(r.Mix.Share(r.Mix.Reposts))} of your activity is reposts: quote instead, with one sentence on why the post matters to your audience."));
            }
        }

        if (r.Engagement is { BestDays.Count: > 0 } e)
        {
            var hours = e.BestHours.Count > 0 ? " around " + string.Join(" or ", e.BestHours.Select(h => h.ToString("00", Inv) + ":00")) : "";
            Add("engagement", cadenceGoal, $"Your posts drew most response on {string.Join(" and ", e.BestDays)}{hours}: put your most important post of the week there.");
        }

        var n = r.Networking;
        if (n.Concentrated)
        {
            var top = string.Join(", ", n.ReplyTargets.Concat(n.MentionTargets).GroupBy(a => a.Account, StringComparer.OrdinalIgnoreCase)
                .OrderByDescending(g => g.Sum(a => a.Count)).Take(3).Select(g => "@" + g.Key));
            Add("networking", Pick(s, Goal.ProfessionalNetworking), F($"{Pct(n.TopThreeShare)} of your replies and mentions went to three accounts ({top}). Give half of your replies to peers and colleagues at your own level, and add them with `preround contacts add`."));
        }
        else if (n.HighProfileShare is >= 0.5)
        {
            Add("networking", Pick(s, Goal.ProfessionalNetworking), F($"{Pct(n.HighProfileShare)} of your replies and mentions go to high-profile accounts: networking upward only; engage peers whose work you value."));
        }

        if (n.Promoted.Count == 0 && r.Mix.Originals >= 20)
        {
            Add("networking", Pick(s, Goal.ProfessionalNetworking, Goal.ResearchDissemination), "You have not shared a colleague's work: this week, quote a peer's paper or talk with a sentence on why it matters.");
        }

        if (n.FollowUpsOwed.Count > 0)
        {
            var first = n.FollowUpsOwed[0];
            var more = n.FollowUpsOwed.Count > 1 ? $" and {n.FollowUpsOwed.Count - 1} more" : "";
            Add("networking", Pick(s, Goal.ProfessionalNetworking), F($"Follow up with {first.Name} (due {first.Due.UtcDateTime:yyyy-MM-dd}){more}: `preround contacts due` lists them."));
        }

        if (r.Queue is { } q)
        {
            if (q.Held > 0) Add("queue", cadenceGoal, $"{q.Held} queued draft(s) are in cooling-off: reread them when the hold ends before marking them ready.");
            if (s is not null && q.PlannedNext4Weeks < 4 * s.WeeklyTarget)
            {
                Add("queue", cadenceGoal, $"The queue holds {q.PlannedNext4Weeks} post(s) for the next four weeks against {4 * s.WeeklyTarget} planned: `preround plan slots` suggests times for the rest.");
            }

            if (q.PromotionalShare is > PromotionClassifier.RecommendedMaxShare && q.Open >= 5)
            {
                Add("queue", Pick(s, Goal.RecruitmentOrPracticeGrowth), F($"{Pct(q.PromotionalShare)} of the queued drafts promote: swap some for posts that teach."));
            }
        }
        else if (s is not null)
        {
            Add("queue", cadenceGoal, $"Your queue is empty: plan next week's {s.WeeklyTarget} post(s) with `preround plan slots` and `preround plan add`.");
        }

        return actions;
    }

    /// <summary>The first of <paramref name="preferred"/> the user has, else their main goal.</summary>
    private static Goal Pick(StrategyProfile? s, params Goal[] preferred)
    {
        if (s is null) return preferred[0];
        foreach (var g in preferred)
        {
            if (s.Goals.Contains(g)) return g;
        }

        return s.PrimaryGoal;
    }

    private static string F(FormattableString s) => s.ToString(Inv);

    /// <summary>"40%": invariant P0 would print "40 %".</summary>
    /// <summary>"4 a week", or "1.1 a month" below one a week, as people count sparse posting.</summary>
    internal static string Rate(double perWeek) =>
        perWeek >= 1 ? perWeek.ToString("0.#", Inv) + " a week" : (perWeek * 30.44 / 7).ToString("0.#", Inv) + " a month";

    internal static string Pct(double? share) => Pct(share ?? 0);

    internal static string Pct(double share) => (share * 100).ToString("0", Inv) + "%";
}
