using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Rules.Professionalism;

namespace Preround.Rules.CareerOversharing;

/// <summary>Bad-mouthing the current employer while job hunting, and posting contract terms one agreed to keep confidential.</summary>
/// <remarks>Sharing one's own pay for transparency is protected and fine; what is flagged is contempt aimed at the employer next to a job search, and terms marked confidential.</remarks>
public sealed partial class EmployerBadMouthingRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.EmployerBadMouthing,
        "Bad-mouthing an employer while job hunting",
        "'{match}' may cost you with the next employer; consider keeping it out of a job search.",
        RuleCategories.CareerOversharing,
        Severity.Warn,
        "Recruiters and hiring committees read how you talk about your current employer as how you will talk about them; and posting terms you agreed to keep confidential can breach your contract.")
    {
        DefaultSuggestion = "Say what you are looking for (\"Open to hospitalist roles in the Northwest, with protected teaching time\") rather than what you are fleeing; keep contract terms private if they are marked confidential.",
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        var cues = Cues.Of(context);
        var text = context.Text.Normalized;
        if (cues.Any(Cue.JobHunt))
        {
            var hunt = JobHunt().Match(text);
            var contempt = hunt.Success ? Contempt().Match(text) : Match.Empty;
            if (hunt.Success && contempt.Success)
            {
                context.ReportNormalized(new TextSpan(contempt.Index, contempt.Length), 0.7);
                return;
            }
        }
        if (cues.Any(Cue.Contract))
        {
            var leak = ConfidentialTerms().Match(text);
            if (leak.Success) context.ReportNormalized(new TextSpan(leak.Index, leak.Length), 0.7);
        }
    }

    [GeneratedRegex(@"\b(?:recruiters?|hiring|#?open ?to ?work|open to (?:new )?(?:opportunities|offers|roles|jobs)|dm me (?:with|if|for) (?:jobs|openings|offers)|job hunting|looking for (?:a new|another) (?:job|position|program|role)|interviewing (?:elsewhere|at other|with other)|updating my (?:cv|resume)|applying (?:elsewhere|to other)|get me out of here|any (?:openings|jobs)|jumping ship|transfer(?:ring)? (?:out|programs))\b", RegexOptions.CultureInvariant)]
    private static partial Regex JobHunt();

    [GeneratedRegex(@"\b(?:my|this|our|current)\s+(?:\w+\s+)?(?:hospital|employer|job|program|group|practice|health system|unit|boss|manager|chair|pd|admin|administration|company|leadership)\s+(?:is|are)\s+(?:(?:such|a|an|total|complete|absolute|literally|so|just|run by)\s+)*(?:joke|dumpster fire|garbage|trash|toxic|hell|hellhole|nightmare|worst|useless|clueless|pathetic|circus|clown show|shitshow|idiots|morons|incompetent|criminal|abusive|mess|cesspool|sweatshop|sinking ship|cheap|greedy|crooks|liars|a scam|clowns|amateurs)\b|\b(?:hate|despise|can't stand|sick of)\s+(?:my|this)\s+(?:\w+\s+)?(?:hospital|employer|job|program|group|practice|boss|manager|chair|pd)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Contempt();

    [GeneratedRegex(@"\b(?:not (?:supposed|allowed) to (?:share|post|tell|disclose)|(?:under|signed) (?:an? )?nda|confidential(?:ity)? (?:clause|agreement)|don't tell (?:hr|admin|my (?:boss|group|chair))|(?:leaked|leaking|screenshot of) (?:my |our |the )?(?:contract|offer letter|comp (?:plan|model)|rvu (?:targets|rates))|what (?:dr\.?|nurse)\s+\w+\s+(?:makes|earns|gets paid))\b", RegexOptions.CultureInvariant)]
    private static partial Regex ConfidentialTerms();
}
