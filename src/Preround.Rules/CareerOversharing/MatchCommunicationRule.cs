using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Core.Text;
using Preround.Rules.Professionalism;

namespace Preround.Rules.CareerOversharing;

/// <summary>Match communications made public: telling a program where it is ranked, a program director's hints or promises, "ranked to match", "basically signed".</summary>
/// <remarks>"I matched!" after Match Day, "grateful to have interviewed at…" and general advice about rank lists are fine.</remarks>
public sealed partial class MatchCommunicationRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.MatchCommunication,
        "Match communication made public",
        "'{match}' makes Match communications public; consider keeping them private.",
        RuleCategories.CareerOversharing,
        Severity.Warn,
        "Program directors, including those of every other program you ranked, read public posts about rank positions and promises; NRMP rules forbid programs from asking or promising, and airing them can put both you and the program in breach.")
    {
        DefaultSuggestion = "Keep rank lists and what programs told you private until Match Day; afterwards, celebrate where you matched.",
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        if (!Cues.Of(context).Any(Cue.Match)) return;
        var t = context.Text;
        var text = t.Normalized;
        if (Advice().IsMatch(text)) return;
        foreach (Match m in Disclosure().Matches(text))
        {
            var span = new TextSpan(m.Index, m.Length);
            if (Negation.IsNegated(t, span.Start, 2)) continue;
            context.ReportNormalized(span, 0.8);
            return;
        }
    }

    [GeneratedRegex(@"(?:\b(?:told|telling|tell|emailed|texted|messaged|let|letting|informed|promised|assured)\s+(?:[\w'.-]+\s+){0,6}?(?:they(?:'re| are| were)|it(?:'s| is)|that (?:they|it)(?:'re|'s| are| is| was| were)|them (?:they|it)(?:'re|'s| are| is| was| were)|i(?:'m| am)? (?:ranking|ranked|will rank|putting)(?: them)?)\s+(?:\w+\s+)?(?:my\s+)?(?:#\s?1|number (?:one|1)|no\.?\s?1|first choice|top choice|top pick|first|top (?:program|spot|of my list))|\b(?:pd|program director|apd|chief|chair|coordinator|program|they|interviewer|faculty)\s+(?:\w+\s+){0,3}?(?:said|told me|promised|hinted|implied|guaranteed|basically said|basically told me|winked|assured me|emailed|texted)\b[^.!?\n]{0,60}?(?:take care of (?:me|you)|see each other|rank(?:ed|ing)? (?:me )?to match|rank(?:s|ing)? me (?:highly|high|first|#1|to match)|very happy on match day|happy on match day|see you (?:in|on) (?:july|match day)|(?:i'?m|i am|you're) (?:in|their #1|their top|ranked(?: to match| highly| first)?)|top of (?:the|their) (?:rank )?list|ranked highly|(?:i'?d|i would|you'll|you will) (?:match|be matching)|off the match|outside the match)|\b(?:rank(?:ed|ing)?|putting)\s+(?:[\w'.-]+\s+){1,3}(?:#\s?1|first|number one)\s+and\s+(?:told|emailed|texted|let)|\btold (?:me )?(?:off the record|privately|confidentially|unofficially)\b[^.!?\n]{0,40}?\b(?:rank|list|match)|\bthey(?:'re| are) only ranking \d+|\bpromised (?:me )?(?:i'?d|i would|to rank|a spot|a position)|\b(?:ranked to match|rank(?:ing)? me to match|basically signed|pre-?match (?:offer|deal|contract)|outside (?:of )?the match|off (?:the )?match (?:offer|deal)|(?:i'?m|i am) their (?:#\s?1|number one|top (?:pick|choice|candidate))|they'?re ranking me (?:#1|first|highly|to match)|second look (?:basically )?(?:guarantees|guaranteed|means)|if you know what i mean.{0,20}match))", RegexOptions.CultureInvariant)]
    private static partial Regex Disclosure();

    [GeneratedRegex(@"\b(?:nrmp (?:rules|code|policy)|reminder|psa|tip|tips|advice|programs (?:can't|cannot|may not|aren't allowed to) (?:ask|promise)|never believe|don't believe|don't read into)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Advice();
}
