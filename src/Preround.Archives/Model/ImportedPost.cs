using Preround.Core.Domain;

namespace Preround.Archives.Model;

/// <summary>
/// One post read from a platform archive, in the same shape for every platform. Importers fill what their format
/// knows and leave the rest null or empty; nothing here is guessed.
/// </summary>
public sealed record ImportedPost
{
    /// <summary>The platform's own id (tweet id, status URI, record key, share URN), or a stable synthetic one (<c>file:row</c>) when it has none.</summary>
    public required string Id { get; init; }

    /// <summary>Where the post was published.</summary>
    public required Platform Platform { get; init; }

    /// <summary>When it was published, with the offset the archive gave (UTC for most).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Original, reply or repost.</summary>
    public required PostKind Kind { get; init; }

    /// <summary>The text as a reader saw it: HTML entities decoded, markup removed, mojibake repaired. May be empty (photo-only posts).</summary>
    public required string Text { get; init; }

    /// <summary>A link to the post on the platform, when it can be built.</summary>
    public string? Url { get; init; }

    /// <summary>The handle or id of the account replied to (replies only).</summary>
    public string? InReplyToAccount { get; init; }

    /// <summary>The id or URI of the post replied to (replies only).</summary>
    public string? InReplyToId { get; init; }

    /// <summary>True when the author replied to their own post (a thread).</summary>
    public bool IsSelfReply { get; init; }

    /// <summary>The original author (handle) or URI of what was reposted (reposts only).</summary>
    public string? RepostOf { get; init; }

    /// <summary>The URL of a quoted post, when the author quoted one.</summary>
    public string? QuotedUrl { get; init; }

    /// <summary>Accounts mentioned, as handles without the leading @ where the archive gives them.</summary>
    public IReadOnlyList<string> Mentions { get; init; } = [];

    /// <summary>Hashtags without the leading #.</summary>
    public IReadOnlyList<string> Hashtags { get; init; } = [];

    /// <summary>Links in the post, expanded where the archive gives the expansion.</summary>
    public IReadOnlyList<string> Links { get; init; } = [];

    /// <summary>Photos, videos and other attachments.</summary>
    public IReadOnlyList<MediaItem> Media { get; init; } = [];

    /// <summary>Likes or favourites, when the archive records them.</summary>
    public int? LikeCount { get; init; }

    /// <summary>Reposts or retweets, when the archive records them.</summary>
    public int? RepostCount { get; init; }

    /// <summary>Who could see it.</summary>
    public PostVisibility Visibility { get; init; }

    /// <summary>A content warning or spoiler text the author set (Mastodon <c>summary</c>, Bluesky self-labels).</summary>
    public string? ContentWarning { get; init; }

    /// <summary>Where the post itself was geotagged (old tweets, Facebook check-ins).</summary>
    public GeoPoint? Location { get; init; }

    /// <summary>Named place attached to the post (a check-in), when any.</summary>
    public string? PlaceName { get; init; }

    /// <summary>Language tag the platform assigned, when any.</summary>
    public string? Language { get; init; }

    /// <summary>When the author deleted it, for posts the archive keeps as deleted (X <c>deleted-tweets.js</c>). Deleted is not erased.</summary>
    public DateTimeOffset? DeletedAt { get; init; }

    /// <summary>The archive file the post came from, relative to the archive root.</summary>
    public string? SourceFile { get; init; }

    /// <summary>True for posts the author already deleted.</summary>
    public bool IsDeleted => DeletedAt is not null;
}
