namespace Preround.Platforms.Rules;

/// <summary>
/// Ids of the platform-fit (PR4001-PR4099), attribution (PR4101-PR4199) and spelling (PR4201-PR4299) rules.
/// Ids never change meaning.
/// </summary>
public static class PlatformRuleIds
{
    /// <summary>The post is longer than the platform accepts.</summary>
    public const string OverLimit = "PR4001";

    /// <summary>More hashtags than the platform allows or than reads well.</summary>
    public const string TooManyHashtags = "PR4002";

    /// <summary>More @mentions than the platform allows or than reads well.</summary>
    public const string TooManyMentions = "PR4003";

    /// <summary>More links than the platform allows (Threads: 5).</summary>
    public const string TooManyLinks = "PR4004";

    /// <summary>The post is a bare link with nothing said about it.</summary>
    public const string LinkOnly = "PR4005";

    /// <summary>An "RT"/"MT" repost marker with no @handle of the original author.</summary>
    public const string RetweetWithoutHandle = "PR4101";

    /// <summary>Content said to come from elsewhere ("found this on Reddit", "not mine") with no author named.</summary>
    public const string UncreditedRepost = "PR4102";

    /// <summary>A quotation of a sentence or more with no source given.</summary>
    public const string UnattributedQuote = "PR4103";

    /// <summary>A word the English and medical dictionaries do not know.</summary>
    public const string Misspelling = "PR4201";
}
