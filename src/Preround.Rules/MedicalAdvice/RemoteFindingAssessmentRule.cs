using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;

namespace Preround.Rules.MedicalAdvice;

/// <summary>
/// Judging one person's finding from a photo or a description, in either direction: "that mole is nothing", "your son's ear
/// looks infected", "your symptoms sound like a classic UTI", "that X-ray is definitely a fracture", "your daughter's fever
/// of 104 is fine", "you have IBS". Needs the draft to speak to that person (a reply, "the photo you sent", "your rash").
/// </summary>
public sealed partial class RemoteFindingAssessmentRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.RemoteFindingAssessment,
        "Judging someone's finding from a post",
        "'{match}' judges one person's finding without examining them",
        RuleCategories.MedicalAdvice,
        Severity.Warn,
        "False reassurance delays care and a confident label sends people the wrong way; a photo or a comment is not an exam, "
        + "and boards and insurers treat reading one person's findings online as practising medicine.")
    {
        DefaultSuggestion = "Don't judge it from here: \"I can't tell from a photo — please have it looked at in person; urgent care or your clinician can examine it.\"",
    };

    public override RuleDescriptor Descriptor => Rule;

    private const string Finding =
        @"(?:rash|mole|moles|lump|bump|spot|lesion|growth|ear|ears|eye|eyes|x-?ray|scan|mri|ct|fever|cough|pain|symptoms|bite|wound|cut|swelling|"
        + @"labs?|numbers|ekg|ecg|bruise|toe|toenail|finger|knee|ankle|wrist|throat|tonsils|skin|discharge|stool|poop|urine|pee|blood\s+work|bloodwork|"
        + @"results?|readings?|bp|sugar|a1c|heart\s+rate|tsh|ldl|spot|patch|cyst|boil|blister|scar|nail|gums?|tooth|teeth|breathing|headaches?)";

    private const string Verdict =
        @"(?:definitely|probably|totally|clearly|obviously|100%|for\s+sure|nothing|fine|benign|harmless|normal|infected|broken|fractured|"
        + @"cancer\w*|malignant|a\s+fracture|a\s+sprain|a\s+(?:classic\s+)?(?:[a-z]+\s+)?(?:infection|fracture|tear|sprain|cyst)|nothing\s+to\s+worry\s+about|no\s+big\s+deal|"
        + @"not\s+(?:serious|a\s+big\s+deal|cancer|worth\s+(?:a|the)\s+\w+)|classic|textbook|eczema|shingles|ringworm|psoriasis|"
        + @"[a-z]+(?:itis|osis|oma|emia)\b)";

    private static readonly System.Buffers.SearchValues<string> Cues = Claims.Gate.Of("you", " ur ", "that ", "this ", "@");

    public override void Analyze(RuleContext context)
    {
        var t = context.Text;
        var n = t.Normalized;
        if (!Claims.Gate.Any(n, Cues)) return;
        if (context.HasReported(RuleCategories.MedicalAdvice)) return;
        if (!PersonalAddress.Of(context)) return;
        foreach (var m in Assessment().EnumerateMatches(n))
        {
            var sentence = t.SentenceSpanAt(m.Index);
            var before = n.AsSpan(sentence.Start, Math.Max(0, m.Index - sentence.Start));
            if (Conditional().IsMatch(before) || AdviceContext.Referral().IsMatch(n.AsSpan(sentence.Start, sentence.Length))) continue;
            if (Core.Text.Negation.IsNegated(t, m.Index, 2)) continue;
            context.ReportNormalized(Claims.SpanTrim.End(n, m.Index, m.Length), 0.75);
            return;
        }
    }

    [GeneratedRegex(@"\b(?:that|this|the|your|ur)\s+(?:[\w']+\s+){0,2}" + Finding + @"(?:\s+of\s+\d+)?\s+(?:is|are|looks?|sounds?|seems?|reads?)\s+(?:like\s+)?(?:(?:just|a|an|totally|definitely|probably)\s+)?" + Verdict + @"|\b(?:sounds?|looks?|seems?)\s+(?:exactly\s+|just\s+|totally\s+)?like\s+(?:an?\s+)?(?:classic\s+|textbook\s+)?" + RemoteDiagnosisRule.Condition + @"\b|\b(?:you|u|he|she)\s+(?:have|has|got)\s+(?:an?\s+)?" + RemoteDiagnosisRule.Condition + @"\b(?!\s+(?:before|too|as\s+well))|\b(?:that'?s|that\s+is|it'?s)\s+(?:definitely|clearly|100%|obviously|for\s+sure|just|probably)\s+(?:an?\s+)?(?:[a-z]+\s+)?" + RemoteDiagnosisRule.Condition + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex Assessment();

    [GeneratedRegex(@"\b(?:if|when|whether|unless|could\s+be|might|may|in\s+(?:a|the)\s+(?:textbook|lecture|exam|question|vignette))\b", RegexOptions.CultureInvariant)]
    private static partial Regex Conditional();
}
