namespace Preround.Archives.Model;

/// <summary>What a post is in relation to other posts.</summary>
public enum PostKind
{
    /// <summary>Written by the author as a new post (quotes of other posts included: the words are the author's).</summary>
    Original,

    /// <summary>An answer to another post, or a comment on someone's post (self-threads included).</summary>
    Reply,

    /// <summary>Someone else's post shared as is (a retweet, a boost, a repost); the words are usually not the author's.</summary>
    Repost,
}

/// <summary>Who could see a post when it was published, where the archive says.</summary>
public enum PostVisibility
{
    /// <summary>The archive does not say.</summary>
    Unknown,

    /// <summary>Anyone, including search engines and archive sites.</summary>
    Public,

    /// <summary>Public but kept out of public timelines (Mastodon "unlisted").</summary>
    Unlisted,

    /// <summary>Followers or connections only (Mastodon followers-only, LinkedIn MEMBER_NETWORK).</summary>
    Followers,

    /// <summary>Only the people addressed: a direct message. Importers leave these out unless asked.</summary>
    Direct,
}

/// <summary>Lower-case names used in JSON and CSV output.</summary>
public static class PostWireNames
{
    /// <summary><c>original</c>, <c>reply</c> or <c>repost</c>.</summary>
    public static string Name(this PostKind kind) => kind switch
    {
        PostKind.Reply => "reply",
        PostKind.Repost => "repost",
        _ => "original",
    };

    /// <summary><c>unknown</c>, <c>public</c>, <c>unlisted</c>, <c>followers</c> or <c>direct</c>.</summary>
    public static string Name(this PostVisibility visibility) => visibility.ToString().ToLowerInvariant();
}
