using System.Text.RegularExpressions;

namespace Preround.Planning.Review;

/// <summary>
/// Tells promotional posts (selling, booking, self-announcement, asks to buy, subscribe or sign up) from posts that
/// inform, teach or connect, for the 80/20 rule.
/// </summary>
public static partial class PromotionClassifier
{
    /// <summary>The share of promotion the 80/20 rule allows.</summary>
    public const double RecommendedMaxShare = 0.20;

    /// <summary>True when <paramref name="text"/> (or one of its hashtags) reads as promotion.</summary>
    public static bool IsPromotional(string text, IReadOnlyList<string>? hashtags = null)
    {
        if (Promotional().IsMatch(text)) return true;
        if (hashtags is null) return false;
        foreach (var tag in hashtags)
        {
            if (PromotionalTags.Contains(tag)) return true;
        }

        return false;
    }

    private static readonly HashSet<string> PromotionalTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "ad", "sponsored", "promo", "giveaway", "sale", "discount", "booknow", "newpatients", "linkinbio", "preorder",
    };

    // NOTE: phrases, not single words: "book" or "practice" alone appear in countless teaching posts.
    // Self-announcement ("excited to announce", "my new paper") counts as promotion: the 80/20 rule is about
    // how much of the feed is about the author rather than for the reader.
    [GeneratedRegex("""
        \b(
          book\s+(an?\s+|your\s+)?(appointment|consult(ation)?|visit|session)s?
        | book\s+now | schedule\s+(an?|your)\s+(appointment|consult(ation)?|visit)
        | (now\s+)?accepting\s+new\s+patients | new\s+patients\s+welcome
        | call\s+(our|my)\s+(office|clinic|practice) | visit\s+(our|my)\s+(clinic|office|practice|website|shop|store)
        | link\s+in\s+(my\s+)?bio | use\s+(my\s+|the\s+)?code | promo\s+code | discount | \d+\s?%\s+off | limited\s+time
        | free\s+consult(ation)? | (buy|order|pre-?order|grab)\s+(my|our|a\s+copy\s+of\s+my|your\s+copy)\b
        | my\s+new\s+(book|course|podcast|episode|paper|article|video|clinic|practice|program(me)?|product|supplement|newsletter)
        | my\s+(latest|upcoming)\s+(book|course|podcast|episode|paper|article|video|talk|webinar)
        | (sign|signs)\s+up\s+(for|to|at|now|here|today) | subscribe\s+(to|now|here|today) | register\s+(now|here|today)
        | enrol(l)?\s+(now|today|in\s+my)
        | (thrilled|excited|proud|delighted|honou?red|happy)\s+to\s+(announce|share\s+that\s+(i|we|my|our))
        | (join|follow)\s+(me|us)\s+(at|on|for)\s+(my|our)\b
        | check\s+out\s+(my|our)\b | listen\s+to\s+(my|our|the\s+latest) | as\s+seen\s+(on|in)
        | featured\s+in | dm\s+(me\s+)?(for|to\s+book) | (\#|\b)(ad|sponsored|giveaway)\b
        | my\s+(practice|clinic|office)\s+(is|now|offers|has)
        )
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Promotional();
}
