using System.Text.RegularExpressions;
using Preround.Core.Text;

namespace Preround.Rules.Claims;

/// <summary>
/// A narrower refutation test than <see cref="ClaimContext"/> for the structural claim rules: the post-wide markers are only
/// strong debunking words, so a second claim in the same post ("… never had a client it didn't work for") does not
/// count as refuting the first; the sentence, the one before and the one after carry the rest.
/// </summary>
internal static partial class ClaimFraming
{
    public static bool IsRefuted(AnalyzedText text, int normalizedIndex)
    {
        var n = text.Normalized;
        if (PostDebunk().IsMatch(n)) return true;
        var index = text.SentenceAt(normalizedIndex);
        var sentence = text.SentenceSpanAt(normalizedIndex);
        var s = n.AsSpan(sentence.Start, sentence.Length);
        if (SentenceFrame().IsMatch(s)) return true;
        if (s.TrimEnd().EndsWith("?")) return true;
        if (index > 0 && index - 1 < text.Sentences.Count)
        {
            var prev = text.Sentences[index - 1];
            if (PreviousFrame().IsMatch(n.AsSpan(prev.Start, prev.Length))) return true;
        }
        if (index + 1 < text.Sentences.Count)
        {
            var next = text.Sentences[index + 1];
            if (NextRebuttal().IsMatch(n.AsSpan(next.Start, next.Length))) return true;
        }
        return false;
    }

    [GeneratedRegex(@"\b(?:myths?|debunk\w*|retracted|disproven|misinformation|misinfo|disinformation|fact[\s-]?check\w*|no\s+evidence|no\s+(?:proven\s+|causal\s+)?link|not\s+supported\s+by|conspiracy\s+theor\w*|pseudoscience|snake\s+oil|quack\w*|red\s+flags?|be\s+wary|beware)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PostDebunk();

    [GeneratedRegex(@"\b(?:claims?\s+that|claimed|rumou?rs?|people\s+(?:think|say|believe)|(?:they|some|folks|patients|parents|families|influencers)\s+(?:say|think|believe|ask|worry|claim)|ask(?:s|ed|ing)?\s+(?:me\s+|us\s+)?(?:(?:today|tonight|yesterday|again|once|recently|this\s+(?:morning|week|afternoon))\s+)?(?:if|whether)|swears?|swore|(?:keeps?|kept)\s+(?:showing|coming|popping|turning)\s+up|i\s+keep\s+(?:hearing|seeing)|heard\s+(?:that|somewhere)|the\s+(?:idea|notion|belief)\s+that|(?:is|are|was|that'?s|it'?s)\s+(?:false|wrong|not\s+true|a\s+myth)|not\s+true|isn'?t\s+true|untrue|no,|nope|never\s+been\s+shown|no\s+data|failed\s+to\s+show|showed\s+no|found\s+no)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceFrame();

    [GeneratedRegex(@"^\W*(?:myth|claim|rumou?r|false|fiction|misconception)\b|\b(?:myth|misconception)\s*[:#-]", RegexOptions.CultureInvariant)]
    private static partial Regex PreviousFrame();

    [GeneratedRegex(@"^\W*(?:no[,.!:;]|nope|false|wrong|not\s+true|fact\b|reality\b|truth\b|(?:that|this)(?:'s|\s+is)\s+(?:false|wrong|a\s+myth|not\s+true)|the\s+(?:evidence|data|research|science)\s+(?:says|shows)|(?:it|they)\s+(?:can't|cannot|can\s+not|won't|will\s+not|doesn't|don't)\s*(?:[.,:;!]|$|because\b|since\b)|(?:the\s+)?(?:\w+\s+){0,2}(?:studies|trials|evidence|data)\s+(?:say|says|said|show|shows|showed)\s+no\b)", RegexOptions.CultureInvariant)]
    private static partial Regex NextRebuttal();
}
