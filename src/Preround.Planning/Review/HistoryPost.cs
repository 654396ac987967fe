using Preround.Core.Domain;

namespace Preround.Planning.Review;

/// <summary>What a past post is in relation to other posts.</summary>
public enum HistoryPostKind
{
    Original,
    Reply,
    Repost,
}

/// <summary>One post from the user's own history, as the review needs it (built from an archive import or a test).</summary>
public sealed record HistoryPost
{
    public required string Id { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required string Text { get; init; }

    public HistoryPostKind Kind { get; init; } = HistoryPostKind.Original;

    public Platform Platform { get; init; } = Platform.X;

    /// <summary>Account replied to (replies only), without a leading @.</summary>
    public string? InReplyToAccount { get; init; }

    /// <summary>True when the user replied to their own post (a thread): not a conversation with anyone.</summary>
    public bool IsSelfReply { get; init; }

    /// <summary>Account whose post was reposted (reposts only), without a leading @.</summary>
    public string? RepostOf { get; init; }

    /// <summary>URL of a quoted post; quoting someone's work counts as promoting it.</summary>
    public string? QuotedUrl { get; init; }

    public IReadOnlyList<string> Mentions { get; init; } = [];

    public IReadOnlyList<string> Hashtags { get; init; } = [];

    /// <summary>Likes or favourites, when the archive records them.</summary>
    public int? LikeCount { get; init; }

    /// <summary>Reposts, when the archive records them.</summary>
    public int? RepostCount { get; init; }
}
