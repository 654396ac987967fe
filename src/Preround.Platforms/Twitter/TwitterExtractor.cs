using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Preround.Platforms.Twitter;

/// <summary>
/// Extracts URLs, hashtags, mentions, lists, replies and cashtags exactly as twitter-text does (its conformance
/// suite <c>extract.yml</c> is the contract). Indices are UTF-16 code units, like twitter-text's JavaScript version.
/// </summary>
public static class TwitterExtractor
{
    /// <summary>URLs longer than this (with the protocol and the punycode form of the host) are not links on X.</summary>
    public const int MaxUrlLength = 4096;

    private const int MaxTcoSlugLength = 40;

    private static readonly Regex MentionOrList = new(
        "(^|[^a-zA-Z0-9_!#$%&*@\uFF20]|(?:^|[^a-zA-Z0-9_+~.-])(?:rt|RT|rT|Rt):?)([@\uFF20])([a-zA-Z0-9_]{1,20})(/[a-zA-Z][a-zA-Z0-9_-]{0,24})?",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex EndMention = new(
        $"^(?:[@\uFF20]|[{TwitterPatterns.LatinAccents}]|://)", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex Reply = new(
        $"^(?:[{TwitterPatterns.Spaces}])*[@\uFF20]([a-zA-Z0-9_]{{1,20}})", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex Cashtag = new(
        $"(^|[{TwitterPatterns.Spaces}])(\\$)([a-z]{{1,6}}(?:[._][a-z]{{1,2}})?)(?=\\z|\\s|[{TwitterPatterns.Punct}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Every entity, overlaps removed (the earlier one wins), in text order.</summary>
    public static IReadOnlyList<TextEntity> ExtractEntities(string text, bool urlsWithoutProtocol = true)
    {
        var all = new List<TextEntity>();
        all.AddRange(ExtractUrls(text, urlsWithoutProtocol));
        all.AddRange(ExtractMentionsOrLists(text));
        all.AddRange(ExtractHashtags(text, checkUrlOverlap: false));
        all.AddRange(ExtractCashtags(text));
        return RemoveOverlapping(all);
    }

    /// <summary>
    /// URLs with and (by default) without a protocol. Protocol-less ones are found only for ASCII domains with a
    /// known TLD, as on X.
    /// </summary>
    public static IReadOnlyList<TextEntity> ExtractUrls(string text, bool withoutProtocol = true)
    {
        if (string.IsNullOrEmpty(text)) return [];
        if (withoutProtocol ? text.IndexOf('.') < 0 : text.IndexOf(':') < 0) return [];
        List<TextEntity>? urls = null;
        var segmentStart = 0;
        while (segmentStart < text.Length)
        {
            var segmentEnd = UrlScanner.ChunkEnd(text, segmentStart, out var candidate);
            if (candidate) ScanChunk(text, segmentStart, segmentEnd, withoutProtocol, ref urls);
            segmentStart = segmentEnd + 1;
        }
        return urls ?? (IReadOnlyList<TextEntity>)[];
    }

    /// <summary>The URLs of one space-separated chunk, read by hand when it has the common shape, else by the pattern.</summary>
    internal static void ScanChunk(string text, int segmentStart, int segmentEnd, bool withoutProtocol, ref List<TextEntity>? urls)
    {
        switch (UrlScanner.FastPath(text, segmentStart, segmentEnd, withoutProtocol, out var start, out var end))
        {
            case UrlScanner.Outcome.NoUrl:
                return;
            case UrlScanner.Outcome.OneUrl:
                (urls ??= []).Add(new TextEntity(EntityKind.Url, text[start..end], start, end));
                return;
            default:
                ScanChunkByPattern(text, segmentStart, segmentEnd, withoutProtocol, ref urls);
                return;
        }
    }

    /// <summary>The URLs of one chunk found by twitter-text's full pattern (the reference the fast path must agree with).</summary>
    internal static void ScanChunkByPattern(string text, int segmentStart, int segmentEnd, bool withoutProtocol, ref List<TextEntity>? urls)
    {
        // NOTE: running the pattern from the space before the chunk gives exactly the matches a scan from the start of
        // the text would. The window ends at the chunk's end; a space (or the end of text) follows it, which is all the
        // TLD look-ahead needs, and without the bound a failing search would run on to the end of the text.
        var from = segmentStart > 0 ? segmentStart - 1 : 0;
        for (var m = TwitterPatterns.ExtractUrl.Match(text, from, segmentEnd - from); m.Success; m = m.NextMatch())
        {
            AddUrlMatch(text, m, withoutProtocol, urls ??= []);
        }
    }

    /// <summary>Like <see cref="ExtractUrls"/> but with the full pattern on every candidate chunk (for equivalence tests).</summary>
    internal static IReadOnlyList<TextEntity> ExtractUrlsByPattern(string text, bool withoutProtocol = true)
    {
        if (string.IsNullOrEmpty(text)) return [];
        List<TextEntity>? urls = null;
        var segmentStart = 0;
        while (segmentStart < text.Length)
        {
            var segmentEnd = UrlScanner.ChunkEnd(text, segmentStart, out _);
            ScanChunkByPattern(text, segmentStart, segmentEnd, withoutProtocol, ref urls);
            segmentStart = segmentEnd + 1;
        }
        return urls ?? (IReadOnlyList<TextEntity>)[];
    }

    private static void AddUrlMatch(string text, Match m, bool withoutProtocol, List<TextEntity> urls)
    {
        var before = m.Groups[2].Value;
        var urlGroup = m.Groups[3];
        var protocol = m.Groups[4].Value;
        var domain = m.Groups[5].Value;
        var path = m.Groups[7].Value;
        var start = urlGroup.Index;
        var end = urlGroup.Index + urlGroup.Length;
        var url = urlGroup.Value;

        if (!IsValidExtractedUrl(url, protocol.Length > 0 ? protocol : "https://", domain)) return;

        if (protocol.Length == 0)
        {
            if (!withoutProtocol || TwitterPatterns.InvalidPrecedingWithoutProtocol.IsMatch(before)) return;
            TextEntity? last = null;
            for (var d = TwitterPatterns.AsciiDomain.Match(domain); d.Success; d = d.NextMatch())
            {
                last = new TextEntity(EntityKind.Url, d.Value, start + d.Index, start + d.Index + d.Length);
                urls.Add(last);
            }
            if (last is null) return;
            if (path.Length > 0)
            {
                // twitter-text: the last ASCII domain takes the path and query with it.
                var at = url.IndexOf(domain, StringComparison.Ordinal);
                var full = url[..at] + last.Value + url[(at + domain.Length)..];
                urls[^1] = last with { Value = full, End = end };
            }
            return;
        }

        var tco = TwitterPatterns.TcoUrl.Match(url);
        if (tco.Success)
        {
            if (tco.Groups[1].Length > MaxTcoSlugLength) return;
            url = tco.Value;
            end = start + url.Length;
        }
        urls.Add(new TextEntity(EntityKind.Url, url, start, end));
    }

    private static bool IsValidExtractedUrl(string url, string protocol, string domain)
    {
        if (domain.StartsWith("xn--", StringComparison.Ordinal) && !TwitterPatterns.AsciiDomain.IsMatch(domain)) return false;
        foreach (var label in domain.Split('.'))
        {
            var ascii = Text.Punycode.ToAsciiLabel(label);
            // DNS labels are 1 to 63 characters once punycode-encoded.
            if (ascii.Length < 1 || ascii.Length > 63) return false;
        }
        // NOTE: twitter-text's idna.toAscii checks the encoded labels but hands back the domain unchanged, so the
        // 4096 limit applies to the URL as written plus the protocol it gets when it has none.
        return protocol.Length + url.Length <= MaxUrlLength;
    }

    /// <summary>Hashtags (without the sign); by default those inside a URL are dropped.</summary>
    public static IReadOnlyList<TextEntity> ExtractHashtags(string text, bool checkUrlOverlap = true)
    {
        if (string.IsNullOrEmpty(text) || (text.IndexOf('#') < 0 && text.IndexOf('\uFF03') < 0)) return [];
        var tags = new List<TextEntity>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '#' && c != '\uFF03') continue;
            if (!IsHashtagBoundaryBefore(text, i)) continue;
            var bodyStart = i + 1;
            if (bodyStart < text.Length && (text[bodyStart] == '\uFE0F' || text[bodyStart] == '\u20E3')) continue;
            var j = bodyStart;
            var hasLetter = false;
            while (j < text.Length)
            {
                var cp = CodePointAt(text, j, out var width);
                if (!IsHashtagAlphaNumeric(cp)) break;
                hasLetter |= IsHashtagLetter(cp);
                j += width;
            }
            if (!hasLetter) continue;
            if (!StartsWithHashOrScheme(text, j))
            {
                tags.Add(new TextEntity(EntityKind.Hashtag, text[bodyStart..j], i, j));
            }
            i = j - 1;
        }
        if (checkUrlOverlap && tags.Count > 0)
        {
            var urls = ExtractUrls(text);
            if (urls.Count > 0)
            {
                var merged = RemoveOverlapping([.. tags, .. urls]);
                return merged.Where(e => e.Kind == EntityKind.Hashtag).ToList();
            }
        }
        return tags;
    }

    /// <summary>Mentions of users and lists (<c>@user/list</c>).</summary>
    public static IReadOnlyList<TextEntity> ExtractMentionsOrLists(string text)
    {
        if (string.IsNullOrEmpty(text) || (text.IndexOf('@') < 0 && text.IndexOf('\uFF20') < 0)) return [];
        var found = new List<TextEntity>();
        for (var m = MentionOrList.Match(text); m.Success; m = m.NextMatch())
        {
            var after = m.Index + m.Length;
            if (EndMention.IsMatch(text.AsSpan(after))) continue;
            var start = m.Groups[2].Index;
            var slug = m.Groups[4].Value;
            found.Add(new TextEntity(EntityKind.Mention, m.Groups[3].Value, start, start + 1 + m.Groups[3].Length + slug.Length, slug));
        }
        return found;
    }

    /// <summary>Mentions of users only (lists left out).</summary>
    public static IReadOnlyList<TextEntity> ExtractMentions(string text) =>
        ExtractMentionsOrLists(text).Where(e => e.ListSlug.Length == 0).ToList();

    /// <summary>The screen name a post replies to (a mention at its very start), or null.</summary>
    public static string? ExtractReplyScreenName(string text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var m = Reply.Match(text);
        if (!m.Success || EndMention.IsMatch(text.AsSpan(m.Index + m.Length))) return null;
        return m.Groups[1].Value;
    }

    /// <summary>Cashtags such as <c>$TEST</c> (value without the sign).</summary>
    public static IReadOnlyList<TextEntity> ExtractCashtags(string text)
    {
        if (string.IsNullOrEmpty(text) || text.IndexOf('$') < 0) return [];
        var found = new List<TextEntity>();
        for (var m = Cashtag.Match(text); m.Success; m = m.NextMatch())
        {
            var start = m.Groups[2].Index;
            found.Add(new TextEntity(EntityKind.Cashtag, m.Groups[3].Value, start, start + 1 + m.Groups[3].Length));
        }
        return found;
    }

    /// <summary>twitter-text <c>removeOverlappingEntities</c>: sort by start (stable), drop any that overlaps the one kept before it.</summary>
    public static IReadOnlyList<TextEntity> RemoveOverlapping(IEnumerable<TextEntity> entities)
    {
        var kept = new List<TextEntity>();
        foreach (var e in entities.OrderBy(e => e.Start))
        {
            if (kept.Count > 0 && kept[^1].End > e.Start) continue;
            kept.Add(e);
        }
        return kept;
    }

    internal static bool IsSpace(char c) => UrlScanner.IsSpace(c);

    private static bool IsHashtagBoundaryBefore(string text, int hashIndex)
    {
        if (hashIndex == 0) return true;
        var prev = text[hashIndex - 1];
        if (prev is '\uFE0E' or '\uFE0F') return true;
        int cp = prev;
        if (char.IsLowSurrogate(prev))
        {
            if (hashIndex < 2 || !char.IsHighSurrogate(text[hashIndex - 2])) return false;
            cp = char.ConvertToUtf32(text[hashIndex - 2], prev);
        }
        else if (char.IsHighSurrogate(prev)) return false;
        return cp != '&' && !IsHashtagAlphaNumeric(cp);
    }

    private static bool StartsWithHashOrScheme(string text, int index) =>
        index < text.Length && (text[index] == '#' || text[index] == '\uFF03' || text.AsSpan(index).StartsWith("://"));

    private static int CodePointAt(string text, int index, out int width)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(c, text[index + 1]);
        }
        width = 1;
        return c;
    }

    // twitter-text: letters and marks (hashtagAlpha), plus decimal digits and a few joiners (hashtagAlphaNumeric).
    internal static bool IsHashtagLetter(int cp)
    {
        var cat = CharUnicodeInfo.GetUnicodeCategory(cp);
        return cat <= UnicodeCategory.EnclosingMark;
    }

    internal static bool IsHashtagAlphaNumeric(int cp)
    {
        if (cp < 0x80)
        {
            return (uint)((cp | 0x20) - 'a') <= 'z' - 'a' || (uint)(cp - '0') <= 9 || cp == '_';
        }
        var cat = CharUnicodeInfo.GetUnicodeCategory(cp);
        if (cat <= UnicodeCategory.EnclosingMark || cat == UnicodeCategory.DecimalDigitNumber) return true;
        return cp is 0x200C or 0x200D or 0xA67E or 0x05BE or 0x05F3 or 0x05F4 or 0xFF5E or 0x301C or 0x309B or 0x309C
            or 0x30A0 or 0x30FB or 0x3003 or 0x0F0B or 0x0F0C or 0xB7;
    }
}
