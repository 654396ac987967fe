using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Core.Text;

namespace Preround.Privacy.Rules.ConfidentialOther;

/// <summary>A colleague's or staff member's confidential matter: health, pregnancy not yet shared, discipline, exam failure, pay.</summary>
public sealed partial class ColleagueConfidentialRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        PrivacyRuleIds.ColleagueConfidential,
        "Colleague's confidential matter",
        "'{match}' may disclose a colleague's private matter; consider not posting it.",
        RuleCategories.ConfidentialOther,
        Severity.Block,
        "A coworker's health, pregnancy, discipline or exam result is theirs to share; colleagues recognise who is meant, and HR treats it as a confidentiality breach and harassment.")
    {
        DefaultSuggestion = "Leave the colleague's private matter out; if it is good news they shared publicly, link to their own post.",
    };

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        var n = context.Text.Normalized;
        if (!Colleague().IsMatch(n)) return;
        foreach (var m in Matter().EnumerateMatches(n))
        {
            if (Negation.IsNegated(context.Text, m.Index, 3)) continue;
            var sentence = context.Text.SentenceSpanAt(m.Index);
            var inSentence = n.AsSpan(sentence.Start, sentence.Length);
            if (!Colleague().IsMatch(inSentence)) continue;
            // Public good news the colleague shared is theirs to celebrate ("congrats to our charge nurse on her baby").
            if (Celebration().IsMatch(inSentence) && !Secret().IsMatch(inSentence)) continue;
            context.ReportNormalized(new(m.Index, m.Length), 0.8);
        }
    }

    [GeneratedRegex(@"\b(?:coworker|co-worker|colleague|co-?resident|co-?intern|fellow resident|our (?:\w+ )?(?:nurse|charge nurse|manager|nurse manager|director|resident|intern|fellow|attending|surgeon|doctor|np|pa|tech|cna|pharmacist|chief|pd|program director|chair|scrub tech|unit clerk|secretary|receptionist)|(?:the|our|my|one of (?:our|my)) (?:new )?(?:attendings?|residents?|interns?|nurses?|techs?|surgeons?|scrub techs?|cnas?|charge nurses?|managers?|fellows?|preceptors?|co-?workers?)|dr\.? [a-z]+|nurse [a-z]+|(?:a|one|another) (?:\w+ )?(?:tech|nurse|resident|doctor|pharmacist|coworker|colleague|cna|medic|aide|intern|surgeon) (?:at|on|in|from) (?:our|my|the))\b", RegexOptions.CultureInvariant)]
    private static partial Regex Colleague();

    [GeneratedRegex(@"\b(?:(?:is|was|got|'s) (?:secretly |apparently )?pregnant|(?:got|was|is|been|being) (?:fired|suspended|put on probation|written up|reported to the board|investigated|disciplined|demoted|let go|placed on leave)|(?:failed|flunked) (?:step ?[123]|boards?|the boards|her boards|his boards|the exam|the in-?service|comlex|nclex)|(?:in|went to|back in|entered) rehab|relapsed|(?:tested|testing) positive (?:for|on)|(?:failed|popped positive on) (?:a|the|his|her) drug (?:test|screen)|(?:was|got) (?:diagnosed|dx'?d) with|has (?:cancer|hiv|ms|als|lupus|a brain tumou?r|leukemia)|(?:had|having) a (?:miscarriage|breakdown|panic attack at work)|(?:on|took|taking) (?:medical|mental health|psych) leave|(?:got|was) (?:arrested|a dui)|dui|divorc\w*|(?:having|had) an affair|makes \$?\d[\d,k]*|what (?:dr\.? )?[a-z]+ makes|(?:salary|pay) is \$?\d|(?:lost|losing) (?:his|her|their) licen[cs]e|under investigation)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Matter();

    [GeneratedRegex(@"\b(?:congrat\w*|so happy for|celebrat\w*|welcome|proud of|best wishes)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Celebration();

    [GeneratedRegex(@"\b(?:hasn'?t told|not told|doesn'?t know|don'?t tell|secret|secretly|nobody knows|not announced)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Secret();
}
