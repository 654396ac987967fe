using System.Text;
using Preround.Platforms.Text;

namespace Preround.Platforms.Twitter;

/// <summary>
/// The result of weighing a post the way X does (twitter-text <c>parseTweet</c>).
/// </summary>
/// <param name="WeightedLength">The length X shows: weights summed and divided by the config's scale.</param>
/// <param name="Valid">Not empty, no invalid characters (U+FFFE, U+FEFF, U+FFFF) and within the limit.</param>
/// <param name="Permillage">Weighted length per thousand of the limit (floored).</param>
/// <param name="ValidRangeStart">Always 0.</param>
/// <param name="ValidRangeEnd">Inclusive UTF-16 index of the last character that still fits.</param>
/// <param name="DisplayRangeStart">Always 0.</param>
/// <param name="DisplayRangeEnd">Inclusive UTF-16 index of the last character.</param>
public readonly record struct TweetParseResult(
    int WeightedLength, bool Valid, int Permillage, int ValidRangeStart, int ValidRangeEnd, int DisplayRangeStart, int DisplayRangeEnd);

/// <summary>
/// Weighted length of a post on X. Source of the rule: twitter-text v3 (<c>parseTweet</c> with <c>config/v3.json</c>):
/// NFC first; each URL counts <c>transformedURLLength</c> (23); each emoji sequence counts the default weight (2);
/// every other code point counts its range weight (1 for Latin and general punctuation, 2 for CJK and most symbols).
/// </summary>
public static class TweetLength
{
    /// <summary>Weighs <paramref name="text"/> with <paramref name="config"/> (default: v3, the current X rule).</summary>
    public static TweetParseResult Parse(string text, TwitterTextConfig? config = null) =>
        Parse(text, config ?? TwitterTextConfig.V3, EmojiTable.Default);

    /// <summary>The weighted length alone (same as <c>Parse(text, config).WeightedLength</c>; allocates nothing for ordinary text).</summary>
    public static int Count(string text, TwitterTextConfig? config = null) => Parse(text, config).WeightedLength;

    internal static TweetParseResult Parse(string text, TwitterTextConfig config, EmojiTable emoji)
    {
        text ??= string.Empty;
        var normalized = Nfc(text);
        var urls = new UrlCursor(normalized);
        var hasUrl = urls.Next(out var urlStart, out var urlEnd);
        var weights = config.WeightTable;
        var urlWeight = (long)config.TransformedUrlLength * config.Scale;
        var emojiParsing = config.EmojiParsingEnabled;
        var maxScaled = (long)config.MaxWeightedTweetLength * config.Scale;
        long weighted = 0;
        var valid = true;
        var validDisplayIndex = 0;
        var span = normalized.AsSpan();

        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (hasUrl && urlStart == i)
            {
                weighted += urlWeight;
                i = urlEnd - 1;
                hasUrl = urls.Next(out urlStart, out urlEnd);
            }
            else if (emojiParsing && MayStartEmoji(span, i, emoji) && emoji.MatchLength(span, i) is > 0 and var emojiLength)
            {
                weighted += config.DefaultWeight;
                i += emojiLength - 1;
            }
            else
            {
                // NOTE: like twitter-text, an astral code point is weighed by its low surrogate (default weight).
                if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1])) i++;
                weighted += weights[span[i]];
            }
            while (hasUrl && urlStart <= i) hasUrl = urls.Next(out urlStart, out urlEnd);

            if (valid) valid = !IsInvalidChar(span[Math.Min(i, span.Length - 1)]);
            if (valid && weighted <= maxScaled) validDisplayIndex = i;
        }

        var weightedLength = (int)(weighted / config.Scale);
        valid = valid && weightedLength > 0 && weightedLength <= config.MaxWeightedTweetLength;
        var permillage = (int)Math.Floor((double)weightedLength / config.MaxWeightedTweetLength * 1000);
        validDisplayIndex += text.Length - normalized.Length;
        return new TweetParseResult(weightedLength, valid, permillage, 0, validDisplayIndex, 0, text.Length > 0 ? text.Length - 1 : 0);
    }

    /// <summary>True for the characters X refuses in a post.</summary>
    public static bool IsInvalidChar(char c) => c is '\uFFFE' or '\uFEFF' or '\uFFFF';

    internal static string Nfc(string text)
    {
        // NOTE: text below U+0300 has no combining marks and no characters NFC would change; skipping the ICU call
        // there keeps counting of Latin posts fast.
        foreach (var c in text)
        {
            if (c < '\u0300') continue;
            try
            {
                return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
            }
            catch (ArgumentException)
            {
                // NOTE: a lone surrogate makes .NET refuse to normalise; JavaScript leaves such text as it is.
                return text;
            }
        }
        return text;
    }

    private static bool MayStartEmoji(ReadOnlySpan<char> text, int i, EmojiTable emoji)
    {
        var c = text[i];
        if (c >= '\u2000') return emoji.MayStartAt(text, i);
        if (c is '\u00A9' or '\u00AE') return true;
        if (c is '#' or '*' or >= '0' and <= '9')
        {
            return i + 1 < text.Length && text[i + 1] is '\uFE0F' or '\u20E3';
        }
        return false;
    }
}
