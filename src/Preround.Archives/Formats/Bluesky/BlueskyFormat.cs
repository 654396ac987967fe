using System.Globalization;
using System.Text;
using Preround.Archives.Model;
using Preround.Archives.Sources;
using Preround.Core.Domain;

namespace Preround.Archives.Formats.Bluesky;

/// <summary>Bluesky "Export my data": a repository as a CAR v1 file of DAG-CBOR blocks.</summary>
internal sealed class BlueskyFormat(ImportOptions options) : ArchiveFormat
{
    private sealed record Repo(string File, string? Did, CarFile Car, IReadOnlyList<(string Key, Cid Value)> Records);

    private readonly Dictionary<string, Repo?> _repos = new(StringComparer.Ordinal);

    public override string Name => "bluesky";

    public override Platform Platform => Platform.Bluesky;

    public override bool Recognises(ArchiveSource source) => CarEntries(source).Any();

    private static IEnumerable<ArchiveEntry> CarEntries(ArchiveSource source) =>
        source.Entries.Where(e => e.Name.EndsWith(".car", StringComparison.Ordinal) || (source.Entries.Count == 1 && LooksLikeCar(e)));

    // NOTE: a CAR v1 header is a short varint then a CBOR map holding "roots" and "version".
    private static bool LooksLikeCar(ArchiveEntry entry)
    {
        var head = Sniff.Head(entry, 128);
        return head is not null && head.Length > 2 && head[0] < 0x80 && head.Contains("roots") && head.Contains("version");
    }

    public override ImportedProfile? ReadProfile(ArchiveSource source, ImportLog log)
    {
        foreach (var entry in CarEntries(source))
        {
            var repo = Load(entry, log);
            if (repo is null) continue;
            var (_, cid) = repo.Records.FirstOrDefault(r => r.Key == "app.bsky.actor.profile/self");
            var record = cid is null ? null : SafeDecode(repo, cid, log);
            return new ImportedProfile
            {
                Platform = Platform.Bluesky,
                AccountId = repo.Did,
                DisplayName = record?.GetValueOrDefault("displayName") as string,
                Bio = record?.GetValueOrDefault("description") as string,
                HasAvatar = record is null ? null : record.GetValueOrDefault("avatar") is not null,
            };
        }
        return null;
    }

    public override IEnumerable<ImportedPost> ReadPosts(ArchiveSource source, ImportLog log)
    {
        foreach (var entry in CarEntries(source))
        {
            var repo = Load(entry, log);
            if (repo is null) continue;
            var others = new Dictionary<string, int>(StringComparer.Ordinal);
            int unreadable = 0;
            foreach (var (key, cid) in repo.Records)
            {
                var slash = key.IndexOf('/');
                var collection = slash < 0 ? key : key[..slash];
                var rkey = slash < 0 ? "" : key[(slash + 1)..];
                if (collection is not ("app.bsky.feed.post" or "app.bsky.feed.repost"))
                {
                    others[collection] = others.GetValueOrDefault(collection) + 1;
                    continue;
                }
                var record = SafeDecode(repo, cid, log);
                var post = record is null ? null : collection == "app.bsky.feed.post"
                    ? BlueskyPost.FromRecord(record, repo.Did, rkey, entry.Path)
                    : BlueskyPost.FromRepost(record, repo.Did, rkey, entry.Path);
                if (post is null) { unreadable++; continue; }
                yield return post;
            }
            if (unreadable > 0) log.Skipped(entry.Path, null, $"{unreadable:N0} post records were missing, corrupt or undated and were skipped.", unreadable);
            if (others.Count > 0)
                log.Info(entry.Path, "not audited (likes, follows and other record types): " +
                                     string.Join(", ", others.OrderByDescending(o => o.Value).Select(o => $"{o.Key} ×{o.Value}")) + ".", others.Values.Sum());
        }
    }

    private static Dictionary<string, object?>? SafeDecode(Repo repo, Cid cid, ImportLog log)
    {
        try
        {
            return repo.Car.Decode(cid) as Dictionary<string, object?>;
        }
        catch (FormatException ex)
        {
            log.Skipped(repo.File, $"block {cid}", $"record is not valid DAG-CBOR: {ex.Message}.");
            return null;
        }
    }

    private Repo? Load(ArchiveEntry entry, ImportLog log)
    {
        if (_repos.TryGetValue(entry.Path, out var cached)) return cached;
        Repo? repo = null;
        try
        {
            var car = CarFile.Read(entry.ReadAll(options.MaxDocumentBytes));
            if (car.Truncation is not null)
                log.Error(entry.Path, car.Truncation.Split(':')[0], $"the file is cut short or corrupt ({car.Truncation[(car.Truncation.IndexOf(':') + 2)..]}); the {car.BlockCount:N0} blocks before it were used.");
            if (car.Rejected.Count > 0)
                log.Skipped(entry.Path, car.Rejected[0].Split(':')[0], $"{car.Rejected.Count:N0} blocks failed their sha-256 check and were ignored (first: {car.Rejected[0]}).", car.Rejected.Count);
            if (car.Decode(car.Roots[0]) is not Dictionary<string, object?> commit || commit.GetValueOrDefault("data") is not Cid data)
            {
                log.Error(entry.Path, $"root {car.Roots[0]}", "the root commit is missing or has no 'data' link; no records could be found.");
            }
            else
            {
                var missing = 0;
                var records = Mst.Walk(car, data, (_, _) => missing++).ToList();
                if (missing > 0) log.Skipped(entry.Path, null, $"{missing:N0} parts of the record tree were missing or malformed; records under them could not be found.", missing);
                repo = new Repo(entry.Path, commit.GetValueOrDefault("did") as string, car, records);
            }
        }
        catch (FormatException ex)
        {
            log.Error(entry.Path, "header", $"not a readable CAR v1 repository export: {ex.Message}.");
        }
        _repos[entry.Path] = repo;
        return repo;
    }
}

/// <summary>Turns <c>app.bsky.feed.post</c> and <c>app.bsky.feed.repost</c> records into posts.</summary>
internal static class BlueskyPost
{
    public static ImportedPost? FromRecord(Dictionary<string, object?> r, string? did, string rkey, string file)
    {
        if (!TryDate(r.GetValueOrDefault("createdAt") as string, out var created)) return null;
        var text = r.GetValueOrDefault("text") as string ?? "";
        var reply = r.GetValueOrDefault("reply") as Dictionary<string, object?>;
        var parentUri = (reply?.GetValueOrDefault("parent") as Dictionary<string, object?>)?.GetValueOrDefault("uri") as string;
        var parentDid = DidOf(parentUri);
        var facets = Facets(r, text);
        var embed = r.GetValueOrDefault("embed") as Dictionary<string, object?>;
        var labels = ((r.GetValueOrDefault("labels") as Dictionary<string, object?>)?.GetValueOrDefault("values") as List<object?>)
            ?.OfType<Dictionary<string, object?>>().Select(l => l.GetValueOrDefault("val") as string).OfType<string>().ToArray() ?? [];
        return new ImportedPost
        {
            Id = $"at://{did}/app.bsky.feed.post/{rkey}",
            Platform = Platform.Bluesky,
            CreatedAt = created,
            Kind = reply is null ? PostKind.Original : PostKind.Reply,
            Text = text,
            Url = did is null ? null : $"https://bsky.app/profile/{did}/post/{rkey}",
            InReplyToId = parentUri,
            InReplyToAccount = parentDid,
            IsSelfReply = parentDid is not null && parentDid == did,
            Mentions = facets.Mentions,
            Hashtags = [.. facets.Tags, .. (r.GetValueOrDefault("tags") as List<object?>)?.OfType<string>() ?? []],
            Links = [.. facets.Links, .. ExternalLink(embed)],
            QuotedUrl = QuotedUri(embed),
            Media = Media(embed),
            Visibility = PostVisibility.Public,
            ContentWarning = labels.Length > 0 ? string.Join(", ", labels) : null,
            Language = (r.GetValueOrDefault("langs") as List<object?>)?.OfType<string>().FirstOrDefault(),
            SourceFile = file,
        };
    }

    public static ImportedPost? FromRepost(Dictionary<string, object?> r, string? did, string rkey, string file)
    {
        if (!TryDate(r.GetValueOrDefault("createdAt") as string, out var created)) return null;
        var subject = (r.GetValueOrDefault("subject") as Dictionary<string, object?>)?.GetValueOrDefault("uri") as string;
        return new ImportedPost
        {
            Id = $"at://{did}/app.bsky.feed.repost/{rkey}",
            Platform = Platform.Bluesky,
            CreatedAt = created,
            Kind = PostKind.Repost,
            Text = "",
            Url = WebUrl(subject),
            RepostOf = subject,
            Visibility = PostVisibility.Public,
            SourceFile = file,
        };
    }

    private sealed record FacetInfo(string[] Mentions, string[] Links, string[] Tags);

    // NOTE: facet offsets are UTF-8 byte offsets into the text (not UTF-16); they are only used to name the mention here.
    private static FacetInfo Facets(Dictionary<string, object?> r, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        List<string> mentions = [], links = [], tags = [];
        foreach (var facet in (r.GetValueOrDefault("facets") as List<object?>)?.OfType<Dictionary<string, object?>>() ?? [])
        {
            var index = facet.GetValueOrDefault("index") as Dictionary<string, object?>;
            var start = index?.GetValueOrDefault("byteStart") as long? ?? -1;
            var end = index?.GetValueOrDefault("byteEnd") as long? ?? -1;
            var spanText = start >= 0 && end > start && end <= bytes.Length ? Encoding.UTF8.GetString(bytes, (int)start, (int)(end - start)) : null;
            foreach (var feature in (facet.GetValueOrDefault("features") as List<object?>)?.OfType<Dictionary<string, object?>>() ?? [])
            {
                switch (feature.GetValueOrDefault("$type") as string)
                {
                    case "app.bsky.richtext.facet#mention":
                        mentions.Add(spanText?.TrimStart('@') ?? feature.GetValueOrDefault("did") as string ?? "");
                        break;
                    case "app.bsky.richtext.facet#link" when feature.GetValueOrDefault("uri") is string uri:
                        links.Add(uri);
                        break;
                    case "app.bsky.richtext.facet#tag" when feature.GetValueOrDefault("tag") is string tag:
                        tags.Add(tag);
                        break;
                }
            }
        }
        return new FacetInfo([.. mentions.Where(m => m.Length > 0)], [.. links], [.. tags]);
    }

    private static IEnumerable<string> ExternalLink(Dictionary<string, object?>? embed)
    {
        var external = embed?.GetValueOrDefault("external") as Dictionary<string, object?>;
        return external?.GetValueOrDefault("uri") is string uri ? [uri] : [];
    }

    private static string? QuotedUri(Dictionary<string, object?>? embed)
    {
        var record = embed?.GetValueOrDefault("record") as Dictionary<string, object?>;
        // recordWithMedia nests the quoted record one level deeper.
        if (record?.GetValueOrDefault("record") is Dictionary<string, object?> inner) record = inner;
        return WebUrl(record?.GetValueOrDefault("uri") as string);
    }

    private static MediaItem[] Media(Dictionary<string, object?>? embed)
    {
        if (embed is null) return [];
        var type = embed.GetValueOrDefault("$type") as string;
        if (type == "app.bsky.embed.recordWithMedia" && embed.GetValueOrDefault("media") is Dictionary<string, object?> media) return Media(media);
        if (type == "app.bsky.embed.video") return [new MediaItem("video", null, embed.GetValueOrDefault("alt") as string)];
        return ((embed.GetValueOrDefault("images") as List<object?>)?.OfType<Dictionary<string, object?>>() ?? [])
            .Select(i => new MediaItem("photo", ((i.GetValueOrDefault("image") as Dictionary<string, object?>)?.GetValueOrDefault("ref") as Cid)?.ToString(), i.GetValueOrDefault("alt") as string))
            .ToArray();
    }

    private static string? DidOf(string? atUri) =>
        atUri is not null && atUri.StartsWith("at://", StringComparison.Ordinal) ? atUri[5..].Split('/')[0] : null;

    /// <summary>at://did/app.bsky.feed.post/rkey → https://bsky.app/profile/did/post/rkey.</summary>
    internal static string? WebUrl(string? atUri)
    {
        if (atUri is null || !atUri.StartsWith("at://", StringComparison.Ordinal)) return atUri;
        var parts = atUri[5..].Split('/');
        return parts.Length == 3 && parts[1] == "app.bsky.feed.post" ? $"https://bsky.app/profile/{parts[0]}/post/{parts[2]}" : atUri;
    }

    private static bool TryDate(string? s, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
}
