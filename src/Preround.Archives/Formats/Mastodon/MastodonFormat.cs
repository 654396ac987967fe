using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Preround.Archives.Model;
using Preround.Archives.Sources;
using Preround.Archives.Text;
using Preround.Core.Domain;

namespace Preround.Archives.Formats.Mastodon;

/// <summary>Mastodon "Request your archive": <c>outbox.json</c> (ActivityStreams) and <c>actor.json</c>.</summary>
internal sealed partial class MastodonFormat(ImportOptions options) : ArchiveFormat
{
    private const string Public = "https://www.w3.org/ns/activitystreams#Public";

    public override string Name => "mastodon";

    public override Platform Platform => Platform.Mastodon;

    [GeneratedRegex(@"^https?://([^/]+)/users/([^/]+)/statuses/")]
    private static partial Regex StatusUri();

    public override bool Recognises(ArchiveSource source) =>
        source.Named("outbox.json").Any() || source.Named("actor.json").Any() ||
        (source.Entries.Count == 1 && Sniff.Head(source.Entries[0]) is { } head && head.Contains("\"OrderedCollection\"") && head.Contains("\"orderedItems\""));

    public override ImportedProfile? ReadProfile(ArchiveSource source, ImportLog log)
    {
        var entry = source.Named("actor.json").FirstOrDefault();
        if (entry is null) return null;
        using var doc = JsonItems.Parse(entry.ReadAll(options.MaxDocumentBytes), out var pos, out var msg);
        if (doc is null)
        {
            log.Error(entry.Path, pos, $"the profile is not valid JSON ({msg}); the bio was not audited.");
            return null;
        }
        var actor = doc.RootElement;
        var fields = actor.Prop("attachment").Items()
            .Where(a => a.Str("type") == "PropertyValue" && a.Str("name") is not null)
            .Select(a => new KeyValuePair<string, string>(a.Str("name")!, HtmlText.ToText(a.Str("value"))))
            .ToArray();
        return new ImportedProfile
        {
            Platform = Platform.Mastodon,
            Handle = actor.Str("preferredUsername"),
            DisplayName = actor.Str("name"),
            Bio = actor.Str("summary") is { } s ? HtmlText.ToText(s) : null,
            Website = actor.Str("url"),
            Fields = fields,
            HasAvatar = actor.Prop("icon") is not null,
            AccountId = actor.Str("id"),
        };
    }

    public override IEnumerable<ImportedPost> ReadPosts(ArchiveSource source, ImportLog log)
    {
        var entry = source.Named("outbox.json").FirstOrDefault() ?? (source.Entries.Count == 1 ? source.Entries[0] : null);
        if (entry is null) yield break;
        if (source.Named("likes.json").Any() || source.Named("bookmarks.json").Any())
            log.Info("likes.json", "likes and bookmarks were not audited: they point at other people's posts.");

        var result = JsonItems.Collect(entry.ReadAll(options.MaxDocumentBytes), "orderedItems");
        if (result.ErrorMessage is not null)
            log.Error(entry.Path, result.ErrorPosition,
                $"the JSON is malformed or cut short ({result.ErrorMessage}); the {result.Items.Count:N0} activities before it were read.");

        var seen = new HashSet<string>(StringComparer.Ordinal);
        int direct = 0, unreadable = 0, other = 0;
        foreach (var activity in result.Items)
        {
            var post = ToPost(activity, entry.Path, out var isDirect, out var recognised);
            if (!recognised) { other++; continue; }
            if (post is null) { unreadable++; continue; }
            if (isDirect && !options.IncludeDirectMessages) { direct++; continue; }
            if (!seen.Add(post.Id)) continue;
            yield return post;
        }
        if (direct > 0) log.Info(entry.Path, $"{direct:N0} direct messages were left out: they are private, not part of the public trail.", direct);
        if (unreadable > 0) log.Skipped(entry.Path, null, $"{unreadable:N0} activities had no id or no readable date and were skipped.", unreadable);
        if (other > 0) log.Info(entry.Path, $"{other:N0} activities of other kinds (not posts or boosts) were not audited.", other);
    }

    private static ImportedPost? ToPost(JsonElement activity, string file, out bool direct, out bool recognised)
    {
        direct = false;
        recognised = true;
        var type = activity.Str("type");
        var visibility = VisibilityOf(activity);
        direct = visibility == PostVisibility.Direct;
        if (type == "Announce")
        {
            var target = activity.Prop("object") is { ValueKind: JsonValueKind.String } o ? o.GetString() : activity.Prop("object").Prop("id").Str();
            var id = activity.Str("id");
            if (id is null || !TryDate(activity.Str("published"), out var when)) return null;
            return new ImportedPost
            {
                Id = id, Platform = Platform.Mastodon, CreatedAt = when, Kind = PostKind.Repost, Text = "",
                Url = target, RepostOf = target, Visibility = visibility, SourceFile = file,
            };
        }
        if (type != "Create" || activity.Prop("object") is not { ValueKind: JsonValueKind.Object } note)
        {
            recognised = false;
            return null;
        }
        var noteId = note.Str("id") ?? activity.Str("id");
        if (noteId is null || !TryDate(note.Str("published") ?? activity.Str("published"), out var created)) return null;
        var inReplyTo = note.Str("inReplyTo");
        var actor = activity.Str("actor") ?? note.Str("attributedTo");
        var text = HtmlText.ToText(note.Str("content"));
        if (note.Str("type") == "Question")
        {
            var options = note.Prop("oneOf").Items().Concat(note.Prop("anyOf").Items()).Select(o => o.Str("name")).OfType<string>();
            text = string.Join("\n• ", [text, .. options]);
        }
        var tags = note.Prop("tag").Items().ToArray();
        return new ImportedPost
        {
            Id = noteId,
            Platform = Platform.Mastodon,
            CreatedAt = created,
            Kind = inReplyTo is null ? PostKind.Original : PostKind.Reply,
            Text = text,
            Url = note.Str("url") ?? noteId,
            InReplyToId = inReplyTo,
            InReplyToAccount = inReplyTo is null ? null : AccountOf(inReplyTo),
            IsSelfReply = inReplyTo is not null && actor is not null && inReplyTo.StartsWith(actor + "/", StringComparison.Ordinal),
            Mentions = tags.Where(t => t.Str("type") == "Mention").Select(t => t.Str("name")?.TrimStart('@')).OfType<string>().ToArray(),
            Hashtags = tags.Where(t => t.Str("type") == "Hashtag").Select(t => t.Str("name")?.TrimStart('#')).OfType<string>().ToArray(),
            Media = note.Prop("attachment").Items().Select(ToMedia).ToArray(),
            Visibility = visibility,
            ContentWarning = string.IsNullOrWhiteSpace(note.Str("summary")) ? (note.Prop("sensitive") is { ValueKind: JsonValueKind.True } ? "sensitive" : null) : note.Str("summary"),
            Language = note.Prop("contentMap") is { ValueKind: JsonValueKind.Object } map ? map.EnumerateObject().Select(p => p.Name).FirstOrDefault() : null,
            SourceFile = file,
        };
    }

    private static MediaItem ToMedia(JsonElement a)
    {
        var mediaType = a.Str("mediaType") ?? "";
        var kind = mediaType.StartsWith("image/gif", StringComparison.Ordinal) ? "gif"
            : mediaType.StartsWith("image/", StringComparison.Ordinal) ? "photo"
            : mediaType.StartsWith("video/", StringComparison.Ordinal) ? "video" : "other";
        return new MediaItem(kind, a.Str("url"), a.Str("name"));
    }

    // NOTE: Mastodon has no visibility field in the export; it is implied by the addressing (FORMATS.md 6.2).
    private static PostVisibility VisibilityOf(JsonElement activity)
    {
        var to = activity.Prop("to").Strings().ToArray();
        var cc = activity.Prop("cc").Strings().ToArray();
        if (activity.Prop("object") is { ValueKind: JsonValueKind.Object } note && to.Length == 0 && cc.Length == 0)
        {
            to = note.Prop("to").Strings().ToArray();
            cc = note.Prop("cc").Strings().ToArray();
        }
        if (to.Contains(Public)) return PostVisibility.Public;
        if (cc.Contains(Public)) return PostVisibility.Unlisted;
        if (to.Any(t => t.EndsWith("/followers", StringComparison.Ordinal))) return PostVisibility.Followers;
        return PostVisibility.Direct;
    }

    private static string? AccountOf(string statusUri)
    {
        var m = StatusUri().Match(statusUri);
        return m.Success ? $"{m.Groups[2].Value}@{m.Groups[1].Value}" : null;
    }

    private static bool TryDate(string? s, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
}
