using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Core.Text;
using Preround.Rules.Professionalism;

namespace Preround.Rules.CareerOversharing;

/// <summary>Quitting with no notice, walking out of or skipping shifts, faking sick: "quitting effective tomorrow with zero notice, let them cover my nights".</summary>
/// <remarks>A resignation with notice and thanks, or a complaint that others no-show, is fine.</remarks>
public sealed partial class AbandonedShiftRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.AbandonedShift,
        "Abandoning shifts or quitting without notice",
        "'{match}' announces leaving patients or colleagues uncovered; consider not posting it.",
        RuleCategories.CareerOversharing,
        Severity.Warn,
        "Future employers, licensing boards and credentialing committees read public posts about leaving shifts uncovered as patient abandonment and unreliability; references and board applications ask about exactly this.")
    {
        DefaultSuggestion = "If you are leaving, give notice and post afterwards with thanks (\"My last shift at X was today; grateful for this team\").",
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        if (!Cues.Of(context).Any(Cue.Quit)) return;
        var t = context.Text;
        foreach (Match m in Abandon().Matches(t.Normalized))
        {
            var span = new TextSpan(m.Index, m.Length);
            if (Negation.IsNegated(t, span.Start, 2) && !m.Value.Contains("notice", StringComparison.Ordinal)) continue;
            if (OthersDoIt().IsMatch(Scope.Before(t, span))) continue;
            context.ReportNormalized(span, 0.8);
            return;
        }
    }

    [GeneratedRegex(@"(?:\b(?:quit|quitting|resign(?:ing|ed)?|leaving|left|walk(?:ing|ed)? (?:off|away from)|done with|dropping out of)\b[^.!?\n]{0,50}?\b(?:with\s+)?(?:zero|no|0)\s+(?:notice|warning)|\b(?:effective|starting)\s+(?:today|tomorrow|tonight|immediately|right now|now)\b[^.!?\n]{0,30}?\b(?:zero|no|0)\s+notice|\b(?:walked|walking|storm(?:ed|ing)?|bail(?:ed|ing)?)\s+(?:out|off)\s+(?:of\s+|in the middle of\s+|mid[- ]?)?(?:my\s+|the\s+|a\s+)?(?:shift|call|rotation|case|surgery|the unit|the floor|night)|\bno[- ]call,?\s*no[- ]show(?:ed|ing)?\s+(?:tomorrow|today|tonight|my|on|to)|\b(?:not|never) (?:showing|coming) (?:up|in|back) (?:for|to) (?:my|the|tomorrow's|tonight's) (?:shift|call|rotation|clinic)|\blet (?:them|the unit|the program|admin|my chief|my chiefs|everyone else) (?:cover|figure (?:it|that) out|scramble|deal with it|find (?:someone|a replacement))|\b(?:called|calling|call) (?:out|in)(?: sick)? (?:(?:tomorrow|today|tonight|on \w+|this \w+|next \w+)\s+)?(?:to|so i can|for|and)\s+(?:go|hit|catch|attend|see|make|watch|brunch|the beach|a concert|coachella|my)|\b(?:fak(?:e|ed|ing)|pretend(?:ed|ing)?) (?:being )?sick|\bghost(?:ed|ing)\s+(?:my|the)\s+(?:program|job|unit|manager|chief|employer|residency)|\babandon(?:ed|ing)?\s+(?:my|the)\s+(?:shift|patients|assignment|post))", RegexOptions.CultureInvariant)]
    private static partial Regex Abandon();

    [GeneratedRegex(@"\b(?:people who|those who|coworkers who|colleagues who|staff who|nurses who|residents who|anyone who|travelers who|when (?:people|staff|someone))\s+(?:\w+\s+){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex OthersDoIt();
}
