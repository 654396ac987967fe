using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Core.Text;
using Preround.Rules.Claims;

namespace Preround.Rules.Misinformation;

/// <summary>
/// False reassurance about taking medicines: stopping or pausing a medicine declared harmless ("you can stop your
/// antidepressant cold turkey once you feel better", "skip your metformin over the holidays, it doesn't matter"),
/// a real risk denied ("the withdrawal thing is overblown", "antibiotics don't expire, the date is a scam").
/// </summary>
/// <remarks>
/// Built from structure, not a drug list: a stop/skip verb aimed at a medicine-like object plus a reassurance, or a
/// known medication risk plus a denial word. Warnings ("never stop it cold turkey"), debunking and questions are fine.
/// </remarks>
public sealed partial class UnsafeMedicationMythRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.UnsafeMedicationMyth,
        "Unsafe reassurance about a medicine",
        "'{match}' tells readers a medicine risk does not matter",
        RuleCategories.Misinformation,
        Severity.Block,
        "Readers act on a clinician's reassurance: stopping antidepressants, steroids, antiepileptics, beta-blockers or diabetes "
        + "medicines abruptly, or taking expired or leftover antibiotics, causes real harm, and boards treat such posts as "
        + "misinformation and as advice without a care relationship.")
    {
        DefaultSuggestion = "Say the safe version: \"Don't stop or change a medicine on your own; ask the prescriber or pharmacist how to taper or pause it safely.\"",
    };

    public override RuleDescriptor Descriptor => Rule;

    private static readonly System.Buffers.SearchValues<string> Cues = Gate.Of(
        "stop", "quit", "skip", "come off", "ditch", "pause", "cold turkey", "expire", "expir", "withdrawal", "side effect", "overblown", "overrated");

    public override void Analyze(RuleContext context)
    {
        var t = context.Text;
        var n = t.Normalized;
        if (!Gate.Any(n, Cues) || context.HasReported(RuleCategories.Misinformation, Severity.Block)) return;
        foreach (var claim in (Regex[])[StopReassured(), RiskDenied()])
        {
            foreach (var m in claim.EnumerateMatches(n))
            {
                var span = new TextSpan(m.Index, m.Length);
                if (Refused(t, span)) continue;
                context.ReportNormalized(span, 0.75);
                return;
            }
        }
    }

    private static bool Refused(AnalyzedText t, TextSpan span) =>
        Negation.IsNegated(t, span.Start, 3) || ClaimContext.IsRefutedOrQuestioned(t, span, claimCarriesPolarity: true);

    // "you can stop your X ... cold turkey / it doesn't matter / once you feel better".
    [GeneratedRegex(@"\b(?:you\s+can|you\s+could|it'?s\s+(?:fine|ok|okay|safe)\s+to|(?:totally\s+|perfectly\s+)?(?:fine|safe|ok|okay)\s+to|feel\s+free\s+to|just|go\s+ahead\s+and|i\s+(?:always\s+)?tell\s+(?:people|patients|everyone|my\s+patients)\s+to)\s+(?:stop|quit|skip|come\s+off|ditch|drop|pause)\s+(?:taking\s+)?(?:your|their|the|his|her|my|all|any)?\s*(?:[\w'-]+\s+){0,3}(?:meds?|medications?|medicines?|pills?|tablets?|doses?|inhalers?|insulin|steroids?|antibiotics?|antidepressants?|statins?|blood\s+thinners?|thyroid\s+\w+|prednisone|metformin|lexapro|zoloft|prozac|sertraline|escitalopram|effexor|venlafaxine|paxil|xanax|klonopin|seizure\s+meds?|keppra|lamictal|beta[\s-]?blockers?|metoprolol|clonidine|it|them)\b[^.!?\n]{0,80}?\b(?:cold\s+turkey|(?:it\s+)?(?:doesn'?t|does\s+not|won'?t)\s+(?:really\s+)?(?:matter|hurt)|no\s+big\s+deal|once\s+you\s+feel\s+better|when\s+you\s+feel\s+better|as\s+soon\s+as\s+you\s+feel|for\s+a\s+few\s+(?:days|weeks|months)|over\s+the\s+(?:holidays|summer|weekend)|in\s+(?:the\s+)?summer|overblown|you\s+don'?t\s+(?:really\s+)?need\s+(?:it|them))", RegexOptions.CultureInvariant)]
    private static partial Regex StopReassured();

    // "the withdrawal thing is massively overblown", "antibiotics don't expire", "that expiry date is a scam".
    [GeneratedRegex(@"\b(?:(?:the\s+)?(?:withdrawal|discontinuation\s+syndrome|side\s+effects?|rebound|expir(?:ation|y)\s+dates?|antibiotic\s+resistance|tapering)\s+(?:thing\s+|stuff\s+|warnings?\s+)?(?:is|are)\s+(?:\w+\s+)?(?:overblown|overrated|exaggerated|a\s+(?:scam|myth|hoax|racket)|made\s+up|fake|nonsense|not\s+(?:a\s+)?real(?:\s+thing)?)|(?:antibiotics?|meds|medications?|medicines?|pills|insulin|epi-?pens?|inhalers?|prescriptions?)\s+(?:don'?t|do\s+not|never)\s+(?:really\s+|actually\s+)?(?:expire|go\s+bad)|(?:that|the)\s+(?:expir(?:ation|y)\s+)?date\s+is\s+(?:just\s+)?a\s+(?:scam|suggestion|myth))", RegexOptions.CultureInvariant)]
    private static partial Regex RiskDenied();
}
