using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;

namespace Preround.Privacy.Rules.Privacy;

/// <summary>Someone the author knows seen as a patient, or a record opened without a care reason ("my neighbour came into the ED", "peeked at her chart").</summary>
public sealed partial class KnownPersonAsPatientRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        PrivacyRuleIds.KnownPersonAsPatient,
        "Acquaintance or looked-up chart",
        "'{match}' discloses that someone identifiable received care; consider not posting it.",
        RuleCategories.Privacy,
        Severity.Block,
        "Saying that a neighbour, a coworker or a celebrity was a patient, or that you looked at a chart, is a disclosure readers can tie to one person; looking without a care reason is itself a reportable breach.")
    {
        DefaultSuggestion = "Leave out who the person is and that they were seen; never mention looking at a record outside your care role.",
    };

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        var n = context.Text.Normalized;
        foreach (var m in Acquaintance().EnumerateMatches(n)) context.ReportNormalized(new(m.Index, m.Length), 0.85);
        foreach (var m in Snooping().EnumerateMatches(n))
        {
            if (!Core.Text.Negation.IsNegated(context.Text, m.Index)) context.ReportNormalized(new(m.Index, m.Length), 0.8);
        }
    }

    [GeneratedRegex(@"\b(?:my|our) (?:\w+ ){0,2}(?:neighbou?r|coworker|co-worker|ex|ex-?wife|ex-?husband|ex-?boyfriend|ex-?girlfriend|landlord|boss|kid's teacher|son's teacher|daughter's teacher|pastor|priest|mailman|barista|hairdresser|classmate|old classmate|high school \w+|roommate|professor|dentist|coach|teacher|(?:high school|middle school|elementary school|chemistry|math|piano|english|history|science|biology) teacher|babysitter|nanny)(?:'s \w+)? (?:came in|was on my (?:\w+ )?(?:list|schedule|table)|was in my (?:chair|clinic|office)|came into|rolled in|was (?:admitted|in (?:the|our)|my patient|on (?:my|our)|brought in|seen)|is (?:admitted|in (?:the|our)|my patient|on (?:my|our))|showed up (?:in|at)|got admitted|ended up (?:in|on)|delivered|coded|died)\b|\b(?:the|my|a|this) (?:patient|pt) (?:[\w']+ ){0,5}(?:is|was|turned out to be) (?:my|our) (?:\w+'s )?(?:\w+ )?(?:coach|teacher|neighbou?r|coworker|co-worker|boss|landlord|pastor|ex|classmate|professor|dentist|friend|babysitter|nanny|roommate|cousin|mail carrier|barista)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Acquaintance();

    [GeneratedRegex(@"\b(?:peek(?:ed)?|snoop(?:ed|ing)?|look(?:ed)? up|pull(?:ed)? up|check(?:ed)?|open(?:ed)?|read|scroll(?:ed)? through) (?:at )?(?:his|her|their|my \w+'s|the|[a-z]+'s) (?:chart|record|records|labs|file|results)(?: just)?(?: out of curiosity| for fun| because| to see)?\b(?=[^.!?]{0,60}\b(?:curious|curiosity|for fun|couldn't resist|celebrity|famous|ex|neighbou?r|coworker|friend|not my patient|wasn't my patient|nosy|tea|drama))", RegexOptions.CultureInvariant)]
    private static partial Regex Snooping();
}
