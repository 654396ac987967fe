namespace Preround.Platforms.Twitter;

/// <summary>
/// Finds URLs the way twitter-text's <c>extractUrl</c> pattern does, without running the pattern on ordinary text.
/// </summary>
/// <remarks>
/// No URL contains one of twitter-text's space characters, so the text is cut into space-separated chunks and only
/// chunks holding a ".x" (every TLD starts with a letter) can hold one. A chunk of the common shape — an optional
/// "(" and http(s) protocol, an ASCII host whose labels are letters, digits and inner hyphens, a path and query of
/// plain ASCII, then nothing but punctuation — is read by hand with the TLD looked up in a set
/// (<see cref="FastPath"/>); any other chunk falls back to the full pattern, so both give the same answer
/// (<c>UrlScannerEquivalenceTests</c> compares them).
/// </remarks>
internal static class UrlScanner
{
    /// <summary>What the hand-written reading of a chunk concluded.</summary>
    internal enum Outcome { NoUrl, OneUrl, Fallback }

    /// <summary>True for the characters twitter-text's URL pattern treats as spaces.</summary>
    public static bool IsSpace(char c) =>
        c is >= '\x09' and <= '\x0D' or ' ' or '\x85' or '\xA0' or '\u1680' or '\u180E' or >= '\u2000' and <= '\u200A'
            or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000';

    /// <summary>Finds the end of the chunk starting at <paramref name="start"/> and whether it may hold a URL.</summary>
    public static int ChunkEnd(string text, int start, out bool candidate)
    {
        candidate = false;
        var end = start;
        while (end < text.Length)
        {
            var c = text[end];
            if (c <= ' ' || c >= '\x85') { if (IsSpace(c)) break; }
            if (c == '.' && end + 1 < text.Length)
            {
                var next = text[end + 1];
                if (next >= 0x80 || (uint)((next | 0x20) - 'a') <= 'z' - 'a') candidate = true;
            }
            end++;
        }
        return end;
    }

    /// <summary>
    /// Reads the chunk <c>[start, end)</c> by hand. <paramref name="entityStart"/>..<paramref name="entityEnd"/> is
    /// the URL entity when the outcome is <see cref="Outcome.OneUrl"/>.
    /// </summary>
    public static Outcome FastPath(string text, int start, int end, bool withoutProtocol, out int entityStart, out int entityEnd)
    {
        entityStart = entityEnd = 0;
        var i = start;
        // NOTE: "(" is punctuation, so the pattern's attempt at the space fails there and the next attempt takes the
        // "(" as the character before the URL; a quote mark would not do (twitter-text counts '"' as a domain character).
        if (i < end && text[i] == '(') i++;
        var urlStart = i;
        var protocol = ProtocolLength(text, i, end);
        i += protocol;

        // The host: ASCII letters, digits, hyphens and dots.
        var hostStart = i;
        while (i < end && (IsAsciiAlphaNumeric(text[i]) || text[i] is '-' or '.')) i++;
        var hostEnd = i;
        if (i < end && !IsAllowedAfterHost(text[i])) return Outcome.Fallback;
        while (hostEnd > hostStart && text[hostEnd - 1] == '.') hostEnd--;
        var trailingDots = hostEnd < i;
        if (hostEnd == hostStart || text[hostStart] == '.') return Outcome.Fallback;

        // Labels: each 1..63 long, starting and ending with a letter or digit, no "xn--" (punycode needs the pattern).
        var labels = 0;
        var tldEnd = -1;
        var labelStart = hostStart;
        for (var p = hostStart; p <= hostEnd; p++)
        {
            if (p < hostEnd && text[p] != '.') continue;
            var length = p - labelStart;
            if (length is 0 or > 63 || text[labelStart] == '-' || text[p - 1] == '-') return Outcome.Fallback;
            if (length >= 4 && text.AsSpan(labelStart, 4).Equals("xn--", StringComparison.OrdinalIgnoreCase)) return Outcome.Fallback;
            labels++;
            // The pattern is greedy: the last label that is a known TLD ends the domain.
            if (labels >= 2 && TopLevelDomains.IsAsciiTld(text.AsSpan(labelStart, length))) tldEnd = p;
            labelStart = p + 1;
        }
        if (labels < 2) return Outcome.Fallback;
        if (tldEnd < 0)
        {
            // No TLD among the labels, so no attempt inside the host can match; what follows must be plain punctuation.
            return OnlyPunctuation(text, i, end) ? Outcome.NoUrl : Outcome.Fallback;
        }
        if (protocol > 0 && IsTco(text, hostStart, tldEnd)) return Outcome.Fallback;

        var matchEnd = tldEnd;
        var pathFound = false;
        if (tldEnd == hostEnd && !trailingDots && i < end)
        {
            if (text[i] == '/')
            {
                var p = i + 1;
                var pathEnd = p;
                while (p < end && IsPlainPathChar(text[p]))
                {
                    if (IsPathEnding(text[p])) pathEnd = p + 1;
                    p++;
                }
                if (p < end && MayContinuePath(text[p])) return Outcome.Fallback;
                matchEnd = pathEnd;
                pathFound = true;
                if (pathEnd == p && p < end && text[p] == '?') matchEnd = QueryEnd(text, p, end);
            }
            else if (text[i] == '?')
            {
                matchEnd = QueryEnd(text, i, end);
            }
        }
        if (!OnlyPunctuation(text, matchEnd, end)) return Outcome.Fallback;
        // twitter-text drops URLs longer than 4096 with the protocol they get ("https://" when they have none).
        if ((protocol > 0 ? 0 : 8) + matchEnd - urlStart > TwitterExtractor.MaxUrlLength) return Outcome.Fallback;

        if (protocol == 0)
        {
            if (!withoutProtocol) return Outcome.NoUrl;
            // twitter-text: without a protocol the URL is the domain, and takes its path (and query) only when it has a path.
            entityStart = urlStart;
            entityEnd = pathFound ? matchEnd : tldEnd;
            return Outcome.OneUrl;
        }
        entityStart = urlStart;
        entityEnd = matchEnd;
        return Outcome.OneUrl;
    }

    private static int ProtocolLength(string text, int i, int end)
    {
        var s = text.AsSpan(i, end - i);
        if (s.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) return 8;
        if (s.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) return 7;
        return 0;
    }

    // The query: the longest run of query characters ending in a query-ending character; none, and the URL stops before "?".
    private static int QueryEnd(string text, int questionMark, int end)
    {
        var result = questionMark;
        for (var q = questionMark + 1; q < end && IsQueryChar(text[q]); q++)
        {
            if (IsQueryEnding(text[q])) result = q + 1;
        }
        return result;
    }

    private static bool IsTco(string text, int hostStart, int hostEnd) =>
        text.AsSpan(hostStart, hostEnd - hostStart).Equals("t.co", StringComparison.OrdinalIgnoreCase);

    private static bool IsAsciiAlphaNumeric(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;

    // After the host: the end of a path or query, or punctuation that cannot belong to a domain. A colon (port, or a
    // scheme such as "ftp:"), "_", "@", "+", '"' or any non-ASCII character needs the full pattern.
    private static bool IsAllowedAfterHost(char c) => c is '/' or '?' or ',' or ';' or '!' or ')' or '\'';

    // twitter-text validGeneralUrlPathChars without "(", "[", "]", "@" and the Latin/Cyrillic letters.
    private static bool IsPlainPathChar(char c) =>
        IsAsciiAlphaNumeric(c) || c is '!' or '*' or '\'' or ';' or ':' or '=' or '+' or ',' or '.' or '$' or '/' or '%'
            or '#' or '-' or '_' or '~' or '|' or '&';

    // Characters that would let the pattern's path go on (balanced parentheses, "@x/", non-ASCII letters).
    private static bool MayContinuePath(char c) => c is '(' or '[' or ']' or '@' || c >= 0x80;

    private static bool IsPathEnding(char c) => IsAsciiAlphaNumeric(c) || c is '+' or '-' or '=' or '_' or '#' or '/';

    private static bool IsQueryChar(char c) =>
        IsAsciiAlphaNumeric(c) || c is '!' or '?' or '*' or '\'' or '@' or '(' or ')' or ';' or ':' or '&' or '=' or '+'
            or '$' or '/' or '%' or '#' or '[' or ']' or '-' or '_' or '.' or ',' or '~' or '|';

    private static bool IsQueryEnding(char c) => IsAsciiAlphaNumeric(c) || c is '-' or '_' or '&' or '=' or '#' or '/';

    // twitter-text's punctuation class: characters that can never be part of a domain, so no URL can start among them.
    private static bool OnlyPunctuation(string text, int from, int end)
    {
        for (var p = from; p < end; p++)
        {
            if (!IsPunct(text[p])) return false;
        }
        return true;
    }

    private static bool IsPunct(char c) =>
        c is '!' or '\'' or '#' or '%' or '&' or '(' or ')' or '*' or '+' or ',' or '\\' or '-' or '.' or '/' or ':'
            or ';' or '<' or '=' or '>' or '?' or '@' or '[' or ']' or '^' or '_' or '{' or '|' or '}' or '~' or '$';
}
