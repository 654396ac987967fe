using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Core.Text;

namespace Preround.Rules.MedicalAdvice;

/// <summary>Telling a specific person to stop, start, skip or change a medicine or dose ("you should stop your metformin", "give him 10 ml").</summary>
public sealed partial class IndividualMedicationDirectiveRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.IndividualMedicationDirective,
        "Medication instructions for one person",
        "'{match}' tells someone what to do with their medicine without knowing their history",
        RuleCategories.MedicalAdvice,
        Severity.Warn,
        "Someone may act on it: a stopped or changed medicine without their history, allergies and other drugs can hurt them, "
        + "and licensing boards and malpractice carriers treat individual advice online as practising without an exam or a "
        + "clinician-patient relationship.")
    {
        DefaultSuggestion = "Keep it general and point to their own care: \"Please don't change a medicine on your own — ask your prescriber or pharmacist; this isn't medical advice.\"",
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        var t = context.Text;
        var n = t.Normalized;
        if (!AdviceContext.MentionsMedicine(n)) return;
        var addressed = AdviceContext.IsAddressedToSomeone(context);
        if (DirectiveLiterals.MayMatch(n) && ReportedDirective(context, addressed)) return;
        if (!addressed) return;
        // In a reply to one person even a bare "start aspirin tonight" is an instruction for their case.
        foreach (var m in BareDirective().EnumerateMatches(n))
        {
            if (Negation.IsNegated(t, m.Index, 3)) continue;
            context.ReportNormalized(new TextSpan(m.Index, m.Length), 0.75);
            return;
        }
    }

    // NOTE: run only when the draft holds the pattern's required words (RequiredLiterals): the same findings, sooner.
    private static bool ReportedDirective(RuleContext context, bool addressed)
    {
        var t = context.Text;
        var n = t.Normalized;
        foreach (var m in Directive().EnumerateMatches(n))
        {
            var sentence = t.SentenceSpanAt(m.Index);
            var s = n.AsSpan(sentence.Start, sentence.Length);
            // Pointing to the reader's own clinician makes general advice safe; it does not excuse instructions to one person.
            if (!addressed && AdviceContext.Referral().IsMatch(s)) continue;
            var negated = Negation.IsNegated(t, m.Index, 3) || NegatedStart().IsMatch(n.AsSpan(m.Index, m.Length));
            var matched = n.AsSpan(m.Index, m.Length);
            var isDose = matched.Length > 0 && DoseOnly().IsMatch(matched);
            // "Never stop an antidepressant cold turkey" is education; the same words in a reply to one person are advice.
            if ((negated || isDose || Hypothetical().IsMatch(s)) && !addressed) continue;
            context.ReportNormalized(new TextSpan(m.Index, m.Length), addressed ? 0.85 : 0.7);
            return true;
        }
        return false;
    }

    [GeneratedRegex(@"\b(?:start|take|stop|double|restart|try|use|give\s+(?:him|her|them))\s+(?:taking\s+)?(?:some\s+|an?\s+|two\s+|a\s+couple\s+|the\s+|your\s+|ur\s+|his\s+|her\s+|that\s+)?" + AdviceContext.Medicine + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex BareDirective();

    private const string DirectivePattern = @"\b(?:you|u|ya|y'all|your\s+(?:mom|mum|dad|son|daughter|husband|wife|partner|kid|baby|grandma|grandpa|mother|father))\s+(?:should(?:n't)?|need\s+to|have\s+to|gotta|must|can|could|oughta|ought\s+to|might\s+want\s+to|better|just)\s+(?:just\s+|definitely\s+|totally\s+|probably\s+|really\s+|honestly\s+)?(?:stop|quit|come\s+off|get\s+off|ditch|skip|double|triple|halve|cut|up|increase|decrease|lower|raise|switch|swap|start|take|restart|add|drop|wean|taper|try|throw\s+out|toss)\b[^.!?\n]{0,40}?\b" + AdviceContext.Medicine + @"\b|\byou\s+(?:don'?t|do\s+not)\s+(?:really\s+|even\s+)?need\s+(?:that|the|your|those|this|any|a|an)\s+(?:[a-z-]+\s+)?" + AdviceContext.Medicine + @"\b|(?<=^|[.!?\n:,;]\s*|@\w+\s+(?:[a-z]+\s+)?|\bto\s+|\b(?:bro|dude|girl|sis|hun|babe|honestly|tbh|ok|okay|so|just)\s+)(?:just\s+|definitely\s+|honestly\s+|never\s+|don'?t\s+|do\s+not\s+)?(?:stop|quit|come\s+off|get\s+off|ditch|skip|double|triple|halve|cut|up|increase|decrease|lower|raise|switch|swap|restart|drop|wean|taper|throw\s+out|toss|flush)\s+(?:taking\s+|using\s+)?(?:your|ur|his|her|their|the|that|those|all\s+(?:your|those|the))\s+(?:[a-z0-9-]+\s+){0,2}?" + AdviceContext.Medicine + @"\b|\bjust\s+(?:add|take|start|try|use|stop|double)\s+(?:some\s+|a\s+little\s+)?(?:[a-z-]+\s+)?" + AdviceContext.Medicine + @"\b|\b(?:give|take|try|use)\s+(?:(?:him|her|them|it)\s+|your\s+(?:[a-z]+\s+)?(?:kid|son|daughter|baby|toddler|child|mom|dad|husband|wife)\s+)?(?:like\s+|up\s+to\s+)?\d+(?:\.\d+)?\s*(?:mg|mcg|ml|cc|units?|tabs?|tablets?|pills?|caps?|capsules?|puffs?)\b";
    private static readonly RequiredLiterals DirectiveLiterals = RequiredLiterals.Of(DirectivePattern);

    [GeneratedRegex(DirectivePattern, RegexOptions.CultureInvariant)]
    private static partial Regex Directive();

    [GeneratedRegex(@"^(?:never|don'?t|do\s+not)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NegatedStart();

    [GeneratedRegex(@"^(?:give|take|try|use)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DoseOnly();

    [GeneratedRegex(@"\b(?:if\s+your\s+(?:doctor|prescriber|clinician)|patients\s+(?:often|sometimes)|many\s+people|studies|guidelines?|reminder|psa)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Hypothetical();
}
