using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Rules.Claims;

namespace Preround.Rules.Misinformation;

/// <summary>Denial of settled science: fluoridated water as poison, HIV myths, COVID as a hoax, masks causing hypoxia, germ theory denied.</summary>
public sealed partial class ConsensusDenialRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.ConsensusDenial,
        "Denial of scientific consensus",
        "'{match}' contradicts well-established evidence",
        RuleCategories.Misinformation,
        Severity.Block,
        "A clinician's post lends these claims authority; the evidence against them is extensive, public-health agencies and "
        + "professional bodies say so plainly, and licensing boards can discipline clinicians who spread health misinformation.")
    {
        DefaultSuggestion = "Share the evidence with a source instead, e.g. \"Community water fluoridation at 0.7 mg/L is safe and prevents cavities (CDC, ADA).\"",
    };

    public override RuleDescriptor Descriptor => Rule;

    private static readonly System.Buffers.SearchValues<string> Cues = Claims.Gate.Of(
        "fluorid", "hiv", "aids", "covid", "pandemic", "coronavirus", "plandemic", "scamdemic", "mask", "5g", "germ", "virus", "sunscreen",
        "tylenol", "acetaminophen", "autism", "statin", "cholesterol", "insulin", "antidepressant", "chemtrail", "cancer", "vaccin", "shots",
        "overload");

    public override void Analyze(RuleContext context)
    {
        var t = context.Text;
        var n = t.Normalized;
        if (!Claims.Gate.Any(n, Cues)) return;
        foreach (var m in Claim().EnumerateMatches(n))
        {
            var span = new TextSpan(m.Index, m.Length);
            if (ClaimContext.IsRefutedOrQuestioned(t, span, claimCarriesPolarity: true)) continue;
            context.ReportNormalized(span, 0.85);
            return;
        }
    }

    [GeneratedRegex(@"\bfluorid\w*\b[^.!?\n]{0,40}?\b(?:is\s+|are\s+)?(?:a\s+)?(?:poison\w*|neurotoxi\w*|toxic|toxin|lower\w*\s+(?:[\w']+\s+)?iq|brain\s+damage|calcif\w*|rat\s+poison|industrial\s+waste|mind\s+control|causes?\s+(?:cancer|adhd|autism))\b|\bhiv\s+(?:does\s+not|doesn'?t|never|can'?t)\s+cause\s+aids\b|\baids\s+(?:is|was)\s+caused\s+by\s+(?:drugs|azt|poppers|the\s+meds|antiretrovirals|lifestyle)\b|\b(?:get|catch|spread|transmit\w*|pass)\s+(?:on\s+)?(?:hiv|aids)\s+(?:from|through|by|via)\s+(?:kissing|saliva|toilet\s+seats?|mosquito\w*|sharing\s+(?:cups|utensils|food|drinks)|hugging|sweat|tears|shaking\s+hands)\b|\b(?:hiv|aids)\s+(?:is\s+a\s+(?:hoax|myth|lie)|isn'?t\s+real|doesn'?t\s+exist)\b|\b(?:covid(?:-?19)?|the\s+pandemic|coronavirus)\s+(?:is|was)\s+(?:a\s+|just\s+(?:a|the)\s+)?(?:\w+\s+)?(?:hoax|fake|scam|plandemic|cold|flu|lie)\b|\b(?:hiv|aids)\s+(?:can\s+be|is|gets?)\s+(?:passed|spread|transmitted|caught)\s+(?:on\s+)?(?:from|through|by|via)\s+(?:kissing|saliva|toilet\s+seats?|mosquito\w*|sharing\s+(?:cups|utensils|food|drinks)|hugging|sweat|tears|shaking\s+hands)\b|\bcancer\s+is\s+(?:a|just\s+a)\s+(?:fungus|parasite|vitamin\s+deficiency)\b|\btoo\s+many\s+(?:vaccines|shots|vax)\s+too\s+(?:soon|young|early|fast)\b|\b(?:vaccines|shots)\s+overload\w*\b|\boverload\w*\s+(?:a\s+|the\s+|their\s+|your\s+)?(?:baby'?s|child'?s|kid'?s|babies'?|infant'?s)?\s*immune\s+system\b|\bplandemic\b|\bscamdemic\b|\bmasks?\s+(?:cause|causes|caused|give|gives)\s+(?:\w+\s+)?(?:hypoxia|co2(?:\s+poisoning)?|carbon\s+dioxide(?:\s+poisoning)?|lung\s+(?:infections|damage)|oxygen\s+deprivation|brain\s+damage)\b|\b5g\s+(?:causes?|caused|spreads?|spread)\b|\bgerm\s+theory\s+(?:is\s+)?(?:fake|a\s+lie|wrong|a\s+hoax|debunked)\b|\bviruses\s+(?:don'?t|do\s+not)\s+(?:exist|cause\s+disease)\b|\bsunscreen\s+(?:causes?|gives\s+you)\s+(?:skin\s+)?cancer\b|\b(?:tylenol|acetaminophen)\s+(?:in\s+pregnancy\s+)?(?:causes?|caused)\s+autism\b|\bautism\s+(?:is\s+)?caused\s+by\s+(?:tylenol|acetaminophen|vaccines|vaccinations|shots)\b|\bstatins?\s+(?:are|is)\s+(?:poison|toxic|a\s+scam)\b|\bcholesterol\s+(?:doesn'?t|does\s+not|never)\s+cause\s+heart\s+disease\b|\binsulin\s+is\s+(?:poison|a\s+scam)\b|\bantidepressants?\s+(?:are|is)\s+(?:poison|a\s+scam)\b|\bchemtrails?\b", RegexOptions.CultureInvariant)]
    private static partial Regex Claim();
}
