using System.Text.Json;
using System.Text.RegularExpressions;
using Preround.Archives.Model;
using Preround.Archives.Sources;
using Preround.Core.Domain;

namespace Preround.Archives.Formats.Meta;

/// <summary>Instagram "Download your information" (JSON): posts (single and carousel), stories, reels, comments, bio.</summary>
internal sealed partial class InstagramFormat(ImportOptions options) : ArchiveFormat
{
    public override string Name => "instagram";

    public override Platform Platform => Platform.Instagram;

    [GeneratedRegex(@"^posts_\d+(\.[a-z0-9-]+)?\.json$")]
    private static partial Regex PostFile();

    [GeneratedRegex(@"^(post_comments(_\d+)?|reels_comments)(\.[a-z0-9-]+)?\.json$")]
    private static partial Regex CommentFile();

    public override bool Recognises(ArchiveSource source)
    {
        if (source.Entries.Count == 1)
        {
            var head = Sniff.Head(source.Entries[0]);
            return head is not null && (head.Contains("\"comments_media_comments\"") || head.Contains("\"ig_stories\"") ||
                   (head.Contains("\"string_map_data\"") && head.Contains("\"Comment\"")) ||
                   (head.TrimStart().StartsWith('[') && head.Contains("\"media\"") && head.Contains("\"creation_timestamp\"") && !head.Contains("\"attachments\"")));
        }
        return source.Entries.Any(e => PostFile().IsMatch(e.Name) || e.Name is "stories.json" or "reels.json" ||
                                       (e.Name == "personal_information.json" && e.Path.Contains("personal_information/", StringComparison.Ordinal)));
    }

    public override ImportedProfile? ReadProfile(ArchiveSource source, ImportLog log)
    {
        var entry = source.Named("personal_information.json").FirstOrDefault();
        if (entry is null) return null;
        var users = MetaJson.Items(entry, options, log, "profile_user");
        if (users.Count == 0) return null;
        var map = users[0].Prop("string_map_data");
        return new ImportedProfile
        {
            Platform = Platform.Instagram,
            Handle = map.Prop("Username").Prop("value").Text(),
            DisplayName = map.Prop("Name").Prop("value").Text(),
            Bio = map.Prop("Bio").Prop("value").Text(),
            Website = map.Prop("Website").Prop("value").Text(),
            HasAvatar = users[0].Prop("media_map_data").Prop("Profile Photo") is not null ? true : null,
        };
    }

    public override IEnumerable<ImportedPost> ReadPosts(ArchiveSource source, ImportLog log)
    {
        var single = source.Entries.Count == 1 ? source.Entries[0] : null;
        var head = single is null ? null : Sniff.Head(single);
        var isCommentFile = head is not null && (head.Contains("\"comments_media_comments\"") || head.Contains("\"string_map_data\""));
        var postFiles = single is null ? source.Where(n => PostFile().IsMatch(n) || n is "stories.json" or "reels.json")
            : isCommentFile ? [] : [single];
        var commentFiles = single is null ? source.Where(n => CommentFile().IsMatch(n)) : isCommentFile ? [single] : [];

        foreach (var entry in postFiles)
        {
            var items = Expand(MetaJson.Items(entry, options, log, "ig_stories", "ig_reels_media")).ToList();
            int undated = 0;
            for (var i = 0; i < items.Count; i++)
            {
                var post = ToPost(items[i], entry.Path, i);
                if (post is null) { undated++; continue; }
                yield return post;
            }
            if (undated > 0) log.Skipped(entry.Path, null, $"{undated:N0} items had no creation_timestamp and were skipped.", undated);
        }
        foreach (var entry in commentFiles)
        {
            var items = MetaJson.Items(entry, options, log, "comments_media_comments", "comments_reels_comments");
            var index = 0;
            foreach (var item in items)
            {
                foreach (var post in Comments(item, entry.Path, () => index++)) yield return post;
            }
        }
    }

    // NOTE: older exports mix wrappers into the post list ({"ig_igtv_media": [...]}, {"ig_profile_picture": [...]});
    // their items are posts too, except the profile picture.
    private static IEnumerable<JsonElement> Expand(IEnumerable<JsonElement> items)
    {
        foreach (var item in items)
        {
            if (item.ValueKind != JsonValueKind.Object) continue;
            if (item.Prop("media") is not null || item.Prop("uri") is not null || item.Prop("creation_timestamp") is not null)
            {
                yield return item;
                continue;
            }
            foreach (var p in item.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Array && p.Name != "ig_profile_picture"))
                foreach (var inner in p.Value.EnumerateArray()) yield return inner;
        }
    }

    // NOTE: one media item: the caption and time are on it. A carousel: they are on the post (FORMATS.md 6.5).
    private static ImportedPost? ToPost(JsonElement item, string file, int index)
    {
        var mediaElements = item.Prop("media").Items().ToArray();
        if (mediaElements.Length == 0 && item.Prop("uri") is not null) mediaElements = [item]; // a story is its own media item
        var first = mediaElements.FirstOrDefault();
        var caption = item.Text("title") is { Length: > 0 } top ? top : mediaElements.Length == 1 || item.Prop("uri") is not null ? first.ValueKind == JsonValueKind.Object ? first.Text("title") : null : null;
        var when = MetaJson.Time(item.Prop("creation_timestamp")) ?? (first.ValueKind == JsonValueKind.Object ? MetaJson.Time(first.Prop("creation_timestamp")) : null);
        if (when is null) return null;
        var media = mediaElements.Select(MetaJson.Media).ToArray();
        return new ImportedPost
        {
            Id = MetaJson.Synthetic(file, index),
            Platform = Platform.Instagram,
            CreatedAt = when.Value,
            Kind = PostKind.Original,
            Text = caption ?? "",
            Media = media,
            Hashtags = Hashtags(caption),
            Location = media.Select(m => m.Location).FirstOrDefault(l => l is not null),
            SourceFile = file,
        };
    }

    private static IEnumerable<ImportedPost> Comments(JsonElement item, string file, Func<int> next)
    {
        if (item.Prop("string_map_data") is { } map)
        {
            var when = MetaJson.Time(map.Prop("Time").Prop("timestamp"));
            if (when is null) yield break;
            yield return Comment(file, next(), when.Value, map.Prop("Comment").Prop("value").Text(), map.Prop("Media Owner").Prop("value").Text());
            yield break;
        }
        foreach (var s in item.Prop("string_list_data").Items())
        {
            var when = MetaJson.Time(s.Prop("timestamp"));
            if (when is null) continue;
            yield return Comment(file, next(), when.Value, s.Text("value"), item.Text("title"));
        }
    }

    private static ImportedPost Comment(string file, int index, DateTimeOffset when, string? text, string? owner) => new()
    {
        Id = MetaJson.Synthetic(file, index), Platform = Platform.Instagram, CreatedAt = when, Kind = PostKind.Reply,
        Text = text ?? "", InReplyToAccount = owner, Mentions = Mentions(text), SourceFile = file,
    };

    [GeneratedRegex(@"(?<![\w])#(\w+)")]
    private static partial Regex Hashtag();

    [GeneratedRegex(@"(?<![\w.])@([A-Za-z0-9_.]+)")]
    private static partial Regex Mention();

    private static string[] Hashtags(string? text) => text is null ? [] : Hashtag().Matches(text).Select(m => m.Groups[1].Value).ToArray();

    private static string[] Mentions(string? text) => text is null ? [] : Mention().Matches(text).Select(m => m.Groups[1].Value.TrimEnd('.')).ToArray();
}
