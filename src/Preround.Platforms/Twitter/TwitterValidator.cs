using System.Text.RegularExpressions;

namespace Preround.Platforms.Twitter;

/// <summary>twitter-text's validity checks for a whole post and for single entities (its <c>validate.yml</c> is the contract).</summary>
public static class TwitterValidator
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    // RFC 3986 pieces, as twitter-text's validateUrl* patterns define them.
    private const string Unreserved = @"[a-z\u0400-\u04FF0-9\-._~]";
    private const string PctEncoded = "(?:%[0-9a-f]{2})";
    private const string SubDelims = "[!$&'()*+,;=]";
    private const string Pchar = $"(?:{Unreserved}|{PctEncoded}|{SubDelims}|[:|@])";
    private const string Userinfo = $"(?:{Unreserved}|{PctEncoded}|{SubDelims}|:)*";
    private const string DecOctet = "(?:[0-9]|(?:[1-9][0-9])|(?:1[0-9]{2})|(?:2[0-4][0-9])|(?:25[0-5]))";
    private const string Ipv4 = $"(?:{DecOctet}(?:\\.{DecOctet}){{3}})";
    private const string Ipv6 = @"(?:\[[a-f0-9:.]+\])";
    private const string Ip = $"(?:{Ipv4}|{Ipv6})";
    private const string UnicodeSubDomainSegment = @"(?:(?:[a-z0-9]|[^\u0000-\u007f])(?:(?:[a-z0-9_\-]|[^\u0000-\u007f])*(?:[a-z0-9]|[^\u0000-\u007f]))?)";
    private const string UnicodeDomainSegment = @"(?:(?:[a-z0-9]|[^\u0000-\u007f])(?:(?:[a-z0-9\-]|[^\u0000-\u007f])*(?:[a-z0-9]|[^\u0000-\u007f]))?)";
    private const string UnicodeDomainTld = @"(?:(?:[a-z]|[^\u0000-\u007f])(?:(?:[a-z0-9\-]|[^\u0000-\u007f])*(?:[a-z0-9]|[^\u0000-\u007f]))?)";
    private const string UnicodeDomain = $"(?:(?:{UnicodeSubDomainSegment}\\.)*(?:{UnicodeDomainSegment}\\.){UnicodeDomainTld})";
    private const string UnicodeAuthority = $"(?:({Userinfo})@)?((?:{Ip}|{UnicodeDomain}))(?::([0-9]{{1,5}}))?";

    private static readonly Regex Unencoded = new(@"^(?:([^:/?#]+)://)?([^/?#]*)([^?#]*)(?:\?([^#]*))?(?:#(.*))?\z", Options | RegexOptions.Singleline);
    private static readonly Regex Scheme = new(@"^(?:[a-z][a-z0-9+\-.]*)\z", Options);
    private static readonly Regex Path = new($"^(/{Pchar}*)*\\z", Options);
    private static readonly Regex QueryOrFragment = new($"^({Pchar}|/|\\?)*\\z", Options);
    private static readonly Regex Authority = new($"^{UnicodeAuthority}\\z", Options);
    private static readonly Regex ListPattern = new(
        "^(^|[^a-zA-Z0-9_!#$%&*@\uFF20]|(?:^|[^a-zA-Z0-9_+~.-])(?:rt|RT|rT|Rt):?)([@\uFF20])([a-zA-Z0-9_]{1,20})(/[a-zA-Z][a-zA-Z0-9_-]{0,24})?\\z",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>
    /// twitter-text <c>isValidTweetText</c>: not empty, within the config's limit, no invalid characters.
    /// </summary>
    public static bool IsValidTweetText(string text, TwitterTextConfig? config = null)
    {
        if (string.IsNullOrEmpty(text)) return false;
        config ??= TwitterTextConfig.V3;
        if (TweetLength.Parse(text, config).WeightedLength > config.MaxWeightedTweetLength) return false;
        foreach (var c in text)
        {
            if (TweetLength.IsInvalidChar(c)) return false;
        }
        return true;
    }

    /// <summary>A single <c>@username</c> and nothing else.</summary>
    public static bool IsValidUsername(string text)
    {
        if (string.IsNullOrEmpty(text)) return false;
        var mentions = TwitterExtractor.ExtractMentions(text);
        return mentions.Count == 1 && mentions[0].Value == text[1..];
    }

    /// <summary>A single <c>@username/list</c> and nothing else.</summary>
    public static bool IsValidList(string text)
    {
        var m = ListPattern.Match(text ?? string.Empty);
        return m.Success && m.Groups[1].Length == 0 && m.Groups[4].Success && m.Groups[4].Length > 0;
    }

    /// <summary>A single <c>#hashtag</c> and nothing else.</summary>
    public static bool IsValidHashtag(string text)
    {
        if (string.IsNullOrEmpty(text)) return false;
        var tags = TwitterExtractor.ExtractHashtags(text);
        return tags.Count == 1 && tags[0].Value == text[1..];
    }

    /// <summary>twitter-text <c>isValidUrl</c>: a whole http(s) URL (protocol required unless told otherwise), Unicode hosts allowed.</summary>
    public static bool IsValidUrl(string url, bool requireProtocol = true)
    {
        if (string.IsNullOrEmpty(url)) return false;
        var parts = Unencoded.Match(url);
        if (!parts.Success) return false;
        var scheme = parts.Groups[1];
        var authority = parts.Groups[2].Value;
        var path = parts.Groups[3].Value;
        if (requireProtocol)
        {
            if (!scheme.Success || !Scheme.IsMatch(scheme.Value)) return false;
            if (!scheme.Value.Equals("http", StringComparison.OrdinalIgnoreCase) && !scheme.Value.Equals("https", StringComparison.OrdinalIgnoreCase)) return false;
        }
        if (!Path.IsMatch(path)) return false;
        if (parts.Groups[4].Success && parts.Groups[4].Length > 0 && !QueryOrFragment.IsMatch(parts.Groups[4].Value)) return false;
        if (parts.Groups[5].Success && parts.Groups[5].Length > 0 && !QueryOrFragment.IsMatch(parts.Groups[5].Value)) return false;
        return Authority.IsMatch(authority);
    }
}
