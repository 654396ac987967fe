using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Core.Text;
using Preround.Rules.Professionalism;

namespace Preround.Rules.PersonalAttack;

/// <summary>Wishing death or harm on someone, or saying care should have been withheld ("should have let him die", "hope she rots").</summary>
/// <remarks>Telling someone to go to hell is graded warn; wishing death, injury or withheld care is block.</remarks>
public sealed partial class WishedHarmRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.WishedHarm,
        "Wishing harm on someone",
        "'{match}' wishes harm on someone; this should not be posted.",
        RuleCategories.PersonalAttack,
        Severity.Block,
        "From a clinician, wishing death or harm, or hinting that care should be withheld, reads to patients, employers and licensing boards as a threat to the duty of care owed to everyone, and has ended careers.")
    {
        DefaultSuggestion = "Delete this line. If you are angry about what someone did, say what you condemn and why, without wishing anything on them.",
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        if (!Cues.Of(context).Any(Cue.Harm)) return;
        var t = context.Text;
        foreach (Match m in DeathWish().Matches(t.Normalized))
        {
            var span = new TextSpan(m.Index, m.Length);
            if (Negation.IsNegated(t, span.Start, 4) || Recovery().IsMatch(m.Value)) continue;
            context.ReportNormalized(span, 0.85);
        }
        foreach (Match m in Damnation().Matches(t.Normalized))
        {
            var span = new TextSpan(m.Index, m.Length);
            if (Negation.IsNegated(t, span.Start, 2)) continue;
            context.ReportNormalized(span, 0.7, severity: Severity.Warn);
        }
    }

    // NOTE: the wish's filler is "(?:\w+\s+){0,4}?" rather than an optional "that" followed by a lazy {0,3}: that
    // combination made the .NET 10 regex source generator's backtracking stack grow without bound ("hope that x y z w"
    // threw ArgumentOutOfRangeException from Array.Resize).
    // NOTE: "let him die" alone can be palliative care ("we let him die peacefully"); it needs a counterfactual
    // ("should have", "could have", "ought to") or a wish ("hope", "wish") to be harm.
    [GeneratedRegex(@"(?:(?:should(?:'ve| have)?|shoulda|could(?:'ve| have)?|ought to(?: have)?|i'?d have|would(?:'ve| have)?|we should(?:'ve| have)?|just)\s+(?:just\s+)?(?:let|left)\s+(?:him|her|them|that\s+[\w-]+|the\s+[\w-]+|those\s+[\w-]+|these\s+[\w-]+|this\s+[\w-]+|[\w-]+)\s+(?:\w+\s+)?(?:die|bleed(?: out)?|rot|suffer|code|croak|burn|drown)|(?:hope|hoping|wish|wishing|pray|praying)\s+(?:\w+\s+){0,4}?(?:dies|die|rots?|suffers?|gets?\s+(?:cancer|shot|hit by|run over|what's coming|sepsis|covid|hurt)|burns?|chokes?|croaks?|never wakes? up|drops? dead|catches? (?:covid|measles|cancer))\b|(?:die|rot|burn)\s+in\s+(?:a\s+)?(?:fire|ditch|hell|prison|agony)|(?:deserves?|deserved)\s+(?:to\s+(?:die|suffer|rot|be shot|bleed)|cancer|a bullet|to get shot)|should\s+(?:all\s+)?(?:be\s+(?:shot|hanged|hung|executed|put down|strung up)|die|just die)|(?:taken|take|took)\s+(?:their|his|her|our)\s+sweet\s+time|slow[- ]code[ds]?\s+(?:him|her|them|that|the|those|every|any)|(?:withhold|withholding|refuse|refusing|won't give|not giving)\s+(?:\w+\s+)?(?:care|treatment|pain meds|meds|analgesia|the vaccine)\s+(?:to|from|for)\s+(?:him|her|them|anyone|people|those|these|every|any)|(?:refuse|refusing|won't|will not|not going)\s+to\s+(?:treat|care for|see)\s+(?:anyone|people|those|these|any|every|them|him|her)\s+(?:who|that|like)|(?:kill|shoot|strangle)\s+(?:him|her|them|that\s+\w+|those\s+\w+)(?!\s+with\s+kindness)|(?:i'?d|i would|we should|should|could)(?:'ve| have)\s+taken\s+(?:my|our|their|his|her)\s+(?:sweet\s+)?time|should(?:'ve| have)\s+(?:just\s+)?(?:bled out|died|rotted|burned)(?=[^.!?]*(?:parking|street|ditch|road|scene|floor|gutter|prison|jail|cell))|\blet\s+(?:him|her|them)\s+(?:suffer|rot)\b|(?:don't|do not|won't|will not)\s+expect\s+(?:me|us|anyone)\s+to\s+(?:treat|care for|help|see|save|hurry|rush|run|respond|come)|(?:deserves?|deserved)\s+(?:every|the|that|his|her|a)?\s*(?:tumor|cancer|bullet|illness|disease|stroke|heart attack)s?|(?:hope|hoping|wish)\s+(?:you|they|he|she)\s+(?:all\s+)?(?:catch|get)\s+(?:it|measles|covid|the virus)(?=[^.!?]*$))", RegexOptions.CultureInvariant)]
    private static partial Regex DeathWish();

    [GeneratedRegex(@"\b(?:recover|better|well|heal|through|out of|home|pulls through|no one|nobody|noone|none)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Recovery();

    [GeneratedRegex(@"(?:(?:send|sending|sent)\s+(?:him|her|them|\w+)\s+(?:straight\s+|right\s+)?to\s+hell|go\s+(?:straight\s+)?to\s+hell|rot\s+in\s+jail|karma\s+(?:gets|will get|better get)\s+(?:him|her|them))", RegexOptions.CultureInvariant)]
    private static partial Regex Damnation();
}
