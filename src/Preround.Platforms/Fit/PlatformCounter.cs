using System.Text;
using Preround.Core.Domain;
using Preround.Platforms.Bluesky;
using Preround.Platforms.Mastodon;
using Preround.Platforms.Text;
using Preround.Platforms.Twitter;

namespace Preround.Platforms.Fit;

/// <summary>Measures a draft the way each platform counts it. Thread-safe; holds no state.</summary>
public static class PlatformCounter
{
    /// <summary>
    /// Measures <paramref name="text"/> for <paramref name="platform"/>.
    /// </summary>
    /// <param name="text">The draft exactly as written.</param>
    /// <param name="platform">Where it will be posted.</param>
    /// <param name="limits">Limits to apply; the shipped defaults when null.</param>
    /// <param name="context">Post or comment (LinkedIn comments have a lower limit).</param>
    /// <param name="contentWarning">Mastodon: the content warning, which counts toward the same limit.</param>
    public static FitResult Measure(string text, Platform platform, PlatformLimitSet? limits = null,
        DraftContext context = DraftContext.Post, string? contentWarning = null)
    {
        text ??= string.Empty;
        var l = (limits ?? PlatformLimitSet.Default)[platform];
        var limit = l.LimitFor(context);
        return platform switch
        {
            Platform.X => MeasureX(text, limit),
            Platform.Bluesky => MeasureBluesky(text, limit, l.ByteLimit ?? 3000),
            Platform.Mastodon => MeasureMastodon(text, limit, contentWarning, l.UrlLength),
            _ => MeasureUtf16(text, platform, limit),
        };
    }

    // Source: twitter-text v3 (config/v3.json), with the limit replaced when the user overrides it.
    private static FitResult MeasureX(string text, int limit)
    {
        var config = limit == TwitterTextConfig.V3.MaxWeightedTweetLength ? TwitterTextConfig.V3 : TwitterTextConfig.V3 with { MaxWeightedTweetLength = limit };
        var r = TweetLength.Parse(text, config);
        int? fitsUntil = r.WeightedLength > limit ? Math.Min(text.Length, r.ValidRangeEnd + 1) : null;
        return new FitResult(Platform.X, r.WeightedLength, limit, r.Valid, fitsUntil);
    }

    // Source: app.bsky.feed.post lexicon (text: maxGraphemes 300, maxLength 3000 bytes); the shortened count follows
    // bluesky-social/social-app shortenLinks/toShortUrl, which the composer's counter uses.
    private static FitResult MeasureBluesky(string text, int limit, int byteLimit)
    {
        var bounds = Graphemes.BoundaryList(text);
        var graphemes = bounds.Count - 1;
        var bytes = Encoding.UTF8.GetByteCount(text);
        int? fitsUntil = null;
        if (graphemes > limit) fitsUntil = bounds[limit];
        if (bytes > byteLimit)
        {
            var byteCut = 0;
            var used = 0;
            for (var i = 0; i + 1 < bounds.Count; i++)
            {
                used += Encoding.UTF8.GetByteCount(text.AsSpan(bounds[i], bounds[i + 1] - bounds[i]));
                if (used > byteLimit) break;
                byteCut = bounds[i + 1];
            }
            fitsUntil = Math.Min(fitsUntil ?? int.MaxValue, byteCut);
        }
        var facets = BlueskyFacetDetector.Detect(text);
        var shortened = Graphemes.Count(BlueskyLinks.ShortenAll(text, facets));
        var valid = graphemes <= limit && bytes <= byteLimit;
        return new FitResult(Platform.Bluesky, graphemes, limit, valid, fitsUntil, bytes, byteLimit, shortened);
    }

    private static FitResult MeasureMastodon(string text, int limit, string? contentWarning, int urlLength)
    {
        var warning = Graphemes.Count(contentWarning ?? "");
        var units = MastodonCounter.Units(text, urlLength);
        var total = warning;
        int? fitsUntil = null;
        foreach (var u in units)
        {
            total += u.Cost;
            if (total > limit && fitsUntil is null) fitsUntil = u.Start;
        }
        return new FitResult(Platform.Mastodon, total, limit, total <= limit, fitsUntil);
    }

    // NOTE: Threads, LinkedIn, Instagram, Facebook and TikTok publish a character limit but not its unit; their web
    // composers measure JavaScript string length (UTF-16), which never undercounts emoji, so that is used here.
    // Cuts fall on grapheme boundaries so an emoji is never split.
    private static FitResult MeasureUtf16(string text, Platform platform, int limit)
    {
        int? fitsUntil = null;
        if (text.Length > limit)
        {
            var cut = 0;
            foreach (var b in Graphemes.Boundaries(text))
            {
                if (b > limit) break;
                cut = b;
            }
            fitsUntil = cut;
        }
        return new FitResult(platform, text.Length, limit, text.Length <= limit, fitsUntil);
    }
}
