using Preround.Planning.Strategy;

namespace Preround.Planning.Queue;

/// <summary>Which planned posts to list.</summary>
/// <param name="Statuses">Only these statuses; null or empty for all.</param>
/// <param name="From">Planned at or after (inclusive).</param>
/// <param name="To">Planned before (exclusive).</param>
public sealed record QueueFilter(IReadOnlyCollection<PlannedPostStatus>? Statuses = null, DateTimeOffset? From = null, DateTimeOffset? To = null)
{
    /// <summary>Everything not dropped or done.</summary>
    public static QueueFilter Open { get; } = new([PlannedPostStatus.Queued, PlannedPostStatus.Ready]);

    /// <summary>Everything.</summary>
    public static QueueFilter All { get; } = new();
}

/// <summary>Where the strategy and the queue are kept (SQLite or PostgreSQL in <c>Preround.Storage</c>).</summary>
public interface IPlanStore
{
    Task<StrategyProfile?> GetStrategyAsync(CancellationToken ct = default);

    Task SaveStrategyAsync(StrategyProfile profile, CancellationToken ct = default);

    Task<PlannedPost?> GetPostAsync(long id, CancellationToken ct = default);

    /// <summary>Posts matching <paramref name="filter"/>, ordered by planned time then id.</summary>
    Task<IReadOnlyList<PlannedPost>> ListPostsAsync(QueueFilter filter, CancellationToken ct = default);

    /// <summary>Stores new posts in one transaction: all or none. Returns them with their ids.</summary>
    Task<IReadOnlyList<PlannedPost>> AddPostsAsync(IReadOnlyList<PlannedPost> posts, CancellationToken ct = default);

    /// <summary>Replaces a stored post (matched by id), findings included.</summary>
    Task UpdatePostAsync(PlannedPost post, CancellationToken ct = default);
}
