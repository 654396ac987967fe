using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Preround.Platforms.Twitter;

namespace Preround.Platforms.Bluesky;

/// <summary>
/// Finds mentions, links, hashtags and cashtags the way Bluesky's app does before posting (atproto
/// <c>packages/api/src/rich-text/detection.ts</c>); its test cases in shared/conformance are the contract.
/// </summary>
public static class BlueskyFacetDetector
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;
    private const string ZeroWidth = @"\u00AD\u2060\u200A\u200B\u200C\u200D\u20E2";

    // NOTE: ECMAScript mode gives JavaScript's ASCII-only \b and \d here.
    private static readonly Regex Mention = new(@"(^|\s|\()(@)([a-zA-Z0-9.-]+)(\b)", RegexOptions.ECMAScript | RegexOptions.Compiled);
    private static readonly Regex Link = new(
        @"(^|\s|\()((https?://\S+)|((?<domain>[a-z][a-z0-9]*(\.[a-z0-9]+)+)\S*))",
        Options | RegexOptions.IgnoreCase | RegexOptions.Multiline);
    private static readonly Regex Tag = new(
        $@"(^|\s)[#\uFF03]((?!\uFE0F)[^\s{ZeroWidth}]*[^0-9\s\p{{P}}{ZeroWidth}]+[^\s{ZeroWidth}]*)?", Options);
    private static readonly Regex Cashtag = new(@"(^|\s|\()\$([A-Za-z][A-Za-z0-9]{0,4})(?=\z|\s|\p{P})", Options);
    private static readonly Regex TrailingPunctuation = new(@"\p{P}+\z", Options);

    /// <summary>Every facet, in the order Bluesky builds them (mentions, links, tags, cashtags).</summary>
    public static IReadOnlyList<BlueskyFacet> Detect(string text)
    {
        var facets = new List<BlueskyFacet>();
        if (string.IsNullOrEmpty(text)) return facets;

        if (text.Contains('@'))
        {
            for (var m = Mention.Match(text); m.Success; m = m.NextMatch())
            {
                var handle = m.Groups[3].Value;
                if (!IsValidDomain(handle) && !handle.EndsWith(".test", StringComparison.Ordinal)) continue;
                var start = m.Groups[2].Index;
                facets.Add(Make(text, BlueskyFacetKind.Mention, start, start + 1 + handle.Length, handle));
            }
        }

        if (text.Contains('.'))
        {
            for (var m = Link.Match(text); m.Success; m = m.NextMatch())
            {
                var uri = m.Groups[2].Value;
                if (!uri.StartsWith("http", StringComparison.Ordinal))
                {
                    var domain = m.Groups["domain"];
                    if (!domain.Success || !IsValidDomain(domain.Value)) continue;
                    uri = "https://" + uri;
                }
                var start = m.Groups[2].Index;
                var end = start + m.Groups[2].Length;
                // Bluesky strips one trailing sentence mark, then a closing parenthesis that has no opening one.
                if (uri.Length > 0 && ".,;:!?".Contains(uri[^1]))
                {
                    uri = uri[..^1];
                    end--;
                }
                if (uri.EndsWith(')') && !uri.Contains('('))
                {
                    uri = uri[..^1];
                    end--;
                }
                facets.Add(Make(text, BlueskyFacetKind.Link, start, end, uri));
            }
        }

        if (text.Contains('#') || text.Contains('\uFF03'))
        {
            for (var m = Tag.Match(text); m.Success; m = m.NextMatch())
            {
                if (!m.Groups[2].Success || m.Groups[2].Length == 0) continue;
                var tag = TrailingPunctuation.Replace(m.Groups[2].Value.Trim(), "");
                if (tag.Length == 0 || tag.Length > 64) continue;
                var start = m.Index + m.Groups[1].Length;
                facets.Add(Make(text, BlueskyFacetKind.Tag, start, start + 1 + tag.Length, tag));
            }
        }

        if (text.Contains('$'))
        {
            for (var m = Cashtag.Match(text); m.Success; m = m.NextMatch())
            {
                var start = m.Groups[2].Index - 1;
                var symbol = "$" + m.Groups[2].Value.ToUpperInvariant();
                facets.Add(Make(text, BlueskyFacetKind.Tag, start, start + symbol.Length, symbol));
            }
        }
        return facets;
    }

    /// <summary>
    /// Bluesky's check that a handle or bare domain ends in a real TLD. Bluesky uses the npm <c>tlds</c> list;
    /// twitter-text's list (embedded) is the same IANA list at an earlier date.
    /// </summary>
    internal static bool IsValidDomain(string candidate)
    {
        var dot = candidate.LastIndexOf('.');
        if (dot < 0 || dot == candidate.Length - 1) return false;
        var tld = candidate[(dot + 1)..].ToLowerInvariant();
        return TldSet.Contains(tld);
    }

    private static readonly HashSet<string> TldSet = new(
        TopLevelDomains.Country.Concat(TopLevelDomains.Generic), StringComparer.Ordinal);

    private static BlueskyFacet Make(string text, BlueskyFacetKind kind, int start, int end, string value)
    {
        var byteStart = Encoding.UTF8.GetByteCount(text.AsSpan(0, start));
        var byteEnd = byteStart + Encoding.UTF8.GetByteCount(text.AsSpan(start, end - start));
        return new BlueskyFacet(kind, start, end, byteStart, byteEnd, value);
    }
}
