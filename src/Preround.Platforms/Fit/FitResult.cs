using Preround.Core.Domain;

namespace Preround.Platforms.Fit;

/// <summary>
/// How a draft measures against one platform's limit.
/// </summary>
/// <param name="Platform">The platform measured for.</param>
/// <param name="Length">The length as the platform counts it.</param>
/// <param name="Limit">The limit that applies (after user overrides and the draft's context).</param>
/// <param name="Valid">Whether the platform would accept the text (length, bytes, invalid characters; not link or hashtag caps).</param>
/// <param name="FitsUntil">UTF-16 index where the budget runs out: text from here on does not fit. Null when everything fits.</param>
/// <param name="Bytes">Bluesky: UTF-8 bytes.</param>
/// <param name="ByteLimit">Bluesky: the byte limit.</param>
/// <param name="ShortenedLength">Bluesky: graphemes once the official app has shortened the links.</param>
public sealed record FitResult(
    Platform Platform,
    int Length,
    int Limit,
    bool Valid,
    int? FitsUntil,
    int? Bytes = null,
    int? ByteLimit = null,
    int? ShortenedLength = null)
{
    /// <summary>How far over the limit (0 when it fits).</summary>
    public int Over => Math.Max(0, Length - Limit);
}
