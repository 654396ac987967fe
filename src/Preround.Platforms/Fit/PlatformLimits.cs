using Preround.Core.Domain;

namespace Preround.Platforms.Fit;

/// <summary>
/// One platform's limits. Defaults come from the embedded <c>platform-limits.json</c> (sources inside it); every
/// value can be overridden, because servers (Mastodon) and policies (Instagram's hashtag cap) differ.
/// </summary>
public sealed record PlatformLimits
{
    /// <summary>The platform these limits are for.</summary>
    public required Platform Platform { get; init; }

    /// <summary>Longest post, in the platform's own unit (weighted characters on X, graphemes on Bluesky and Mastodon, UTF-16 characters elsewhere).</summary>
    public required int Limit { get; init; }

    /// <summary>Bluesky: longest post in UTF-8 bytes.</summary>
    public int? ByteLimit { get; init; }

    /// <summary>LinkedIn: longest comment.</summary>
    public int? CommentLimit { get; init; }

    /// <summary>Threads: most links in one post.</summary>
    public int? MaxLinks { get; init; }

    /// <summary>Instagram: most hashtags in one caption (5 since 2025; the older rule was 30).</summary>
    public int? MaxHashtags { get; init; }

    /// <summary>Instagram: most @mentions in one caption.</summary>
    public int? MaxMentions { get; init; }

    /// <summary>Mastodon: what a URL with a scheme counts as.</summary>
    public int UrlLength { get; init; } = 23;

    /// <summary>Where the numbers come from.</summary>
    public string Source { get; init; } = "";

    /// <summary>The limit for a draft in <paramref name="context"/> (comments have their own on LinkedIn).</summary>
    public int LimitFor(DraftContext context) => context == DraftContext.Comment && CommentLimit is { } c ? c : Limit;
}
