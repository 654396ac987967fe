namespace Preround.Platforms.Bluesky;

/// <summary>How the official Bluesky app shows a link it has detected: host plus at most 15 characters of path.</summary>
public static class BlueskyLinks
{
    /// <summary>
    /// The shortened form (bluesky-social/social-app <c>toShortUrl</c>): http(s) URLs become host + path, query and
    /// fragment, the latter cut to 13 characters plus "..." when longer than 15; anything else stays as written.
    /// </summary>
    public static string Shorten(string url)
    {
        if (!url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) return url;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return url;
        // NOTE: IdnHost throws for a host that parses but is not valid IDN (a zero-width space after "https://", say);
        // such a link is counted as written rather than failing the platform check.
        string idn;
        try { idn = uri.IdnHost; }
        catch (UriFormatException) { return url; }
        var host = uri.IsDefaultPort ? idn : $"{idn}:{uri.Port}";
        var path = (uri.AbsolutePath == "/" ? "" : uri.AbsolutePath) + uri.Query + uri.Fragment;
        return path.Length > 15 ? host + path[..13] + "..." : host + path;
    }

    /// <summary><paramref name="text"/> with every detected link replaced by its shortened form.</summary>
    public static string ShortenAll(string text, IReadOnlyList<BlueskyFacet> facets)
    {
        var links = facets.Where(f => f.Kind == BlueskyFacetKind.Link).OrderBy(f => f.Start).ToList();
        if (links.Count == 0) return text;
        var sb = new System.Text.StringBuilder(text.Length);
        var at = 0;
        foreach (var link in links)
        {
            if (link.Start < at) continue;
            sb.Append(text, at, link.Start - at);
            sb.Append(Shorten(text[link.Start..link.End]));
            at = link.End;
        }
        sb.Append(text, at, text.Length - at);
        return sb.ToString();
    }
}
