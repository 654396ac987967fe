using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Core.Text;
using Preround.Rules.Professionalism;

namespace Preround.Rules.Venting;

/// <summary>Running down one's own program, hospital, unit or administration in insulting terms ("my program is a joke", "admin are useless").</summary>
/// <remarks>Advocacy for staffing or pay with facts and a hard shift told with pride are fine: the rule needs contempt, not complaint.</remarks>
public sealed partial class WorkplaceVentingRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.WorkplaceVenting,
        "Venting about the workplace",
        "'{match}' runs down your workplace in public; consider raising it where it can be fixed.",
        RuleCategories.Venting,
        Severity.Warn,
        "Your program director, employer and future employers read public contempt for your program or hospital as a judgement on you; patients read it as a reason to distrust the place that treats them.")
    {
        DefaultSuggestion = "Raise it through your program or union channels; in public, advocate for the fix with facts (\"Our unit ran 1:7 last night; safe ratios save lives\").",
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        if (!Cues.Of(context).Any(Cue.Workplace)) return;
        var t = context.Text;
        var text = t.Deobfuscated;
        foreach (Match m in Contempt().Matches(text))
        {
            var span = new TextSpan(m.Index, m.Length);
            if (Negation.IsNegated(t, span.Start, 2)) continue;
            context.ReportNormalized(span, 0.75);
            return;
        }
    }

    [GeneratedRegex(@"(?:\b(?:i|we)\s+(?:really\s+|fucking\s+|so\s+|just\s+|truly\s+|absolutely\s+|honestly\s+)?(?:hate|despise|loathe|can't stand|cannot stand|am (?:so )?done with|'m (?:so )?done with)\s+(?:my|this|our|the)\s+(?:\w+\s+)?(?:job|program|residency|hospital|unit|employer|admin|administration|attendings?|pd|boss|manager|chair|rotation|department|health system|workplace|company|leadership|management)\b|\b(?:my|this|our|the)\s+(?:\w+\s+)?(?:program|hospital|unit|residency|admin|administration|department|health system|employer|leadership|management|c-suite|workplace|job)\s+(?:is|are)\s+(?:(?:such|a|an|total|complete|absolute|literally|so|just|fucking|effing|run by|an absolute|full of)\s+)*(?:joke|dumpster fire|garbage|trash|toxic|hell|hellhole|nightmare|worst|useless|clueless|pathetic|circus|clown show|clown car|shitshow|shit show|idiots|morons|incompetent|criminal|abusive|mess|cesspool|sweatshop|prison|soul-?sucking|cowards|clowns)\b|\b(?:admin|admins|administration|administrators|management|leadership|c-suite|hr)\s+(?:is|are)\s+(?:(?:all|just|so|such|a|an|bunch of|total|completely|absolutely)\s+)*(?:useless|clueless|idiots|morons|joke|incompetent|worthless|pathetic|spineless|cowards|clowns|parasites|out of touch|brain-?dead|a bunch of \w+)\b|\bdumpster fire of an? (?:hospital|program|unit|residency|health system|job)\b|\b(?:worst|most toxic) (?:program|hospital|unit|employer|residency|health system) (?:in|ever|on)\b|\bhellhole\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Contempt();
}
