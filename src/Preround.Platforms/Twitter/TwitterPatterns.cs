using System.Text;
using System.Text.RegularExpressions;

namespace Preround.Platforms.Twitter;

/// <summary>
/// The URL patterns of twitter-text (js/src/regexp), rebuilt for .NET from their definitions. Both engines backtrack
/// the same way, so the same pattern finds the same matches.
/// </summary>
/// <remarks>
/// NOTE: JavaScript's <c>$</c> (without the m flag) is the end of input; .NET's also matches before a final newline,
/// so every end anchor here is <c>\z</c>.
/// </remarks>
internal static class TwitterPatterns
{
    public const string Spaces = @"\x09-\x0D\x20\x85\xA0\u1680\u180E\u2000-\u200A\u2028\u2029\u202F\u205F\u3000";
    public const string InvalidChars = @"\uFFFE\uFEFF\uFFFF";
    public const string DirectionalMarkers = @"\u202A-\u202E\u061C\u200E\u200F\u2066\u2067\u2068\u2069";
    public const string Punct = @"!'#%&()*+,\\\-./:;<=>?@\[\]\^_{|}~$";
    public const string LatinAccents = @"\xC0-\xD6\xD8-\xF6\xF8-\xFF\u0100-\u024F\u0253\u0254\u0256\u0257\u0259\u025B\u0263\u0268\u026F\u0272\u0289\u028B\u02BB\u0300-\u036F\u1E00-\u1EFF";
    public const string Cyrillic = @"\u0400-\u04FF";

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private static readonly string DomainChar = $"[^{Punct}{Spaces}{InvalidChars}{DirectionalMarkers}]";
    private static readonly string Subdomain = $"(?:(?:{DomainChar}(?:[_-]|{DomainChar})*)?{DomainChar}\\.)";
    private static readonly string DomainName = $"(?:(?:{DomainChar}(?:-|{DomainChar})*)?{DomainChar}\\.)";
    private static readonly string Gtld = TldAlternation(TopLevelDomains.Generic);
    private static readonly string Cctld = TldAlternation(TopLevelDomains.Country);
    private const string PunycodeTld = "(?:xn--[\\-0-9a-z]+)";
    private static readonly string Domain = $"(?:{Subdomain}*{DomainName}(?:{Gtld}|{Cctld}|{PunycodeTld}))";
    private static readonly string PathChar = $"[a-z{Cyrillic}0-9!*';:=+,.$/%#\\[\\]\\-\\u2013_~@|&{LatinAccents}]";
    private static readonly string BalancedParens = $"\\((?:{PathChar}+|(?:{PathChar}*\\({PathChar}+\\){PathChar}*))\\)";
    private static readonly string PathEnding = $"(?:[+\\-a-z{Cyrillic}0-9=_#/{LatinAccents}]|(?:{BalancedParens}))";
    private static readonly string UrlPath = $"(?:(?:{PathChar}*(?:{BalancedParens}{PathChar}*)*{PathEnding})|(?:@{PathChar}+/))";
    public const string QueryChar = @"[a-z0-9!?*'@();:&=+$/%#\[\]\-_.,~|]";
    public const string QueryEnding = @"[a-z0-9\-_&=#/]";
    private static readonly string Preceding = $"(?:[^A-Za-z0-9@\uFF20$#\uFF03{InvalidChars}]|[{DirectionalMarkers}]|^)";

    /// <summary>
    /// twitter-text <c>extractUrl</c>. Groups: 1 whole, 2 preceding character, 3 URL, 4 protocol, 5 domain,
    /// 6 port, 7 path, 8 query.
    /// </summary>
    public static readonly Regex ExtractUrl = new(
        $"(({Preceding})((https?://)?({Domain})(?::([0-9]+))?(/{UrlPath}*)?(\\?{QueryChar}*{QueryEnding})?))",
        Options);

    /// <summary>twitter-text <c>validAsciiDomain</c>: the ASCII-only domains inside a protocol-less match.</summary>
    public static readonly Regex AsciiDomain = new(
        $"(?:(?:[\\-a-z0-9{LatinAccents}]+)\\.)+(?:{Gtld}|{Cctld}|{PunycodeTld})",
        Options);

    /// <summary>twitter-text <c>validTcoUrl</c>.</summary>
    public static readonly Regex TcoUrl = new($"^https?://t\\.co/([a-z0-9]+)(?:\\?{QueryChar}*{QueryEnding})?", Options);

    /// <summary>twitter-text <c>invalidUrlWithoutProtocolPrecedingChars</c>.</summary>
    public static readonly Regex InvalidPrecedingWithoutProtocol = new(@"[-_./]\z", Options);

    private static string TldAlternation(IReadOnlyList<string> tlds)
    {
        var sb = new StringBuilder("(?:(?:");
        for (var i = 0; i < tlds.Count; i++)
        {
            if (i > 0) sb.Append('|');
            sb.Append(Regex.Escape(tlds[i]));
        }
        // NOTE: a TLD must not run on into more domain-ish characters ("example.community" is not ".com").
        sb.Append(")(?=[^0-9a-zA-Z@+-]|\\z))");
        return sb.ToString();
    }
}
