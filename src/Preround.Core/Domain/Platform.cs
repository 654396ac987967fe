namespace Preround.Core.Domain;

/// <summary>The network a draft is written for.</summary>
public enum Platform
{
    X, Bluesky, Mastodon, Threads, LinkedIn, Instagram, Facebook, TikTok,
}

/// <summary>Whose eyes the account is for; a personal account still carries one's name.</summary>
public enum AccountType
{
    Professional, Personal,
}

/// <summary>What kind of text the draft is: an original post, a comment, or a public reply to a patient review.</summary>
public enum DraftContext
{
    Post, Comment, ReviewReply,
}
