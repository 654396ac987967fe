using System.Text;
using System.Text.RegularExpressions;
using Preround.Platforms.Text;
using Preround.Platforms.Twitter;

namespace Preround.Platforms.Mastodon;

/// <summary>
/// Mastodon's length rule (mastodon/mastodon <c>StatusLengthValidator</c>): grapheme clusters of the content warning
/// plus the "countable text", in which every URL with an http(s) scheme counts 23 and <c>@user@domain</c> counts as
/// <c>@user</c>. URLs without a scheme count in full, as do mentions whose domain is not a valid host name.
/// </summary>
public static class MastodonCounter
{
    private static readonly Regex Mention = new(
        @"(?<![=/\w])@(([a-z0-9_]+(?:[a-z0-9_.-]+[a-z0-9_]+)?)(?:@(\w+(?:[.-]+\w+)*))?)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>One stretch of the text and what it counts for.</summary>
    internal readonly record struct Unit(int Start, int End, int Cost);

    /// <summary>The countable text Mastodon's web composer shows the count of.</summary>
    public static string CountableText(string text, int urlLength = 23)
    {
        var sb = new StringBuilder(text.Length);
        var at = 0;
        foreach (var (start, end, replacement) in Concessions(text, urlLength))
        {
            sb.Append(text, at, start - at).Append(replacement);
            at = end;
        }
        return sb.Append(text, at, text.Length - at).ToString();
    }

    /// <summary>The length Mastodon counts for a status and its content warning.</summary>
    public static int Count(string text, string? contentWarning = null, int urlLength = 23) =>
        Graphemes.Count(contentWarning ?? "") + Graphemes.Count(CountableText(text ?? "", urlLength));

    /// <summary>The text as units in order: concessions (URL, remote mention) and single grapheme clusters.</summary>
    internal static List<Unit> Units(string text, int urlLength)
    {
        var units = new List<Unit>();
        var at = 0;
        foreach (var (start, end, replacement) in Concessions(text, urlLength))
        {
            AddClusters(text, at, start, units);
            units.Add(new Unit(start, end, Graphemes.Count(replacement)));
            at = end;
        }
        AddClusters(text, at, text.Length, units);
        return units;
    }

    private static void AddClusters(string text, int from, int to, List<Unit> units)
    {
        if (to <= from) return;
        var piece = text[from..to];
        var bounds = Graphemes.BoundaryList(piece);
        for (var i = 0; i + 1 < bounds.Count; i++) units.Add(new Unit(from + bounds[i], from + bounds[i + 1], 1));
    }

    private static IEnumerable<(int Start, int End, string Replacement)> Concessions(string text, int urlLength)
    {
        if (string.IsNullOrEmpty(text)) yield break;
        var entities = new List<(int Start, int End, string Replacement)>();
        foreach (var url in TwitterExtractor.ExtractUrls(text, withoutProtocol: false))
        {
            entities.Add((url.Start, url.End, new string('x', urlLength)));
        }
        if (text.Contains('@'))
        {
            for (var m = Mention.Match(text); m.Success; m = m.NextMatch())
            {
                var domain = m.Groups[3];
                if (!domain.Success || !IsValidHost(domain.Value)) continue;
                entities.Add((m.Index, m.Index + m.Length, "@" + m.Groups[2].Value));
            }
        }
        var lastEnd = 0;
        foreach (var e in entities.OrderBy(e => e.Start))
        {
            if (e.Start < lastEnd) continue;
            lastEnd = e.End;
            yield return e;
        }
    }

    private static bool IsValidHost(string host)
    {
        if (host.Length > 253) return false;
        foreach (var label in host.Split('.'))
        {
            if (label.Length is 0 or > 63) return false;
        }
        return true;
    }
}
