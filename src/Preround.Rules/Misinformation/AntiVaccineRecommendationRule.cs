using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Core.Text;
using Preround.Rules.Claims;

namespace Preround.Rules.Misinformation;

/// <summary>Recommending against recommended vaccines ("I won't recommend it", "skip the HPV shot", "natural immunity is better").</summary>
public sealed partial class AntiVaccineRecommendationRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.AntiVaccineRecommendation,
        "Recommending against vaccination",
        "'{match}' advises against a recommended vaccine",
        RuleCategories.Misinformation,
        Severity.Block,
        "Families weigh a clinician's word heavily; advising against recommended vaccines contradicts CDC/ACIP and professional-body "
        + "guidance, leaves children and patients exposed to preventable disease, and is a recognised ground for board discipline.")
    {
        DefaultSuggestion = "If you have concerns, share the evidence and point to the schedule: \"Talk to your pediatrician about the CDC schedule; here is what the data show on safety.\"",
    };

    public override RuleDescriptor Descriptor => Rule;

    private static readonly System.Buffers.SearchValues<string> Cues = Claims.Gate.Of(
        "vacc", "vax", "jab", "shot", "immuni", "mmr", "hpv", "gardasil", "mrna", "booster", "dtap", "tdap");

    public override void Analyze(RuleContext context)
    {
        var t = context.Text;
        var n = t.Normalized;
        if (!Claims.Gate.Any(n, Cues) || !VaccineMentioned().IsMatch(n)) return;
        foreach (var m in Advice().EnumerateMatches(n))
        {
            var span = new TextSpan(m.Index, m.Length);
            var text = n.AsSpan(m.Index, m.Length);
            // "Don't skip the flu shot" negates the skipping: that is pro-vaccine.
            if (text.StartsWith("skip") || text.StartsWith("delay") || text.StartsWith("spread") || text.StartsWith("opt"))
            {
                if (Negation.IsNegated(t, m.Index, 3)) continue;
            }
            if (ClaimContext.IsRefutedOrQuestioned(t, span) || ProVaccine().IsMatch(n)) continue;
            context.ReportNormalized(span, 0.8);
            return;
        }
    }

    [GeneratedRegex(@"\b" + MisinformationTerms.Vaccine + @"\b|\bshots?\b", RegexOptions.CultureInvariant)]
    private static partial Regex VaccineMentioned();

    [GeneratedRegex(@"\b(?:i\s+)?(?:won'?t|will\s+not|would\s+never|will\s+never|refuse\s+to|don'?t|do\s+not|never)\s+(?:ever\s+)?(?:recommend|give|giving|get|getting|let\s+(?:them|my\s+\w+|your\s+\w+)\s+get)\s+(?:it|them|that|this|one|those|the\s+\w+(?:\s+(?:shot|vaccine|jab))?)?\s*(?:to\s+(?:yours|your\s+\w+|anyone|my\s+patients|patients|any\s+\w+))\b|\b(?:don'?t|do\s+not|never|stop)\s+(?:vaccinat\w*|getting\s+(?:your\s+\w+\s+)?vaccinated)\b|\b(?:stopped|quit|no\s+longer|gave\s+up)\s+(?:recommending|giving|offering|getting)\s+(?:\w+\s+)?" + MisinformationTerms.Vaccine + @"\b|(?<!\b(?:if|when|who|that|whether)\s+(?:you\s+|they\s+|people\s+|patients\s+|parents\s+|families\s+)?)\b(?:skip|avoid|refuse|decline|delay|spread\s+out|opt\s+out\s+of)\s+(?:the\s+|all\s+(?:the\s+)?|those\s+|any\s+|these\s+|your\s+\w+'?s?\s+)?" + MisinformationTerms.Vaccine + @"\b|\b(?:i\s+)?(?:would\s+never|will\s+never|won'?t\s+ever|won'?t|refuse\s+to|didn'?t|did\s+not)\s+(?:vaccinate|give|get)\s+(?:my|our)\s+(?:kids?|children|son|daughter|baby|babies|teens?|girls?|boys?)\b|\b(?:no|zero)\s+reason\s+(?:at\s+all\s+)?(?:to|for)\s+(?:give|get|giving|getting)\b[^.!?\n]{0,40}\b" + MisinformationTerms.Vaccine + @"\b|\b(?:decline|refuse|skip)\s+(?:it|them|that\s+one|those)\s+(?:at|in)\s+the\s+(?:hospital|clinic|pediatrician|office)\b|\bnatural\s+immunity\s+(?:is|beats)\s+(?:better|superior|safer|stronger)\b|\b(?:have|host|throw|hold|go\s+to|do|try)\s+(?:a\s+)?(?:chicken\s*pox|measles|flu)\s+part(?:y|ies)\b|\blet\s+(?:your|the|my|our)\s+(?:kids?|children|baby|babies)\s+(?:get|catch)\s+(?:the\s+)?(?:chicken\s*pox|measles|flu|it)\b|\b" + MisinformationTerms.Vaccine + @"\s+(?:are|is)\s+(?:not\s+safe|unsafe|dangerous|a\s+scam|unnecessary|pointless|not\s+needed)\b|\b(?:kids|children|babies)\s+(?:don'?t|do\s+not)\s+need\s+(?:the\s+|any\s+)?" + MisinformationTerms.Vaccine + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex Advice();

    [GeneratedRegex(@"\b(?:get\s+vaccinated|safe\s+and\s+effective|book\s+your|go\s+get\s+(?:your|the)|i\s+recommend\s+(?:the|it|getting)|protect\s+(?:your|them|our)|due\s+for\s+(?:your|their))\b", RegexOptions.CultureInvariant)]
    private static partial Regex ProVaccine();
}
