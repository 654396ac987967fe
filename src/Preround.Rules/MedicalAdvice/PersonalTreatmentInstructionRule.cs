using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Core.Text;

namespace Preround.Rules.MedicalAdvice;

/// <summary>
/// A treatment instruction for one person: a reply, a DM or a post about someone's own case that tells them to start, take,
/// apply, alternate or switch a medicine, or gives a dose and frequency ("Start valacyclovir 1g three times a day",
/// "u should try 25mg of sertraline", "amoxicillin 45 mg/kg/day"). A dose with a frequency in the second person is enough
/// even without other signs of a reply; teaching aimed at clinicians ("in patients with …") is not an instruction.
/// </summary>
public sealed partial class PersonalTreatmentInstructionRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.PersonalTreatmentInstruction,
        "Treatment instruction for one person",
        "'{match}' tells one person how to treat their own case without an exam or their history",
        RuleCategories.MedicalAdvice,
        Severity.Warn,
        "The reader may act on it; without their history, allergies, other medicines and an exam the instruction can harm them, "
        + "and boards and malpractice carriers treat it as practising medicine online without a clinician-patient relationship.")
    {
        DefaultSuggestion = "Keep it general and send them to care: \"I can't advise on your own treatment here; a pharmacist or your clinician can tell you what's safe for you.\"",
    };

    public override RuleDescriptor Descriptor => Rule;

    private const string Dose =
        @"(?:\d+(?:[.,]\d+)?\s*(?:mg|mcg|µg|g|ml|cc|units?|iu|%|tabs?|tablets?|pills?|caps?|capsules?|puffs?|drops?)(?:/kg(?:/day)?)?\b|"
        + @"\b(?:once|twice|three\s+times|four\s+times|\d+\s*x|\d+\s+times)\s+(?:a|per|every|daily|each)\b|\bevery\s+\d+(?:-\d+)?\s*(?:hrs?|hours?|h)\b|\b(?:bid|tid|qid|qhs|q\d+h?)\b)";

    private const string Treatment =
        @"(?:" + AdviceContext.Medicine + @"|hydrocortisone|cortisone|steroid\s+cream|antifungal|clotrimazole|miconazole|terbinafine|neosporin|bacitracin|"
        + @"mupirocin|benzoyl|retinol|tretinoin|peppermint\s+oil|berberine|ashwagandha|fiber|probiotic\w*|zinc|vitamin\s+[a-z]\d*|antibiotic\s+cream|"
        + @"eye\s+drops|ear\s+drops|nasal\s+spray|flonase|sudafed|mucinex|dayquil|nyquil|robitussin|pedialyte|epsom|ice\s+bath)";

    private static readonly System.Buffers.SearchValues<string> Cues = Claims.Gate.Of(
        "start", "take", "put", "apply", "give", "use", "try", "alternate", "switch", "cut", "add", "double", "increase", "up ", "mg", "ml",
        "units", "times a day", "x a day", "every ", "twice", "once");

    public override void Analyze(RuleContext context)
    {
        var t = context.Text;
        var n = t.Normalized;
        if (!Claims.Gate.Any(n, Cues) || !InstructionLiterals.MayMatch(n)) return;
        if (context.HasReported(RuleCategories.MedicalAdvice)) return;
        var addressed = PersonalAddress.Of(context);
        foreach (var m in Instruction().EnumerateMatches(n))
        {
            var sentence = t.SentenceSpanAt(m.Index);
            var s = n.AsSpan(sentence.Start, sentence.Length);
            if (Core.Text.Negation.IsNegated(t, m.Index, 2) || Teaching().IsMatch(s)) continue;
            var claim = n.AsSpan(m.Index, m.Length);
            var secondPerson = claim.StartsWith("you") || claim.StartsWith("u ");
            var hasDose = DoseOnly().IsMatch(claim);
            if (!addressed && !(secondPerson && hasDose)) continue;
            if (!addressed && AdviceContext.Referral().IsMatch(s)) continue;
            context.ReportNormalized(Claims.SpanTrim.End(n, m.Index, m.Length), addressed ? 0.85 : 0.7);
            return;
        }
    }

    private const string InstructionPattern = @"(?<=^|[.!?,;:\n]\s*|\b(?:just|then|and|so|def|definitely|honestly|simply|also|now)\s+)(?:start|take|put|apply|give(?:\s+(?:him|her|them|it))?|use|try|alternate|switch\s+to|add|double|increase|up|rub|spray|mix)\s+(?:[^.!?\n]{0,45}?)\b(?:" + Treatment + @")\b(?:[^.!?\n]{0,25}?" + Dose + @")?|\b(?:you|u)\s+(?:should|can|could|need\s+to|have\s+to|gotta|must|oughta|might\s+want\s+to)\s+(?:\w+\s+){0,2}(?:try|take|start|stop|come\s+off|double|up|increase|switch|give|use|put|apply)\b[^.!?\n]{0,40}?" + Dose + @"|\b(?:" + AdviceContext.Medicine + @")\s*,?\s*" + Dose + @"[^.!?\n]{0,20}";
    private static readonly RequiredLiterals InstructionLiterals = RequiredLiterals.Of(InstructionPattern);

    [GeneratedRegex(InstructionPattern, RegexOptions.CultureInvariant)]
    private static partial Regex Instruction();

    [GeneratedRegex(Dose, RegexOptions.CultureInvariant)]
    private static partial Regex DoseOnly();

    [GeneratedRegex(@"\b(?:in\s+patients|patients\s+(?:with|on|who)|teaching|pearl|residents|students|interns|for\s+adults|adults:|label|labels|guideline\w*|trial|study|studies|typical\s+dose|usual\s+dose|max(?:imum)?\s+(?:daily\s+)?dose|per\s+the|reminder|psa|never\s+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Teaching();
}
