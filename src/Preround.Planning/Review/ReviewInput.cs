using Preround.Planning.Contacts;
using Preround.Planning.Queue;
using Preround.Planning.Strategy;

namespace Preround.Planning.Review;

/// <summary>What a review looks at: the history, and optionally the strategy, queue and contacts.</summary>
public sealed record ReviewInput
{
    public required IReadOnlyList<HistoryPost> History { get; init; }

    /// <summary>The review date; weeks and the current silence are counted up to it.</summary>
    public required DateTimeOffset AsOf { get; init; }

    public StrategyProfile? Strategy { get; init; }

    public IReadOnlyList<PlannedPost> Queue { get; init; } = [];

    public IReadOnlyList<Contact> Contacts { get; init; } = [];

    /// <summary>Accounts the user knows to be high-profile (large audiences, senior figures), without a leading @.</summary>
    public IReadOnlyCollection<string> HighProfileAccounts { get; init; } = [];

    /// <summary>The user's time zone, for weeks, weekdays and hours; local by default.</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Local;
}
