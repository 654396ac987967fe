using System.Text.Json.Serialization;

namespace Preround.Archives.Formats.X;

// NOTE: the archive writes every number as a string ("favorite_count": "14"); the serializer context below
// allows reading numbers from strings, and ids are kept as strings throughout.

/// <summary>An item of <c>tweets.js</c>: <c>{"tweet": {…}}</c>, or the tweet itself in archives before 2020.</summary>
internal sealed class TweetItem : TweetDto
{
    [JsonPropertyName("tweet")] public TweetDto? Tweet { get; set; }

    public TweetDto Unwrap() => Tweet ?? this;
}

internal class TweetDto
{
    [JsonPropertyName("id_str")] public string? IdStr { get; set; }
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("full_text")] public string? FullText { get; set; }
    [JsonPropertyName("text")] public string? Text { get; set; }
    [JsonPropertyName("created_at")] public string? CreatedAt { get; set; }
    [JsonPropertyName("deleted_at")] public string? DeletedAt { get; set; }
    [JsonPropertyName("favorite_count")] public long? FavoriteCount { get; set; }
    [JsonPropertyName("retweet_count")] public long? RetweetCount { get; set; }
    [JsonPropertyName("in_reply_to_status_id_str")] public string? InReplyToStatusIdStr { get; set; }
    [JsonPropertyName("in_reply_to_status_id")] public string? InReplyToStatusId { get; set; }
    [JsonPropertyName("in_reply_to_user_id_str")] public string? InReplyToUserIdStr { get; set; }
    [JsonPropertyName("in_reply_to_screen_name")] public string? InReplyToScreenName { get; set; }
    [JsonPropertyName("lang")] public string? Lang { get; set; }
    [JsonPropertyName("entities")] public EntitiesDto? Entities { get; set; }
    [JsonPropertyName("extended_entities")] public EntitiesDto? ExtendedEntities { get; set; }
    [JsonPropertyName("coordinates")] public PointDto? Coordinates { get; set; }
    [JsonPropertyName("geo")] public PointDto? Geo { get; set; }
    [JsonPropertyName("possibly_sensitive")] public bool? PossiblySensitive { get; set; }
}

internal sealed class EntitiesDto
{
    [JsonPropertyName("hashtags")] public List<HashtagDto>? Hashtags { get; set; }
    [JsonPropertyName("user_mentions")] public List<MentionDto>? UserMentions { get; set; }
    [JsonPropertyName("urls")] public List<UrlDto>? Urls { get; set; }
    [JsonPropertyName("media")] public List<MediaDto>? Media { get; set; }
}

internal sealed class HashtagDto
{
    [JsonPropertyName("text")] public string? Text { get; set; }
}

internal sealed class MentionDto
{
    [JsonPropertyName("screen_name")] public string? ScreenName { get; set; }
    [JsonPropertyName("id_str")] public string? IdStr { get; set; }
}

internal sealed class UrlDto
{
    [JsonPropertyName("url")] public string? Url { get; set; }
    [JsonPropertyName("expanded_url")] public string? ExpandedUrl { get; set; }
}

internal sealed class MediaDto
{
    [JsonPropertyName("type")] public string? Type { get; set; }
    [JsonPropertyName("media_url_https")] public string? MediaUrlHttps { get; set; }
    [JsonPropertyName("media_url")] public string? MediaUrl { get; set; }
    [JsonPropertyName("ext_alt_text")] public string? AltText { get; set; }
}

internal sealed class PointDto
{
    [JsonPropertyName("type")] public string? Type { get; set; }
    [JsonPropertyName("coordinates")] public List<double>? Coordinates { get; set; }
}

internal sealed class ProfileItem
{
    [JsonPropertyName("profile")] public ProfileDto? Profile { get; set; }
}

internal sealed class ProfileDto
{
    [JsonPropertyName("description")] public DescriptionDto? Description { get; set; }
    [JsonPropertyName("avatarMediaUrl")] public string? AvatarMediaUrl { get; set; }
}

internal sealed class DescriptionDto
{
    [JsonPropertyName("bio")] public string? Bio { get; set; }
    [JsonPropertyName("website")] public string? Website { get; set; }
    [JsonPropertyName("location")] public string? Location { get; set; }
}

internal sealed class AccountItem
{
    [JsonPropertyName("account")] public AccountDto? Account { get; set; }
}

internal sealed class AccountDto
{
    [JsonPropertyName("username")] public string? Username { get; set; }
    [JsonPropertyName("accountId")] public string? AccountId { get; set; }
    [JsonPropertyName("accountDisplayName")] public string? AccountDisplayName { get; set; }
}

internal sealed class ManifestDto
{
    [JsonPropertyName("userInfo")] public UserInfoDto? UserInfo { get; set; }
}

internal sealed class UserInfoDto
{
    [JsonPropertyName("accountId")] public string? AccountId { get; set; }
    [JsonPropertyName("userName")] public string? UserName { get; set; }
    [JsonPropertyName("displayName")] public string? DisplayName { get; set; }
}

[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(TweetItem))]
[JsonSerializable(typeof(ProfileItem))]
[JsonSerializable(typeof(AccountItem))]
[JsonSerializable(typeof(ManifestDto))]
[JsonSerializable(typeof(List<ProfileItem>))]
[JsonSerializable(typeof(List<AccountItem>))]
[JsonSerializable(typeof(System.Text.Json.JsonElement))]
internal sealed partial class XJsonContext : JsonSerializerContext;
