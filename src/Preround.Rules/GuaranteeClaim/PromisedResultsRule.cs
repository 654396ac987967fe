using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Rules.Claims;

namespace Preround.Rules.GuaranteeClaim;

/// <summary>
/// Before/after pictures, testimonials and numbers presented as the result a reader will get
/// ("results you can expect in 2 sessions", "all my patients lose 20 lbs", "you'll drop 3 sizes"), and an outcome rate
/// offered beside a booking or a clinic's service ("9 out of 10 patients are symptom-free after one infusion. DM us").
/// </summary>
public sealed partial class PromisedResultsRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.PromisedResults,
        "Results promised from before/after or testimonials",
        "'{match}' presents one result as what the reader can expect",
        RuleCategories.GuaranteeClaim,
        Severity.Block,
        "Before/after pictures and testimonials are chosen for being the best cases; the FTC, medical boards and advertising codes "
        + "treat them as misleading when shown as typical, and a patient who expected that result will hold you to it.")
    {
        DefaultSuggestion = "Say what is typical and what varies: \"One patient's result (shared with consent); outcomes vary with skin type, age and aftercare.\"",
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        var t = context.Text;
        var n = t.Normalized;
        var hasBeforeAfter = BeforeAfter().IsMatch(n);
        foreach (var m in Promise().EnumerateMatches(n))
        {
            var claim = n.AsSpan(m.Index, m.Length);
            // "results you can expect" and "in just N sessions" promise on their own only next to before/after material.
            if (Weak().IsMatch(claim) && !hasBeforeAfter && !PromoContext().IsMatch(n)) continue;
            if (char.IsDigit(claim[0]))
            {
                var sentence = t.SentenceSpanAt(m.Index);
                if (Research().IsMatch(n.AsSpan(sentence.Start, sentence.Length))) continue;
            }
            var span = SpanTrim.End(n, m.Index, m.Length);
            if (Disclaimed().IsMatch(n) || GuaranteeContext.Disclaimed().IsMatch(n) || ClaimContext.IsRefutedOrQuestioned(t, span, claimCarriesPolarity: true)) continue;
            context.ReportNormalized(span, 0.8);
            return;
        }
    }

    [GeneratedRegex(@"\bbefore\s*(?:/|and|&|-|\+|n|'n')?\s*afters?\b|\btransformation\s+(?:tuesday|photos?|pics?)\b|\bb/a\b", RegexOptions.CultureInvariant)]
    private static partial Regex BeforeAfter();

    [GeneratedRegex(@"\bresults?\s+(?:you\s+(?:can|will|'ll)|to)\s+(?:expect|see|get|love)\b|\b(?:this|these\s+results)\s+(?:could|can|will)\s+be\s+you\b|\byou\s+(?:could|can)\s+be\s+next\b|\b(?:you'?ll|you\s+will|you\s+can)\s+(?:look|get|see|have)\s+(?:just\s+)?(?:like\s+this|these\s+results|the\s+same\s+results|results\s+like)\b|\b(?:in|after)\s+(?:just|only)\s+(?:\d+|one|two|three|four|a\s+(?:few|couple))\s+(?:sessions?|treatments?|visits?|days|weeks|injections?|appointments?|syringes?)\b|\b(?:every|all)\s+(?:single\s+)?(?:one\s+)?(?:of\s+)?(?:my|our)\s+(?:patients|clients)\s+(?:who\s+(?:[a-z]+\s+){1,3}?)?(?:lose|lost|see|saw|get|got|are|were|achieve[sd]?|walk(?:ed)?\s+out|reverse[sd]?|clear(?:ed)?|came\s+off|got\s+pregnant|stopped\s+needing)\b[^.!?\n]{0,40}|\b(?:you'?ll|you\s+will|guaranteed\s+to)\s+(?:lose|drop|melt|shed)\s+\d+\s*(?:lbs?|pounds|kg|inches|sizes|dress\s+sizes)\b|\b(?:lose|drop|shed)\s+\d+\s*(?:lbs?|pounds|kg)\s+in\s+(?:\d+|a|one|two)\s+(?:days?|weeks?)\b|\b(?:\d{1,3}\s*%|\d+\s+(?:out\s+of|in|of)\s+(?:\d+|ten))\s+(?:of\s+)?(?:(?:my|our|the)\s+)?(?:patients|clients|people|women|men)\s+(?:are|were|feel|felt|report(?:ed)?|see|saw|get|got|walk(?:ed)?\s+out|leave|left|become|became)\b[^.!?\n]{0,30}?\b(?:symptom-?free|pain-?free|cured|better|results|improv\w*|relief|healed|reversed|off\s+(?:their|all)\s+(?:meds|medications|insulin))", RegexOptions.CultureInvariant)]
    private static partial Regex Promise();

    // An outcome rate from a study is evidence, not a promise: the sentence names the trial, a comparison or the sample.
    [GeneratedRegex(@"\b(?:trials?|stud(?:y|ies)|placebo|versus|vs\.?|compared|comparison|cohort|rct|randomi[sz]ed|published|meta-?analys[ie]s|n\s*=|control\s+group)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Research();

    [GeneratedRegex(@"^(?:(?:results?|in|after)\b|\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Weak();

    [GeneratedRegex(@"\b(?:book|dm\s+(?:me|us)|our\s+(?:practice|clinic|med\s*spa|office)|at\s+our|consult(?:ation)?s?\s+(?:available|open)|call\s+(?:today|now)|limited\s+spots|special|promo|link\s+in\s+bio|%\s*off|message\s+(?:me|us)|get\s+on\s+the\s+(?:list|waitlist)|sign\s+up)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PromoContext();

    [GeneratedRegex(@"\b(?:results\s+(?:may\s+)?vary\s+(?:a\s+lot|widely|greatly)|no\s+two\s+patients|not\s+typical\s+and|be\s+wary\s+of\s+before|beware\s+of\s+before|before[\s/-]+afters?\s+(?:are|can\s+be)\s+(?:misleading|edited|cherry))\b", RegexOptions.CultureInvariant)]
    private static partial Regex Disclaimed();
}
