using Preround.Planning.Strategy;

namespace Preround.Planning.Review;

/// <summary>Original posts in one ISO week (replies and reposts counted apart).</summary>
/// <param name="Week">ISO week label, <c>2026-W07</c>.</param>
public sealed record WeeklyCount(string Week, DateOnly Start, int Posts, int Replies, int Reposts);

/// <summary>A sustained fall in weekly posts, from the week it began.</summary>
public sealed record DropOff(string Week, double BeforePerWeek, double AfterPerWeek);

/// <summary>A stretch without original posts; <see cref="To"/> is the review date for the current silence.</summary>
public sealed record PostingGap(DateTimeOffset From, DateTimeOffset To, bool Ongoing)
{
    public double Days => (To - From).TotalDays;
}

/// <summary>How often the user posted and whether it held.</summary>
public sealed record CadenceReview(
    IReadOnlyList<WeeklyCount> Weeks,
    double AveragePerWeek,
    double RecentPerWeek,
    DropOff? DropOff,
    IReadOnlyList<PostingGap> Gaps,
    int GapCount,
    int? TargetPerWeek);

/// <summary>Promotional posts against the 80/20 rule.</summary>
/// <param name="Considered">Original posts looked at (replies and reposts are not the author's broadcast).</param>
public sealed record PromotionReview(int Considered, int Promotional, double Share, IReadOnlyList<string> ExampleIds)
{
    public bool OverLimit => Share > PromotionClassifier.RecommendedMaxShare;
}

/// <summary>A topic (hashtag or lane topic) and how many original posts touch it.</summary>
public sealed record TopicCount(string Topic, int Posts);

/// <summary>Repetition and topic spread.</summary>
/// <param name="NearDuplicateGroups">Ids of near-identical posts, one array per group, largest group first.</param>
/// <param name="RepetitiveShare">Share of compared posts that belong to a group, beyond the first of each.</param>
/// <param name="TopicEvenness">Normalised entropy of the topic counts (1 = evenly spread, 0 = one topic); null without topics.</param>
public sealed record VarietyReview(
    IReadOnlyList<IReadOnlyList<string>> NearDuplicateGroups,
    int Compared,
    double RepetitiveShare,
    IReadOnlyList<TopicCount> Topics,
    double? TopicEvenness);

/// <summary>How many original posts stay within the user's lane.</summary>
public sealed record LaneReview(IReadOnlyList<TopicCount> LaneTopics, int Considered, int OnLane, double Share);

/// <summary>Originals, replies (to others and to oneself) and reposts.</summary>
public sealed record MixReview(int Originals, int Quotes, int Replies, int SelfReplies, int Reposts)
{
    public int Total => Originals + Replies + SelfReplies + Reposts;

    public double Share(int n) => Total == 0 ? 0 : n / (double)Total;
}

/// <summary>Average response (likes plus twice the reposts) for posts in one slot (a weekday or an hour).</summary>
public sealed record SlotEngagement(string Slot, int Posts, double Average);

/// <summary>Which days and hours drew responses.</summary>
public sealed record EngagementReview(
    int PostsWithCounts,
    IReadOnlyList<SlotEngagement> ByWeekday,
    IReadOnlyList<SlotEngagement> ByHour,
    IReadOnlyList<string> BestDays,
    IReadOnlyList<int> BestHours,
    IReadOnlyList<string> Notes);

/// <summary>An account and the share of the user's interactions it receives.</summary>
public sealed record AccountShare(string Account, int Count, double Share);

/// <summary>A contact whose follow-up is due.</summary>
public sealed record FollowUpOwed(string Name, string? Handle, DateTimeOffset Due);

/// <summary>Whom the user talks to and promotes.</summary>
/// <param name="ReplyTargets">Accounts replied to (not oneself), largest share first.</param>
/// <param name="TopThreeShare">Share of replies and mentions going to the three accounts the user addresses most.</param>
/// <param name="HighProfileShare">Share going to accounts known as high-profile (given, or mentors and sponsors among contacts); null when none is known.</param>
/// <param name="PeerShare">Share going to contacts marked as peers or collaborators; null without such contacts.</param>
/// <param name="Promoted">Accounts whose work the user reposts or quotes, most first.</param>
public sealed record NetworkingReview(
    IReadOnlyList<AccountShare> ReplyTargets,
    IReadOnlyList<AccountShare> MentionTargets,
    int Interactions,
    int DistinctAccounts,
    double TopThreeShare,
    bool Concentrated,
    double? HighProfileShare,
    double? PeerShare,
    IReadOnlyList<AccountShare> Promoted,
    IReadOnlyList<FollowUpOwed> FollowUpsOwed);

/// <summary>The queue seen against the strategy.</summary>
public sealed record QueueReview(int Open, int Held, int Ready, int PlannedNext4Weeks, double? PromotionalShare);

/// <summary>A concrete next step, tied to the goal it serves.</summary>
/// <param name="Area">What part of the review it comes from: cadence, promotion, variety, lane, mix, engagement, networking, queue, strategy.</param>
public sealed record ReviewAction(string Text, Goal Goal, string Area);

/// <summary>Everything <c>plan review</c> reports.</summary>
public sealed record ReviewReport(
    DateTimeOffset AsOf,
    int TotalPosts,
    DateTimeOffset? FirstPost,
    DateTimeOffset? LastPost,
    CadenceReview Cadence,
    PromotionReview Promotion,
    VarietyReview Variety,
    LaneReview? Lane,
    MixReview Mix,
    EngagementReview? Engagement,
    NetworkingReview Networking,
    QueueReview? Queue,
    IReadOnlyList<ReviewAction> Actions,
    StrategyProfile? Strategy);
