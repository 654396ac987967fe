using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Core.Text;

namespace Preround.Rules.MedicalAdvice;

/// <summary>Offering to read strangers' labs, images or symptoms in messages or comments ("DM me your labs and I'll tell you").</summary>
public sealed partial class RemoteConsultOfferRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.RemoteConsultOffer,
        "Offer to interpret someone's results online",
        "'{match}' invites strangers to send their own results for you to interpret",
        RuleCategories.MedicalAdvice,
        Severity.Warn,
        "Interpreting one person's labs, pictures or symptoms creates a clinician-patient relationship without an exam, consent, "
        + "records or privacy protections; licensing boards, employers and malpractice insurers treat it as practising medicine online.")
    {
        DefaultSuggestion = "Offer education instead: \"I can't read individual results online; here's what these tests measure — bring your numbers to your own clinician.\"",
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        var n = context.Text.Normalized;
        foreach (var m in Offer().EnumerateMatches(n))
        {
            if (Negation.IsNegated(context.Text, m.Index, 3) || Refusal().IsMatch(n)) continue;
            context.ReportNormalized(Claims.SpanTrim.End(n, m.Index, m.Length), 0.85);
            return;
        }
    }

    [GeneratedRegex(@"\b(?:dm|pm|message|msg|text|email|e-mail|inbox|send|shoot|drop|post|share|comment)\s+(?:me\s+|us\s+)?(?:your|ur|a\s+(?:pic|photo|picture|screenshot)\s+of\s+your|pics?\s+of\s+your|photos?\s+of\s+your|screenshots?\s+of\s+your)\s+(?:[a-z0-9-]+\s+){0,2}?(?:labs?|lab\s+(?:results|work|values)|results|bloodwork|blood\s+work|numbers|a1c|symptoms|meds|medications|med\s+list|scans?|mri|ct|x-?rays?|ekg|ecg|imaging|rash|rashes|moles?|biopsy|pathology|path\s+report|reports?|chart|case|ultrasound|levels|tsh|panel)\b(?:[^.!?\n]{0,60}\b(?:i'?ll|i\s+will|i\s+can|and\s+i)\b[^.!?\n]{0,40})?|\b(?:dm|pm|message)\s+me\s+(?:for|and\s+i'?ll\s+(?:tell|give))\s+(?:you\s+)?(?:a\s+)?(?:diagnosis|dx|what\s+(?:it\s+is|you\s+have|to\s+take)|(?:a\s+)?(?:free\s+)?(?:consult|opinion|second\s+opinion|dosing|treatment\s+plan))\b|\bfree\s+(?:consults?|diagnos\w+|second\s+opinions?)\s+(?:in\s+(?:my|the)\s+dms|via\s+dm|by\s+dm)\b|\bi'?ll\s+(?:dm|message|tell|send|text)\s+you\s+(?:how\s+much|what\s+dose|which\s+(?:dose|supplement|med\w*)|what\s+to\s+take)\b|\bi'?ll\s+(?:tell|let)\s+you\s+(?:know\s+)?(?:what\s+(?:it\s+is|you\s+have|to\s+take|dose)|if\s+you\s+(?:have|need))\b", RegexOptions.CultureInvariant)]
    private static partial Regex Offer();

    [GeneratedRegex(@"\b(?:can'?t|cannot|won'?t|will\s+not|don'?t|do\s+not|unable\s+to)\s+(?:\w+\s+){0,2}(?:give|offer|interpret|read|diagnose|answer|review)\b|\bplease\s+(?:don'?t|do\s+not|stop)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Refusal();
}
