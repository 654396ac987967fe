using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Text;

namespace Preround.Rules.Claims;

/// <summary>
/// Whether a claim in a draft is asserted by the author or quoted in order to refute, question or report it.
/// Shared by the misinformation, guarantee and advice rules.
/// </summary>
// NOTE: debunking posts repeat the myth word for word ("No, the HPV vaccine does not cause infertility"),
// so the claim pattern alone cannot decide; these markers carry the judgement.
internal static partial class ClaimContext
{
    /// <summary>True when the sentence holding the claim, its neighbours or the post as a whole refute or question it.</summary>
    public static bool IsRefutedOrQuestioned(AnalyzedText text, TextSpan normalizedClaim, bool claimCarriesPolarity = false)
    {
        var n = text.Normalized;
        foreach (var m in PostRefutation().EnumerateMatches(n))
        {
            // The claim's own words ("HIV doesn't cause AIDS") are not a refutation of it.
            if (m.Index >= normalizedClaim.Start && m.Index < normalizedClaim.End) continue;
            return true;
        }
        var index = text.SentenceAt(normalizedClaim.Start);
        var sentence = text.Sentences.Count == 0 ? new TextSpan(0, n.Length) : text.Sentences[index];
        var s = n.AsSpan(sentence.Start, sentence.Length);
        if (SentenceRefutation().IsMatch(s)) return true;
        // "Do vaccines cause autism?" asks rather than asserts.
        if (s.TrimEnd().EndsWith("?") && QuestionOpening().IsMatch(s)) return true;
        // Negation right before the claim's verb: "does not cause", "never cured".
        var before = n.AsSpan(sentence.Start, Math.Max(0, normalizedClaim.Start - sentence.Start));
        // NOTE: some claims carry their own polarity ("HIV doesn't cause AIDS", "never fails"); for those a negation
        // inside the match is the claim itself, not a refutation.
        if (!claimCarriesPolarity)
        {
            if (NegatedTail().IsMatch(before)) return true;
            if (ClaimNegatedInside().IsMatch(n.AsSpan(normalizedClaim.Start, normalizedClaim.Length))) return true;
        }
        if (index > 0 && text.Sentences.Count > index)
        {
            var prev = n.AsSpan(text.Sentences[index - 1].Start, text.Sentences[index - 1].Length);
            if (PreviousSentenceFrame().IsMatch(prev) || EvidenceAgainst().IsMatch(prev)) return true;
        }
        if (index + 1 < text.Sentences.Count)
        {
            // "'X cures Y' keeps resurfacing. The large trials found no benefit.": the evidence answers the claim.
            var next = n.AsSpan(text.Sentences[index + 1].Start, text.Sentences[index + 1].Length);
            if (NextSentenceRebuttal().IsMatch(next) || EvidenceAgainst().IsMatch(next)) return true;
        }
        return false;
    }

    [GeneratedRegex(@"\b(?:myths?|debunk\w*|retract\w*|disproven|discredited|misinformation|misinfo|disinformation|fact[\s-]?check\w*|no evidence|no (?:proven |causal )?link|not supported by (?:the )?evidence|conspiracy theor\w*|pseudoscience|snake oil|quack\w*|(?:do|does|did)(?: not|n't) (?:cause|cure|work|prevent|treat)|(?:don't|do not|never) fall for|not true|is false|are false|hoax(?:es)? (?:like|that)|scam(?:s)? (?:like|that)|red flags?|be wary|beware|(?:promis|guarant)\w* (?:a )?(?:cure|results?) (?:is|are) (?:lying|a red flag))\b", RegexOptions.CultureInvariant)]
    private static partial Regex PostRefutation();

    [GeneratedRegex(@"\b(?:claims?(?: that)?|claimed|rumou?rs?|people (?:think|say|believe)|(?:they|some|folks|patients|parents|families) (?:say|think|believe|ask|worry|fear|hear)|ask(?:s|ed|ing)?\s+(?:me\s+|us\s+)?(?:(?:today|tonight|yesterday|again|once|recently|this\s+(?:morning|week|afternoon))\s+)?(?:if|whether)|swears?|swore|(?:keeps?|kept) (?:showing|coming|popping|turning) up|i keep (?:hearing|seeing)|worried (?:that|about)|fear(?:s|ed)? (?:that|about)|heard (?:that|somewhere)|(?:who|they|parents|families|patients|people|folks|many|some)\s+(?:still\s+)?(?:believ\w*|thought|were\s+convinced)|was told|the idea that|the notion that|the belief that|study (?:that|claiming)|false\w*|(?:is|are|was|that'?s|it'?s|completely|totally|dead|simply)\s+wrong|wrongly|lie that|lies about|not true|no,|nope|untrue|isn't true|never been shown|no data|no good data|no study|no trial|zero evidence|failed to show|showed no|found no|no benefit|didn't work|does not work|doesn't work)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceRefutation();

    /// <summary>A neighbouring sentence that reports evidence against a claim.</summary>
    [GeneratedRegex(@"\b(?:(?:found|find|finds|showed|shown|show|shows|demonstrated)\s+no\s+(?:(?!side\b)\w+\s+){0,2}(?:benefits?|effects?|differences?|improvements?|links?|associations?|evidence)|no\s+(?:meaningful\s+|significant\s+|clinical(?:ly)?\s+(?:meaningful\s+)?|real\s+|measurable\s+)?(?:benefit|effect|difference|improvement)|failed\s+to\s+(?:show|find|demonstrate)|(?:did|does|do)(?:\s+not|n't)\s+(?:help|work|improve|reduce|shorten|prevent)|(?:was|were|is|are)\s+(?:not\s+effective|ineffective|no\s+better\s+than\s+placebo))\b", RegexOptions.CultureInvariant)]
    private static partial Regex EvidenceAgainst();

    [GeneratedRegex(@"^\W*(?:do|does|did|can|could|will|would|is|are|was|were|should|has|have)\b", RegexOptions.CultureInvariant)]
    private static partial Regex QuestionOpening();

    // NOTE: "n't" is glued to its verb ("don't"), so it has no word boundary before it.
    [GeneratedRegex(@"(?:\b(?:not|never|no|nor|cannot|neither)|n't)\W+(?:[\w']+\W+){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex NegatedTail();

    [GeneratedRegex(@"\b(?:not|never|no longer)\b|n't\s+(?:\w+\s+)?(?:cause|cure|heal|prevent|treat|lower|give|reverse|kill|protect|shrink|dissolve)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClaimNegatedInside();

    [GeneratedRegex(@"^\W*(?:myth|claim|rumou?r|false|fiction|misconception|what (?:people|patients|parents) (?:think|believe|hear))\b|\b(?:myth|misconception)\s*[:#-]", RegexOptions.CultureInvariant)]
    private static partial Regex PreviousSentenceFrame();

    [GeneratedRegex(@"^\W*(?:no[,.!:;]|no\s+(?:it|they|that|this)\b|nope|false|wrong|not true|fact\b|reality\b|truth\b|they (?:do not|don't)|it (?:does not|doesn't)|(?:it|they)\s+(?:can't|cannot|can\s+not|won't|will\s+not|doesn't|don't)\s*(?:[.,:;!]|$|because\b|since\b)|(?:that|this)(?:'s| is) (?:false|wrong|a myth|not true)|the (?:evidence|data|research|science) (?:says|shows)|(?:the\s+)?(?:\w+\s+){0,2}(?:studies|trials|evidence|data)\s+(?:say|says|said|show|shows|showed)\s+no\b)", RegexOptions.CultureInvariant)]
    private static partial Regex NextSentenceRebuttal();
}
