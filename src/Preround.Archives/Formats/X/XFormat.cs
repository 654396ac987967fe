using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Preround.Archives.Model;
using Preround.Archives.Sources;
using Preround.Core.Domain;

namespace Preround.Archives.Formats.X;

/// <summary>X/Twitter "Download an archive": <c>data/tweets.js</c> (and parts), <c>deleted-tweets.js</c>, <c>profile.js</c>, <c>account.js</c>.</summary>
internal sealed partial class XFormat : ArchiveFormat
{
    public override string Name => "x";

    public override Platform Platform => Platform.X;

    [GeneratedRegex(@"^(tweets?|deleted-tweets?)(-part\d+)?\.js$")]
    private static partial Regex TweetFileName();

    [GeneratedRegex(@"^direct-messages?(-group)?(-part\d+)?\.js$")]
    private static partial Regex DirectMessageFileName();

    [GeneratedRegex(@"(?:twitter|x)\.com/[A-Za-z0-9_]+/status/\d+", RegexOptions.IgnoreCase)]
    private static partial Regex StatusUrl();

    [GeneratedRegex(@"^RT @([A-Za-z0-9_]+):")]
    private static partial Regex RetweetPrefix();

    public override bool Recognises(ArchiveSource source) =>
        source.Entries.Any(e => e.Name.EndsWith(".js", StringComparison.Ordinal) &&
                                (TweetFileName().IsMatch(e.Name) || e.Name is "manifest.js" or "profile.js" or "account.js" || source.Entries.Count == 1) &&
                                YtdFile.PeekGlobalName(e) is not null);

    public override ImportedProfile? ReadProfile(ArchiveSource source, ImportLog log)
    {
        var account = ReadAccount(source, log);
        var profileEntry = FindData(source, "profile");
        if (profileEntry is null && account is null) return null;
        var profile = profileEntry is null ? null : YtdFile.ReadAll(profileEntry, XJsonContext.Default.ProfileItem, log).FirstOrDefault()?.Profile;
        var avatar = profile?.AvatarMediaUrl;
        return new ImportedProfile
        {
            Platform = Platform.X,
            Handle = account?.Username,
            DisplayName = account?.AccountDisplayName,
            AccountId = account?.AccountId,
            Bio = profile?.Description?.Bio is { } bio ? WebUtility.HtmlDecode(bio) : null,
            Website = profile?.Description?.Website,
            Location = profile?.Description?.Location,
            HasAvatar = profile is null ? null : !string.IsNullOrEmpty(avatar) && !avatar.Contains("default_profile", StringComparison.Ordinal),
        };
    }

    public override IEnumerable<ImportedPost> ReadPosts(ArchiveSource source, ImportLog log)
    {
        var account = ReadAccount(source, log);
        foreach (var dm in source.Entries.Where(e => DirectMessageFileName().IsMatch(e.Name)))
            log.Info(dm.Path, "direct messages are private and were not read.");
        if (source.Entries.Any(e => e.Name == "like.js"))
            log.Info("like.js", "likes were not audited: they carry no date and the words are someone else's.");

        foreach (var entry in TweetFiles(source))
        {
            var deletedFile = entry.Name.StartsWith("deleted", StringComparison.Ordinal);
            var index = 0;
            var undated = 0;
            foreach (var item in YtdFile.ReadItems(entry, XJsonContext.Default.TweetItem, log))
            {
                index++;
                var post = ToPost(item.Unwrap(), account, entry.Path, deletedFile);
                if (post is null)
                {
                    undated++;
                    continue;
                }
                yield return post;
            }
            if (undated > 0)
                log.Skipped(entry.Path, null, $"{undated:N0} of {index:N0} tweets had no id or no readable created_at and were skipped.", undated);
        }
    }

    private IEnumerable<ArchiveEntry> TweetFiles(ArchiveSource source)
    {
        if (source.Entries.Count == 1)
        {
            var only = source.Entries[0];
            var global = YtdFile.PeekGlobalName(only);
            return global is "tweets" or "tweet" or "deleted_tweets" or "deleted_tweet" ? [only] : [];
        }
        return source.Where(n => TweetFileName().IsMatch(n));
    }

    private static ArchiveEntry? FindData(ArchiveSource source, string name) =>
        source.Named(name + ".js").FirstOrDefault() ??
        (source.Entries.Count == 1 && YtdFile.PeekGlobalName(source.Entries[0]) == name ? source.Entries[0] : null);

    private AccountDto? _account;
    private bool _accountRead;

    private AccountDto? ReadAccount(ArchiveSource source, ImportLog log)
    {
        if (!_accountRead)
        {
            _account = ReadAccountOnce(source, log);
            _accountRead = true;
        }
        return _account;
    }

    private static AccountDto? ReadAccountOnce(ArchiveSource source, ImportLog log)
    {
        var entry = FindData(source, "account");
        var account = entry is null ? null : YtdFile.ReadAll(entry, XJsonContext.Default.AccountItem, log).FirstOrDefault()?.Account;
        if (account is not null) return account;
        // NOTE: manifest.js repeats the account in userInfo; enough for self-reply detection when account.js is missing.
        var manifest = source.Named("manifest.js").FirstOrDefault();
        if (manifest is null) return null;
        var info = YtdFile.ReadObject(manifest, XJsonContext.Default.ManifestDto, log)?.UserInfo;
        return info is null ? null : new AccountDto { AccountId = info.AccountId, Username = info.UserName, AccountDisplayName = info.DisplayName };
    }

    internal static ImportedPost? ToPost(TweetDto t, AccountDto? account, string file, bool deletedFile)
    {
        var id = t.IdStr ?? t.Id;
        if (string.IsNullOrEmpty(id) || !TryParseDate(t.CreatedAt, out var created)) return null;
        var text = WebUtility.HtmlDecode(t.FullText ?? t.Text ?? "");
        var mentions = t.Entities?.UserMentions?.Select(m => m.ScreenName).OfType<string>().ToArray() ?? [];
        var urls = t.Entities?.Urls?.Select(u => u.ExpandedUrl ?? u.Url).OfType<string>().ToArray() ?? [];
        var replyTo = t.InReplyToStatusIdStr ?? t.InReplyToStatusId;
        var retweet = RetweetPrefix().Match(text);

        var kind = retweet.Success ? PostKind.Repost : replyTo is not null ? PostKind.Reply : PostKind.Original;
        DateTimeOffset? deletedAt = null;
        if (deletedFile) deletedAt = TryParseDate(t.DeletedAt, out var d) ? d : created;

        return new ImportedPost
        {
            Id = id,
            Platform = Platform.X,
            CreatedAt = created,
            Kind = kind,
            Text = text,
            // NOTE: /i/web/status/<id> resolves whatever the handle was at the time; the handle in account.js may have changed since.
            Url = $"https://x.com/i/web/status/{id}",
            InReplyToId = replyTo,
            InReplyToAccount = replyTo is null ? null : t.InReplyToScreenName ?? t.InReplyToUserIdStr,
            IsSelfReply = replyTo is not null && account?.AccountId is { } me && t.InReplyToUserIdStr == me,
            RepostOf = retweet.Success ? retweet.Groups[1].Value : null,
            QuotedUrl = retweet.Success ? null : urls.FirstOrDefault(u => StatusUrl().IsMatch(u)),
            Mentions = mentions,
            Hashtags = t.Entities?.Hashtags?.Select(h => h.Text).OfType<string>().ToArray() ?? [],
            Links = urls,
            Media = ToMedia(t.ExtendedEntities?.Media ?? t.Entities?.Media),
            LikeCount = (int?)t.FavoriteCount,
            RepostCount = (int?)t.RetweetCount,
            Visibility = PostVisibility.Public,
            ContentWarning = t.PossiblySensitive == true ? "marked possibly sensitive" : null,
            Location = ToPoint(t),
            Language = t.Lang,
            DeletedAt = deletedAt,
            SourceFile = file,
        };
    }

    private static MediaItem[] ToMedia(List<MediaDto>? media) =>
        media?.Select(m => new MediaItem(
            m.Type switch { "photo" => "photo", "video" => "video", "animated_gif" => "gif", _ => "other" },
            m.MediaUrlHttps ?? m.MediaUrl,
            m.AltText)).ToArray() ?? [];

    private static GeoPoint? ToPoint(TweetDto t)
    {
        // NOTE: "coordinates" is GeoJSON (longitude first); the older "geo" is latitude first.
        if (t.Coordinates?.Coordinates is [var lon, var lat]) return new GeoPoint(lat, lon);
        if (t.Geo?.Coordinates is [var lat2, var lon2]) return new GeoPoint(lat2, lon2);
        return null;
    }

    internal static bool TryParseDate(string? s, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(s)) return false;
        return DateTimeOffset.TryParseExact(s, "ddd MMM dd HH:mm:ss zzz yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out value) ||
               DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
    }
}
