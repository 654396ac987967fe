namespace Preround.Platforms.Twitter;

/// <summary>What an extracted entity is.</summary>
public enum EntityKind
{
    Url, Hashtag, Mention, Cashtag,
}

/// <summary>
/// A URL, hashtag, mention (or list) or cashtag found in a post.
/// </summary>
/// <param name="Kind">What it is.</param>
/// <param name="Value">The URL as written; the hashtag, screen name or cashtag without its sign.</param>
/// <param name="Start">UTF-16 index of the first character (the sign for tags and mentions).</param>
/// <param name="End">UTF-16 index just past the entity.</param>
/// <param name="ListSlug">For a mention of a list (<c>@user/list</c>) the <c>/list</c> part; otherwise empty.</param>
public sealed record TextEntity(EntityKind Kind, string Value, int Start, int End, string ListSlug = "")
{
    /// <summary>Length in UTF-16 code units.</summary>
    public int Length => End - Start;
}
