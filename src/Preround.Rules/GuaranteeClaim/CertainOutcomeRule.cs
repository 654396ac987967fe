using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Rules.Claims;

namespace Preround.Rules.GuaranteeClaim;

/// <summary>
/// Outcomes promised as universal, permanent or certain, judged from the claim's shape rather than set phrases:
/// a quantifier over patients ("works for 100% of", "in every patient", "never had a client it didn't work for"),
/// a certain future for the reader ("you will never have another …", "never wear glasses again", "WILL be normal in 30 days"),
/// perfection ("perfect vision for life", "zero bruising"), the author's own service said to cure ("our injections cure
/// arthritis"), and "I guarantee it" after a promise. Warnings, trial reports, questions and negations are fine.
/// </summary>
public sealed partial class CertainOutcomeRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.CertainOutcome,
        "Outcome promised to everyone or for certain",
        "'{match}' promises a result no treatment gives everyone",
        RuleCategories.GuaranteeClaim,
        Severity.Block,
        "Results vary and every treatment can fail or harm; the FTC, advertising codes and medical boards treat universal or certain "
        + "outcome claims as misleading, and a patient who was promised the result has a complaint when it does not come.")
    {
        DefaultSuggestion = "Say what is typical and that it varies: \"Many patients improve after a few sessions; results vary, and we'll go through the risks and alternatives at your visit.\"",
    };

    public override RuleDescriptor Descriptor => Rule;

    private static readonly System.Buffers.SearchValues<string> Cues = Claims.Gate.Of(
        "every", "100", "all ", "never", "again", "will", "'ll", "perfect", "flawless", "for life", "forever", "for good", "zero", "cure",
        "regrow", "revers", "erase", "eliminat", "guarantee", "didn't work", "did not work");

    public override void Analyze(RuleContext context)
    {
        var t = context.Text;
        var n = t.Normalized;
        if (!Claims.Gate.Any(n, Cues)) return;
        if (context.HasReported(RuleCategories.GuaranteeClaim)) return;
        foreach (var m in Promise().EnumerateMatches(n))
        {
            var span = SpanTrim.End(n, m.Index, m.Length);
            var sentence = t.SentenceSpanAt(m.Index);
            var s = n.AsSpan(sentence.Start, sentence.Length);
            if (GuaranteeContext.Disclaimed().IsMatch(s) || GuaranteeContext.EvidenceReport().IsMatch(s)) continue;
            if (Core.Text.Negation.IsNegated(t, m.Index, 3) || NotUniversal().IsMatch(s)) continue;
            if (ClaimFraming.IsRefuted(t, m.Index)) continue;
            // "I guarantee it" leans on the sentence before; it promises only when that sentence does.
            if (n.AsSpan(m.Index, m.Length).Contains("guarantee", StringComparison.Ordinal) && !Outcome().IsMatch(n)) continue;
            context.ReportNormalized(span, 0.8);
            return;
        }
    }

    [GeneratedRegex(@"\b(?:works?|worked|effective|succeeds?|cures?|cured|fix(?:es|ed)?)\s+(?:for|in|with|on)\s+(?:(?:100\s*%\s+of|all(?:\s+of)?)\s+(?:my\s+|our\s+|the\s+)?(?:[\w-]+\s+)?(?:patients?|clients?|cases?|people|women|men|couples?|kids)|every(?:one|body)|every\s+(?:single\s+)?(?:patient|client|case|person|woman|man|couple))\b|\b(?:regrows?|restores?|reverses?|cures?|clears?|works?|fix(?:es)?|eliminates?|heals?)\b[^.!?\n]{0,30}?\b(?:in|for)\s+every\s+(?:single\s+)?(?:patient|client|case|couple|woman|man|person)\b|\bevery\W+single\W+(?:patient|client)\b|\bnever\s+had\s+a\s+(?:single\s+)?(?:patient|client|case)\s+(?:it|that|who|this)\s+(?:didn'?t|did\s+not|wasn'?t|failed)\b|\b100\s*%\s+of\s+(?:my\s+|our\s+)?(?:[\w-]+\s+)?(?:patients|clients|cases|people|women|men|couples)\b|\b(?:you|u)\s*(?:will|'ll)\s+(?:never\s+(?:have|get|need|feel|suffer|wear|see|deal\s+with|take|go\s+back)|(?:lose|drop|shed)\s+\d+|be\s+(?:cured|pain[\s-]?free|normal|healed|symptom[\s-]?free|off\s+(?:all\s+)?(?:your\s+)?meds)|feel\s+\d+\s+years\s+younger|look\s+\d+\s+years\s+younger)\b|\bnever\s+(?:wear|need|have|take|deal\s+with|suffer|use|buy)\b[^.!?\n]{0,30}\bagain\b|\bno\s+[\w-]+(?:\s+[\w-]+)?\s+ever\s+again\b|\b(?:will|'ll)\s+be\s+(?:normal|gone|cured|clear|fixed|healed)\s+(?:in|within|after)\s+(?:just\s+)?\d+\b|\bsay\s+goodbye\s+to\s+(?:[\w-]+\s+){1,3}(?:forever|for\s+good)\b|\b(?:perfect|flawless)\s+(?:vision|results?|skin|smile|outcomes?|teeth|body|eyesight)\b|\b(?:vision|results?|relief|cure|fix)\s+(?:for\s+life|forever)\b|\b(?:zero|0)\s+(?:bruising|swelling|scarring|scars|needles?|pain|recovery|side[\s-]effects?|complications?|risks?)\b|\bno\s+(?:bruising|swelling|scarring|scars)\b|\b(?:our|my)\s+(?:[\w'-]+\s+){0,3}(?:injections?|protocol|program|programme|treatment|therapy|drips?|infusions?|device|procedure|clinic|method|technique|package|sessions?|cleanse|laser|pellets?|shots?|system|formula|plan)\s+(?:\w+\s+){0,2}(?:cures?|regrows?|reverses?|eliminates?|erases?|permanently\s+(?:fixes|removes|ends))\b|\b(?:i|we)\s+guarantee\s+(?:it|that|this|you|results?|you'?ll)\b|\bguaranteed[.!]*\s*$", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex Promise();

    [GeneratedRegex(@"\b(?:(?:we'?ve|i'?ve|we|i)\s+(?:had|seen|got|saw)|not\s+(?:for\s+)?every(?:one|body)|doesn'?t\s+work\s+for|won'?t\s+work\s+for|no\s+(?:treatment|drug|medicine|procedure|surgery|vaccine|one)|nothing\s+works|results\s+vary|varies|most\s+(?:patients|people)|many\s+(?:patients|people)|some\s+(?:patients|people)|goal|aim|hope|wish|would\s+love|dream|imagine|if\s+only)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NotUniversal();

    [GeneratedRegex(@"\b(?:cure\w*|heal\w*|results?|lose|lost|weight|lbs?|pounds|pain|panic|anxiety|depression|migraines?|vision|glasses|skin|wrinkles|hair|sleep|apnea|fertility|pregnan\w*|baby|normal|gone|never|again|forever|fix\w*|reverse\w*|younger|energy|clear\w*|attacks?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Outcome();
}
