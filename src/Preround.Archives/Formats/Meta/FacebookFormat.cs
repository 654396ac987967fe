using System.Text.Json;
using System.Text.RegularExpressions;
using Preround.Archives.Model;
using Preround.Archives.Sources;
using Preround.Core.Domain;

namespace Preround.Archives.Formats.Meta;

/// <summary>Facebook "Download your information" (JSON): posts of every era, posts on others' timelines, comments.</summary>
internal sealed partial class FacebookFormat(ImportOptions options) : ArchiveFormat
{
    public override string Name => "facebook";

    public override Platform Platform => Platform.Facebook;

    // NOTE: matched on file name, not path: the folders moved in 2022 and 2024 (FORMATS.md 6.4).
    [GeneratedRegex(@"^(your_posts(__check_ins__photos_and_videos)?_\d+|posts_on_other_pages_and_profiles(_\d+)?)\.json$")]
    private static partial Regex PostFile();

    public override bool Recognises(ArchiveSource source) =>
        source.Entries.Any(e => PostFile().IsMatch(e.Name)) ||
        (source.Entries.Count == 1 && Sniff.Head(source.Entries[0]) is { } head && head.TrimStart().StartsWith('[') &&
         head.Contains("\"timestamp\"") && (head.Contains("\"data\"") || head.Contains("\"attachments\"")) && !head.Contains("\"string_map_data\""));

    private IEnumerable<ArchiveEntry> PostFiles(ArchiveSource source) =>
        source.Entries.Count == 1 ? source.Entries : source.Where(n => PostFile().IsMatch(n));

    private static IEnumerable<ArchiveEntry> CommentFiles(ArchiveSource source) =>
        source.Entries.Where(e => e.Name == "comments.json" && e.Path.Contains("comments", StringComparison.Ordinal) && e.Path.Contains('/'));

    public override ImportedProfile? ReadProfile(ArchiveSource source, ImportLog log)
    {
        // NOTE: the profile file's layout is not verified against a real export (FORMATS.md has none); read what is there.
        var entry = source.Named("profile_information.json").FirstOrDefault();
        if (entry is null) return null;
        using var doc = JsonItems.Parse(entry.ReadAll(options.MaxDocumentBytes), out var pos, out var msg);
        if (doc is null)
        {
            log.Error(entry.Path, pos, $"the profile is not valid JSON ({msg}); the bio was not audited.");
            return null;
        }
        var p = doc.RootElement.Prop("profile_v2") ?? doc.RootElement.Prop("profile");
        return new ImportedProfile
        {
            Platform = Platform.Facebook,
            DisplayName = p.Prop("name").Prop("full_name").Text(),
            Handle = p.Prop("username").Text(),
            Bio = p.Prop("intro_bio").Text() ?? p.Prop("about_me").Text(),
        };
    }

    public override IEnumerable<ImportedPost> ReadPosts(ArchiveSource source, ImportLog log)
    {
        foreach (var entry in PostFiles(source))
        {
            var onOthers = entry.Name.StartsWith("posts_on_other", StringComparison.Ordinal);
            var items = MetaJson.Items(entry, options, log);
            int undated = 0;
            for (var i = 0; i < items.Count; i++)
            {
                var post = ToPost(items[i], entry.Path, i, onOthers);
                if (post is null) { undated++; continue; }
                yield return post;
            }
            if (undated > 0) log.Skipped(entry.Path, null, $"{undated:N0} items had no timestamp and were skipped.", undated);
        }
        foreach (var entry in CommentFiles(source))
        {
            var items = MetaJson.Items(entry, options, log, "comments_v2", "comments");
            for (var i = 0; i < items.Count; i++)
            {
                var comment = items[i].Prop("data").Items().Select(d => d.Prop("comment")).FirstOrDefault(c => c is not null);
                var when = MetaJson.Time(items[i].Prop("timestamp")) ?? MetaJson.Time(comment.Prop("timestamp"));
                if (when is null) continue;
                yield return new ImportedPost
                {
                    Id = MetaJson.Synthetic(entry.Path, i), Platform = Platform.Facebook, CreatedAt = when.Value, Kind = PostKind.Reply,
                    Text = comment.Prop("comment").Text() ?? "", InReplyToAccount = items[i].Text("title"), SourceFile = entry.Path,
                };
            }
        }
    }

    private static ImportedPost? ToPost(JsonElement item, string file, int index, bool onOthers)
    {
        var when = MetaJson.Time(item.Prop("timestamp"));
        if (when is null) return null;
        var texts = item.Prop("data").Items().Select(d => d.Text("post")).OfType<string>().ToList();
        var attachments = item.Prop("attachments").Items().SelectMany(a => a.Prop("data").Items()).ToArray();
        var media = attachments.Select(a => a.Prop("media")).OfType<JsonElement>().Select(MetaJson.Media).ToArray();
        var note = attachments.Select(a => a.Prop("note")).FirstOrDefault(n => n is not null);
        if (note.Prop("text").Text() is { } noteText) texts.Add(noteText);
        if (texts.Count == 0) texts.AddRange(media.Select(m => m.AltText).OfType<string>().Distinct());
        var place = attachments.Select(a => a.Prop("place")).FirstOrDefault(p => p is not null);
        var lat = place.Prop("coordinate").Prop("latitude").Double();
        var lon = place.Prop("coordinate").Prop("longitude").Double();
        var title = item.Text("title") ?? "";
        var text = string.Join("\n\n", texts.Distinct());
        return new ImportedPost
        {
            Id = MetaJson.Synthetic(file, index),
            Platform = Platform.Facebook,
            CreatedAt = when.Value,
            // NOTE: a share with no words of one's own is a repost; once the author adds text it is theirs.
            Kind = text.Length == 0 && title.Contains(" shared ", StringComparison.Ordinal) ? PostKind.Repost : PostKind.Original,
            Text = text,
            InReplyToAccount = onOthers ? title : null,
            Links = attachments.Select(a => a.Prop("external_context").Prop("url").Text()).OfType<string>().ToArray(),
            Media = media,
            Location = lat is { } la && lon is { } lo ? new GeoPoint(la, lo) : null,
            PlaceName = place.Prop("name").Text(),
            SourceFile = file,
        };
    }
}
