using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Core.Text;

namespace Preround.Rules.CareerOversharing;

/// <summary>
/// Career moves aired in public that hurt the author: a rank list or a program's promise spelled out, a job hunt kept
/// from one's boss, a specific program's interview questions, walking off a unit, warning applicants off one's program,
/// telling several programs each is "#1".
/// </summary>
/// <remarks>Match Day news, general Match or contract advice and announced moves with thanks are fine.</remarks>
public sealed partial class CareerIndiscretionRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.CareerIndiscretion,
        "Career indiscretion",
        "'{match}' airs a career matter that programs or employers may hold against you; consider keeping it private.",
        RuleCategories.CareerOversharing,
        Severity.Warn,
        "Program directors, current and future employers and credentialing committees read these posts: rank promises and 'everyone is my #1' breach Match rules, secret job hunts and walk-offs read as unreliability, and warnings about your own program follow you.")
    {
        DefaultSuggestion = "Keep rank lists, promises, job searches and exits private until they are final; then post the outcome with thanks.",
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        var text = context.Text.Normalized;
        if (!Gate().IsMatch(text) || Advice().IsMatch(text)) return;
        foreach (Match m in Indiscretion().Matches(text))
        {
            if (Negation.IsNegated(context.Text, m.Index, 2)) continue;
            context.ReportNormalized(new TextSpan(m.Index, m.Length), 0.7);
            return;
        }
    }

    [GeneratedRegex(@"rank|lock|interview|back|tell|told|sick|walk|applicant|#1|number one|first choice|resign|offer|beware|apply|ghost|contract|screenshot|noncompete|non-compete", RegexOptions.CultureInvariant)]
    private static partial Regex Gate();

    [GeneratedRegex(@"(?:\bmy (?:final |current |tentative |nrmp |certified )?rank (?:order )?(?:list|order)\s*(?::|is|looks like|=|-)\s*(?:1|#1|1\)|\w+)|\[photo:[^\]]{0,80}\brank (?:order )?list\b|\bcall(?:ed|ing)? (?:in|out) [""']?sick[""']? (?:\w+ ){0,3}(?:to|for|so)\b|\btold (?:the |their |his |her )?(?:pd|program director|program|interviewer|chair)s? (?:that )?(?:his|her|their|the|it|they)(?:'s| is| was| are| were)? (?:program )?(?:is |was |are |were )?my (?:backup|safety|last choice|\#\d|number \w+)|\b(?:i'?m|im|i am) (?:a |basically a |literally a )?(?:lock|locked in|guaranteed a spot)\b|\b(?:told|telling|emailed|texted) (?:every|all|each|both|all \w+|\d+|several|multiple) (?:of )?(?:the )?programs? (?:that )?(?:they(?:'re| are| were)|it(?:'s| was)) (?:my )?(?:#\s?1|number one|first|top)|\binterview (?:q'?s|questions|prompts)\b[^.!?\n]{0,40}\b(?:from|at) my\b|\b(?:questions?|q'?s) from (?:my |the |today'?s )?\w+(?: \w+)? interview\b|\bdm (?:me )?for the (?:full )?(?:list|questions|q'?s)\b|\bbehind (?:my|our|the) (?:\w+'s|\w+s') back\b|\bresign(?:ing)? the (?:second|minute|moment|day) i get\b|\b(?:walked|walking|walk) (?:off|out (?:of|on)) (?:my |the )?(?:unit|floor|job|post|assignment)\b|\bleft (?:the )?keys (?:to|for) the (?:narc|narcotics?|pyxis|med|drug)\w*|\b(?:applicants?|students|future (?:residents|interns|applicants)|ms4s|m4s) (?:beware|be warned|avoid|run)\b|\bdon'?t (?:apply|rank|match) (?:here|us|this program|my program|to my program)\b|\b(?:screenshot|photo|pic) of (?:my|the) (?:signed )?contract\b|\bhere'?s (?:a |the )?screenshot of (?:my|the) contract\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Indiscretion();

    [GeneratedRegex(@"\b(?:tip|tips|advice|psa|reminder|never (?:tell|post|share)|report it|nrmp rules)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Advice();
}
