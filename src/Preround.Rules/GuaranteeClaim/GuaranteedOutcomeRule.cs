using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Rules.Claims;

namespace Preround.Rules.GuaranteeClaim;

/// <summary>Promises of certain, risk-free or painless outcomes ("guaranteed results", "zero risk", "100% cure", "painless procedure").</summary>
public sealed partial class GuaranteedOutcomeRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.GuaranteedOutcome,
        "Guaranteed or risk-free outcome",
        "'{match}' promises an outcome no treatment can guarantee",
        RuleCategories.GuaranteeClaim,
        Severity.Block,
        "Every treatment has risks and variable results; medical boards, the FTC and advertising codes treat guaranteed, painless or "
        + "risk-free claims as misleading, and a patient who was promised an outcome has a complaint and a claim when it does not happen.")
    {
        DefaultSuggestion = "Describe what is typical and what the risks are: \"Most patients see improvement after 2–3 sessions; results vary and every procedure has risks we'll discuss at your consultation.\"",
    };

    public override RuleDescriptor Descriptor => Rule;

    private static readonly System.Buffers.SearchValues<string> Cues = Claims.Gate.Of(
        "guarant", "100", "zero", "0 ", "no risk", "no downtime", "no side", "risk", "safe", "harmless", "painless", "pain-free", "pain free",
        "permanent", "instant", "lifelong", "miracul", "magic", "miracle", "every time", "everyone", "every patient", "every body", "never",
        "money", "cure", "will ", "nothing can", "for good", "forever", "pain is", "side effects are", "side-effects are");

    // NOTE: "never fails" and "zero risk" carry their own negation; a negation before "works for everyone" denies it.
    [GeneratedRegex(@"\b(?:never|no|zero|0|not|n't)\b|n't", RegexOptions.CultureInvariant)]
    private static partial Regex OwnNegation();

    public override void Analyze(RuleContext context)
    {
        var t = context.Text;
        var n = t.Normalized;
        if (!Claims.Gate.Any(n, Cues)) return;
        foreach (var m in Promise().EnumerateMatches(n))
        {
            var span = new TextSpan(m.Index, m.Length);
            var sentence = t.SentenceSpanAt(m.Index);
            var s = n.AsSpan(sentence.Start, sentence.Length);
            var claim = n.AsSpan(m.Index, m.Length);
            if (claim.StartsWith("guarante") && !OutcomeWord().IsMatch(s)) continue;
            if (claim.StartsWith("no side") && !PromoContext().IsMatch(n)) continue;
            // "No downtime between cases" and "100% of the time" are not promises unless an outcome or a pitch is in view.
            if (Weak().IsMatch(claim) && !OutcomeWord().IsMatch(s) && !PromoContext().IsMatch(n)) continue;
            if (GuaranteeContext.Disclaimed().IsMatch(s) || GuaranteeContext.EvidenceReport().IsMatch(s) || ClaimContext.IsRefutedOrQuestioned(t, span, claimCarriesPolarity: OwnNegation().IsMatch(claim))) continue;
            context.ReportNormalized(span, 0.85);
            return;
        }
    }

    [GeneratedRegex(@"\bguarante(?:e|es|ed|eing)\b|\b100\s*%\s*(?:cure\w*|effective|safe|success\w*|results?|guaranteed|painless|pain[\s-]free|permanent|satisfaction|risk[\s-]free|of\s+the\s+time|works?|natural\s+and\s+safe)\b|\b(?:zero|0)\s+(?:risks?|pain|downtime|side[\s-]effects?|complications?|recovery(?:\s+time)?|scarring|scars|needles?\s+pain)\b|\bno\s+(?:risks?|downtime)\b(?!\s+(?:factors?|of|to|for|with|groups?))|\bno\s+side[\s-]effects?\b|\brisk[\s-]free\b|\b(?:completely|totally|perfectly|100\s*%|absolutely|entirely|utterly)\s+(?:safe|painless|pain[\s-]free|harmless)\b|\b(?:permanent|instant|guaranteed|lifelong|miraculous|magic)\s+(?:results?|cure|relief|fix|weight\s+loss)\b|\b(?:works|worked|work)\s+(?:every\s+(?:single\s+)?time|for\s+everyone|for\s+every\s+(?:patient|client|body))\b|\bnever\s+fails?\b(?!\s+to\s+(?:amaze|surprise|impress|disappoint|make|crack|astound|shock|entertain))|\b(?:miracle|magic)\s+(?:cure|treatment|drug|pill|shot|injection|procedure|supplement|serum)\b|\bmoney[\s-]back\b|\bcured?\s+(?:for\s+good|forever|permanently)\b|\bwill\s+(?:cure|fix|eliminate|reverse|erase)\s+(?:your|you)\b|\b(?:painless|pain[\s-]free)\s+(?:procedure|treatment|session|injection|lipo\w*|surgery|recovery|removal|laser|filler|botox|experience|delivery|vasectomy|circumcision|root\s+canal|tattoo\s+removal|extraction)s?\b|\bnever\s+(?:come|comes|coming)\s+back\b|\b(?:my|our)\s+patients\s+never\s+(?:have|get|see|had|suffer)\s+(?:any\s+)?(?:complications?|side[\s-]effects?|problems|scars?|pain)\b|\bno\s+complications,?\s+ever\b|\b(?:pain[\s-]free|cured|healed|clear\s+skin|cancer[\s-]free|symptom[\s-]free)\s+in\s+(?:just\s+|only\s+)?\d+\s+(?:hours?|days?|weeks?|months?)\b|\bevery\s+patient,?\s+every\s+time\b|\byou\s+will\s+(?:get\s+pregnant|be\s+cured|be\s+pain[\s-]free|heal|never\s+\w+\s+again)\b|\byou'?ll\s+(?:love|adore)\s+(?:your|the)\s+results\b|\bnot\s+(?:one|a\s+single)\s+(?:patient|client)\s+(?:has\s+been|was|has\s+ever\s+been)\s+(?:unhappy|disappointed|dissatisfied)\b|\bcured?\s+(?:[\w']+\s+){1,3}(?:for\s+good|forever|permanently)\b|\bnothing\s+can\s+go\s+wrong\b|\b(?:pain|side[\s-]effects?)\s+(?:is|are)\s+(?:zero|nonexistent|impossible)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Promise();

    [GeneratedRegex(@"^(?:zero|0|no|100\s*%\s*of|works|worked|work|never)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Weak();

    [GeneratedRegex(@"\b(?:results?|cure\w*|outcomes?|success|weight|lose|lost|pounds|lbs|kg|inches|recovery|relief|pain|heal\w*|fix|clear\w*|skin|acne|wrinkles|look|younger|satisfaction|safe|works?|effective|treatment|procedure|surgery|injection|session|patients?|clients?|body|glow|fertility|pregnan\w*|sleep|energy|hair|smile|teeth|remission|reverse\w*|gone|disappear\w*|vision|eyesight|sight|cancer|free|sizes?|insulin|pregnant)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OutcomeWord();

    [GeneratedRegex(@"\b(?:our|book|dm|appointments?|clinic|practice|offer\w*|promise|special|call\s+today|results|treatment|formula|natural|all[\s-]natural|supplement|try\s+it|link\s+in\s+bio|%\s*off)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PromoContext();

}
