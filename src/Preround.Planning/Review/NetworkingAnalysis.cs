using Preround.Planning.Contacts;

namespace Preround.Planning.Review;

/// <summary>Whom the user replies to and mentions, how concentrated that is, whom they promote, and follow-ups owed.</summary>
internal static class NetworkingAnalysis
{
    /// <summary>Top-three share from which a network counts as concentrated on a few accounts.</summary>
    public const double ConcentrationThreshold = 0.6;

    /// <summary>Fewer interactions than this say nothing about concentration.</summary>
    public const int MinInteractions = 10;

    private const int Listed = 10;

    public static NetworkingReview Analyze(ReviewInput input, IReadOnlyList<HistoryPost> sorted)
    {
        var replies = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var mentions = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var all = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var promoted = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in sorted)
        {
            if (p.Kind == HistoryPostKind.Repost)
            {
                if (RepostAuthor(p.RepostOf) is { } author) Bump(promoted, author);
                continue;
            }

            if (QuotedAccount(p.QuotedUrl) is { } quoted) Bump(promoted, quoted);
            if (p.Kind == HistoryPostKind.Reply && !p.IsSelfReply && ReplyTarget(p) is { } target)
            {
                Bump(replies, target);
                Bump(all, target);
            }

            foreach (var m in p.Mentions.Select(ContactService.NormalizeHandle).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (string.Equals(m, p.InReplyToAccount, StringComparison.OrdinalIgnoreCase)) continue;
                Bump(mentions, m);
                Bump(all, m);
            }
        }

        var interactions = all.Values.Sum();
        var topThree = interactions == 0 ? 0 : all.Values.OrderDescending().Take(3).Sum() / (double)interactions;
        var highProfile = new HashSet<string>(input.HighProfileAccounts.Select(ContactService.NormalizeHandle).OfType<string>(), StringComparer.OrdinalIgnoreCase);
        var peers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in input.Contacts.Where(c => c.Handle is not null))
        {
            if (c.Role is ContactRole.Mentor or ContactRole.Sponsor) highProfile.Add(c.Handle!);
            else peers.Add(c.Handle!);
        }

        double? ShareOf(HashSet<string> set) =>
            set.Count == 0 || interactions == 0 ? null : all.Where(kv => set.Contains(kv.Key)).Sum(kv => kv.Value) / (double)interactions;

        var owed = input.Contacts.Where(c => c.IsDue(input.AsOf)).OrderBy(c => c.NextFollowUp)
            .Select(c => new FollowUpOwed(c.Name, c.Handle, c.NextFollowUp!.Value)).ToList();
        return new NetworkingReview(
            Shares(replies), Shares(mentions), interactions, all.Count, topThree,
            interactions >= MinInteractions && topThree >= ConcentrationThreshold,
            ShareOf(highProfile), ShareOf(peers), Shares(promoted), owed);
    }

    private static List<AccountShare> Shares(Dictionary<string, int> counts)
    {
        double total = counts.Values.Sum();
        return counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.OrdinalIgnoreCase).Take(Listed)
            .Select(kv => new AccountShare(kv.Key, kv.Value, kv.Value / total)).ToList();
    }

    /// <summary>
    /// Whom a reply answers: the archive's field, else (CSV and JSONL histories often lack it) the first mention, else
    /// a leading <c>@handle</c> in the text.
    /// </summary>
    internal static string? ReplyTarget(HistoryPost p)
    {
        if (ContactService.NormalizeHandle(p.InReplyToAccount) is { } given) return given;
        if (p.Mentions.Count > 0) return ContactService.NormalizeHandle(p.Mentions[0]);
        var text = p.Text.TrimStart();
        if (!text.StartsWith('@')) return null;
        var end = 1;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '_' or '.' or '-')) end++;
        return end > 1 ? text[1..end].TrimEnd('.') : null;
    }

    /// <summary>The reposted account: a handle as is, the author of a post URL, or the repository of an <c>at://</c> URI.</summary>
    internal static string? RepostAuthor(string? repostOf)
    {
        if (repostOf is null) return null;
        if (repostOf.StartsWith("at://", StringComparison.OrdinalIgnoreCase)) return repostOf[5..].Split('/')[0] is { Length: > 0 } repo ? repo : null;
        return repostOf.Contains("://", StringComparison.Ordinal) ? QuotedAccount(repostOf) : ContactService.NormalizeHandle(repostOf);
    }

    /// <summary>The author handle of a quoted post URL such as <c>https://x.com/someone/status/123</c>.</summary>
    internal static string? QuotedAccount(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri)) return null;
        var parts = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length >= 3 && parts[0] == "profile") return parts[1]; // Bluesky: /profile/handle/post/id
        if (parts.Length >= 2 && parts[1] == "status") return parts[0].TrimStart('@');
        if (parts.Length >= 1 && parts[0].StartsWith('@')) return parts[0][1..]; // Mastodon: /@user/123
        return null;
    }

    private static void Bump(Dictionary<string, int> d, string key) => d[key] = d.GetValueOrDefault(key) + 1;
}
