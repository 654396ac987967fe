using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Core.Text;

namespace Preround.Rules.MedicalAdvice;

/// <summary>Telling a reader to ignore or distrust their own clinician ("ignore your doctor", "your cardiologist doesn't know more than me").</summary>
public sealed partial class UndermineOwnClinicianRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.UndermineOwnClinician,
        "Undermining a reader's own clinician",
        "'{match}' tells a reader to set aside the clinician who knows their case",
        RuleCategories.MedicalAdvice,
        Severity.Warn,
        "The reader's own clinician has the history, exam and results you do not; patients who stop trusting them can come to harm, "
        + "and colleagues, employers and boards read it as individual advice and as disparaging other clinicians.")
    {
        DefaultSuggestion = "Encourage a conversation instead: \"If something doesn't add up, ask your doctor to walk you through it or get a second opinion.\"",
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        var t = context.Text;
        var n = t.Normalized;
        if (!UndermineLiterals.MayMatch(n)) return;
        foreach (var m in Undermine().EnumerateMatches(n))
        {
            var sentence = t.SentenceSpanAt(m.Index);
            if (Negation.IsNegated(t, m.Index, 2) || Constructive().IsMatch(n.AsSpan(sentence.Start, sentence.Length))) continue;
            context.ReportNormalized(new TextSpan(m.Index, m.Length), 0.8);
            return;
        }
    }

    private const string UnderminePattern = @"\b(?:ignore|disregard|forget|don'?t\s+(?:listen\s+to|trust|believe)|do\s+not\s+(?:listen\s+to|trust|believe)|never\s+(?:listen\s+to|trust)|stop\s+listening\s+to)\s+(?:what\s+)?(?:your|ur)\s+(?:[a-z-]+\s+)?" + AdviceContext.Clinician + @"\b|\b(?:your|ur)\s+(?:[a-z-]+\s+)?" + AdviceContext.Clinician + @"\s+(?:is\s+(?:wrong|clueless|lying|outdated|an?\s+idiot|incompetent|brainwashed|a\s+pharma\s+shill)|are\s+(?:wrong|clueless|lying|idiots|brainwashed)|(?:doesn'?t|does\s+not|don'?t|do\s+not)\s+(?:know|understand|care|get\s+it)|has\s+no\s+(?:idea|clue)|have\s+no\s+(?:idea|clue)|knows?\s+nothing|is\s+just\s+(?:guessing|trying\s+to))|\b(?:no\s+need\s+to|don'?t\s+bother|you\s+don'?t\s+need\s+to)\s+(?:see(?:ing)?|go(?:ing)?\s+(?:back\s+)?to|call(?:ing)?|ask(?:ing)?)\s+(?:your|ur)\s+" + AdviceContext.Clinician + @"\b|\bno\s+need\s+to\s+(?:take\s+(?:him|her|them|your\s+\w+)\s+to|go\s+to|see|call)\s+(?:the|a|an|your)\s+(?:" + AdviceContext.Clinician + @"|er|ed|urgent\s+care|hospital)\b(?!'s)|\byou\s+(?:don'?t|do\s+not)\s+(?:really\s+)?need\s+(?:a|an|to\s+see\s+(?:a|an|your|the))\s+(?:[a-z-]+\s+)?" + AdviceContext.Clinician + @"\b(?!'s)|\bskip\s+the\s+(?:er|ed|urgent\s+care|doctor|appointment|follow-?up)\s+for\s+(?:that|this|your|her|his)\b|\bskip\s+(?:the|your|ur)\s+(?:pediatrician|peds|doctor|doc|cardiologist|oncologist|ob|ob-?gyn|endo|psychiatrist|pcp)\b|\b(?:skip|cancel|ditch)\s+(?:the|your|ur|that)\s+(?:[\w-]+\s+)?(?:appointment|appt|visit|consult|follow-?up|biopsy|er|ed|urgent\s+care|er\s+visit)\b|\bdon'?t\s+bother\s+(?:with\s+|calling\s+|seeing\s+|going\s+to\s+|booking\s+)(?:the|your|ur|a|an)\s+(?:[\w-]+\s+)?(?:" + AdviceContext.Clinician + @"|appointment|appt|er|ed|urgent\s+care|biopsy|hospital)\b|\bdon'?t\s+waste\s+(?:your\s+)?(?:money|time)\s+(?:on|with)\s+(?:a|an|the|that|your)\s+(?:[\w-]+\s+)?(?:biopsy|scan|mri|ct|test|appointment|visit|specialist|" + AdviceContext.Clinician + @")\b|\bno\s+need\s+(?:to\s+see\s+|for\s+)(?:a|an|the|your)\s+(?:[\w-]+\s+)?(?:" + AdviceContext.Clinician + @"|orthopod|er|ed|biopsy|hospital)\b(?!'s)";
    private static readonly RequiredLiterals UndermineLiterals = RequiredLiterals.Of(UnderminePattern);

    [GeneratedRegex(UnderminePattern, RegexOptions.CultureInvariant)]
    private static partial Regex Undermine();

    [GeneratedRegex(@"\b(?:second\s+opinion|ask\s+(?:questions|them|your)|advocate|speak\s+up|push\s+back\s+(?:and|politely)|if\s+(?:you\s+feel|they)|dismiss\w*\s+you)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Constructive();
}
