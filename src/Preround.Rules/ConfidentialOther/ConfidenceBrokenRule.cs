using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;

namespace Preround.Rules.ConfidentialOther;

/// <summary>
/// The post names its own duty of confidence and breaks it: "they told us not to share the interview questions, but",
/// "yes there's a confidentiality clause, no I don't care", "embargoed till Thursday but here's slide 12".
/// </summary>
/// <remarks>
/// Needs both the acknowledged duty (told not to share, NDA, confidentiality clause, embargo, off the record, not
/// public yet) and a sign the author shares anyway ("but here's", "posted", "leaked", "I don't care"). Keeping the
/// confidence ("so I won't say more") and reminders ("NDA means don't post about the pilot") are fine.
/// </remarks>
public sealed partial class ConfidenceBrokenRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.ConfidenceBroken,
        "Confidence acknowledged and broken",
        "'{match}' says this was shared in confidence; posting it anyway breaks that confidence.",
        RuleCategories.ConfidentialOther,
        Severity.Block,
        "Employers, programs, sponsors and exam boards read a post that admits the rule and breaks it as deliberate: interview questions, embargoed data, contract terms and internal decisions are shared under agreements, and the post itself is the evidence.")
    {
        DefaultSuggestion = "Keep what you were told in confidence out of the post; share what is public, or your own experience without the protected details.",
    };

    public override RuleDescriptor Descriptor => Rule;

    // Cheap gate: every duty phrase holds one of these.
    private static readonly System.Buffers.SearchValues<string> DutyWords = Claims.Gate.Of(
        " not ", "nda", "embargo", "confidential", "record", "between us");

    public override void Analyze(RuleContext context)
    {
        var n = context.Text.Normalized;
        if (!Claims.Gate.Any(n, DutyWords)) return;
        var duty = Duty().Match(n);
        if (!duty.Success || context.HasReported(RuleCategories.ConfidentialOther, Severity.Warn)) return;
        var rest = n.AsSpan(duty.Index);
        // A strong sign of sharing overrides "I can't share it all": "can't share the deck, but here's slide 12";
        // a weak one ("but", "anyway", a list after a colon) counts only when the author does not keep the confidence.
        var shared = SharedAnyway().IsMatch(rest) || (Despite().IsMatch(rest) && !Keeps().IsMatch(n));
        if (!shared) return;
        context.ReportNormalized(new TextSpan(duty.Index, duty.Length), 0.8);
    }

    [GeneratedRegex(@"\b(?:(?:told|asked|warned|instructed|reminded)\s+(?:us|me|everyone|all of us|the (?:applicants|interviewees|residents|staff|team))?\s*not\s+to\s+(?:share|post|talk\s+about|discuss|tell|say|repeat|leak|screenshot|publici[sz]e)|(?:confidentiality|non-?disclosure)\s+(?:clause|agreement|form|policy)|\bnda\b|under\s+embargo|embargo(?:ed)?\s+(?:till|until|to)|off\s+the\s+record|not\s+supposed\s+to\s+(?:share|post|say|tell|talk|know)|(?:not|isn'?t|hasn'?t\s+been)\s+(?:public|announced)\s+yet|strictly\s+confidential|between\s+us)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Duty();

    [GeneratedRegex(@"\b(?:but\s+here(?:'s|\s+(?:is|are|it\s+is|they\s+are))|here\s+(?:they|it)\s+(?:are|is)|so\s+here(?:'s|\s+(?:is|are|goes))|posted|posting\s+(?:it|them|the)|leaked|leaking|(?:i|we)\s+don'?t\s+care|no\s+i\s+don'?t\s+care|come\s+on|screw\s+it|oh\s+well|level\s+playing\s+field|sorry\s+not\s+sorry|👀)", RegexOptions.CultureInvariant)]
    private static partial Regex SharedAnyway();

    [GeneratedRegex(@"\b(?:but|anyway|anyways|still|whatever|so\s+yeah|tl;?dr)\b|:\s*(?:\d\)|1\.|-)", RegexOptions.CultureInvariant)]
    private static partial Regex Despite();

    [GeneratedRegex(@"\b(?:so\s+i\s+(?:won'?t|can'?t|will\s+not|cannot)|(?:i|we)\s+(?:won'?t|will\s+not|can'?t|cannot|am\s+not\s+going\s+to|'m\s+not\s+going\s+to)\s+(?:share|post|say|go\s+into|repeat)|not\s+sharing|i\s+respect\s+(?:that|it)|reminder|remember|psa|never\s+(?:post|share)|don'?t\s+(?:post|share)|do\s+not\s+(?:post|share))\b", RegexOptions.CultureInvariant)]
    private static partial Regex Keeps();
}
