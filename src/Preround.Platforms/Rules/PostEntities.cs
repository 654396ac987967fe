using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Platforms.Twitter;

namespace Preround.Platforms.Rules;

/// <summary>
/// The URLs, hashtags and mentions of a draft, found once per draft and shared by the platform rules. Extraction is
/// twitter-text's; on Mastodon a mention may carry its server (<c>@user@server</c>), which twitter-text leaves out.
/// </summary>
internal sealed partial class PostEntities
{
    private static readonly object Key = new();

    private PostEntities(IReadOnlyList<TextEntity> urls, IReadOnlyList<TextEntity> hashtags, IReadOnlyList<(int Start, int End)> mentions)
    {
        Urls = urls;
        Hashtags = hashtags;
        Mentions = mentions;
    }

    public IReadOnlyList<TextEntity> Urls { get; }

    public IReadOnlyList<TextEntity> Hashtags { get; }

    /// <summary>Mentions as UTF-16 ranges, "@" included.</summary>
    public IReadOnlyList<(int Start, int End)> Mentions { get; }

    public static PostEntities Of(RuleContext context) => context.Shared(Key, c => Extract(c.Draft.Text, c.Draft.Platform));

    internal static PostEntities Extract(string text, Platform platform)
    {
        var urls = TwitterExtractor.ExtractUrls(text);
        var hashtags = TwitterExtractor.ExtractHashtags(text);
        var mentions = new List<(int, int)>();
        if (text.Contains('@') || text.Contains('\uFF20'))
        {
            if (platform == Platform.Mastodon)
            {
                foreach (Match m in MastodonMention().Matches(text)) mentions.Add((m.Index, m.Index + m.Length));
            }
            else
            {
                foreach (var e in TwitterExtractor.ExtractMentionsOrLists(text)) mentions.Add((e.Start, e.End));
            }
        }
        return new PostEntities(urls, hashtags, mentions);
    }

    /// <summary>How many mentions open the post (a reply's addressees), which are not counted as tagging.</summary>
    public int LeadingMentions(string text)
    {
        var count = 0;
        var at = 0;
        foreach (var (start, end) in Mentions)
        {
            if (!string.IsNullOrWhiteSpace(text[at..start])) break;
            count++;
            at = end;
        }
        return count;
    }

    [GeneratedRegex(@"(?<![=/\w@])@[a-z0-9_]+(?:[a-z0-9_.-]+[a-z0-9_]+)?(?:@[a-z0-9-]+(?:\.[a-z0-9-]+)+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MastodonMention();
}
