using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;

namespace Preround.Rules.MedicalAdvice;

/// <summary>Diagnosing a specific person from a description or a photo ("sounds like you have shingles", "that's definitely melanoma").</summary>
public sealed partial class RemoteDiagnosisRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.RemoteDiagnosis,
        "Diagnosing someone from a post",
        "'{match}' diagnoses a specific person without an exam",
        RuleCategories.MedicalAdvice,
        Severity.Warn,
        "A diagnosis from a description or a picture can be wrong in both directions: false reassurance delays care, a scary label "
        + "sends someone to the wrong place; boards and insurers treat it as practising medicine without a clinician-patient relationship.")
    {
        DefaultSuggestion = "Point them to care instead: \"That's worth getting looked at in person soon — your clinician or urgent care can examine it.\"",
    };

    internal const string Condition =
        @"(?:[a-z]+(?:itis|osis|emia|oma|pathy|algia|iasis)|shingles|strep|flu|covid|uti|pneumonia|adhd|autism|anxiety|depression|lupus|lyme|celiac|ibs|pcos|"
        + @"endometriosis|diabetes|pre-?diabetes|hypothyroid\w*|hyperthyroid\w*|sleep\s+apnea|long\s+covid|mono|migraines?|vertigo|gout|eczema|psoriasis|rosacea|"
        + @"melanoma|skin\s+cancer|cancer|(?:a\s+)?(?:clot|dvt|stroke|heart\s+attack|concussion|fracture|sprain|hernia|kidney\s+stone|ulcer|infection|allergy)|"
        + @"gerd|reflux|bell'?s\s+palsy|ringworm|scabies|impetigo|cellulitis|a\s+uti)";

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        var t = context.Text;
        var n = t.Normalized;
        if (!n.Contains("you", StringComparison.Ordinal) && !n.Contains('@') && !n.Contains("that's", StringComparison.Ordinal)) return;
        foreach (var m in Diagnosis().EnumerateMatches(n))
        {
            var sentence = t.SentenceSpanAt(m.Index);
            var s = n.AsSpan(sentence.Start, sentence.Length);
            if (AdviceContext.Referral().IsMatch(s) || Conditional().IsMatch(n.AsSpan(sentence.Start, Math.Max(0, m.Index - sentence.Start)))) continue;
            var text = n.AsSpan(m.Index, m.Length);
            // "That's classic shingles" is a teaching line unless the post speaks to a person about their case.
            if (!text.Contains("you", StringComparison.Ordinal) && !AdviceContext.IsAddressedToSomeone(context)) continue;
            context.ReportNormalized(new TextSpan(m.Index, m.Length), 0.75);
            return;
        }
    }

    [GeneratedRegex(@"\b(?:sounds|looks|seems)\s+(?:exactly\s+|just\s+|a\s+lot\s+|totally\s+)?like\s+(?:you\s+(?:have|got|'ve\s+got)|your\s+(?:[a-z]+\s+)?(?:has|have|got)|it'?s|classic|textbook|a\s+case\s+of)\s+(?:an?\s+|classic\s+|textbook\s+)?" + Condition + @"\b|\byou\s+(?:definitely|probably|clearly|obviously|100%|almost\s+certainly|most\s+likely)\s+(?:have|got)\s+(?:an?\s+)?" + Condition + @"\b|\b(?:that|it|this)(?:'s|\s+is)\s+(?:definitely|clearly|100%|obviously|textbook|classic|almost\s+certainly|for\s+sure)\s+(?:an?\s+)?(?:[a-z]+\s+)?" + Condition + @"\b|\byou\s+have\s+(?:an?\s+)?" + Condition + @",?\s+(?:take|start|try|get)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Diagnosis();

    [GeneratedRegex(@"\b(?:if|when|whether|could\s+be|might|may|in\s+(?:a|the)\s+(?:textbook|lecture|exam|question|vignette)|on\s+(?:the\s+)?(?:boards|step|shelf))\b", RegexOptions.CultureInvariant)]
    private static partial Regex Conditional();
}
