using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Core.Text;
using Preround.Rules.Conduct;

namespace Preround.Rules.DisparageProfession;

/// <summary>
/// A profession or specialty as a group (the target) with a sweeping claim about its worth or competence (the
/// stance): reduced to something trivial ("dermatology is just pimple popping"), denied basic competence
/// ("prescribers can't do math", "ortho doesn't know what a med list is") or called worthless ("why do we even
/// pay these people", "easiest job in the hospital").
/// </summary>
/// <remarks>
/// The stance must be about the group itself, in the clause that names it. Praise, rebuttals ("nurses aren't just…"),
/// scope statements ("NPs can't prescribe X in this state"), evidence-based critique and jokes about one's own
/// profession are fine.
/// </remarks>
public sealed partial class ProfessionSweepingClaimRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.ProfessionSweepingClaim,
        "Sweeping claim about a profession",
        "'{match}' passes judgement on a whole profession; consider naming the specific practice you disagree with.",
        RuleCategories.DisparageProfession,
        Severity.Warn,
        "Everyone in that profession reads a sweeping verdict on their worth as aimed at them, including the colleagues you share patients with; program directors, employers and licensing boards read it as a sign you will not work well in a team.")
    {
        DefaultSuggestion = "Describe one situation and what would help (\"Consult notes without a clear question slow us down; here is the template we use\"), not the whole group.",
    };

    /// <summary>How far after the group the stance may start (characters): the same clause.</summary>
    private const int Reach = 48;

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        var s = ConductSignals.Of(context);
        if (!s.Any(Sig.Profession)) return;
        var t = context.Text;
        var text = t.Deobfuscated;
        foreach (var h in s.Hits)
        {
            if ((h.Sig & Sig.Profession) == 0) continue;
            // Praise or teaching around the group: "our pharmacists caught...", "a study of NPs found...".
            if ((s.In(h.Sentence) & (Sig.Positive | Sig.Education)) != 0) continue;
            if (ProfessionContemptRule.IsOwnGroup(context, t, h.Span) || Negation.IsNegated(t, h.Start, 3)) continue;
            var sentence = t.SentenceSpanAt(h.Start);
            var end = Math.Min(sentence.End, h.Start + h.Length + Reach);
            var after = h.Start + h.Length;
            if (end <= after) continue;
            var m = Stance().Match(text, after, end - after);
            if (!m.Success || Frames.Defused(t, new TextSpan(m.Index, m.Length), 2)) continue;
            if (Rebuttal().IsMatch(text.AsSpan(sentence.Start, sentence.Length))) continue;
            context.ReportNormalized(TextSpan.FromBounds(h.Start, m.Index + m.Length), 0.7);
            return;
        }
    }

    // NOTE: three stances, each tied to the group by position (it follows the group in the same clause):
    //  1. reduced to something trivial: "is/are just|basically|merely|nothing but ..." (not "just as", "only allowed to");
    //  2. basic competence denied as a habit: "can't|don't|never" + an everyday professional verb (not regulatory
    //     verbs like prescribe, bill, order, which state scope of practice, not contempt);
    //  3. worthlessness: paid for nothing, the easiest job, the bare minimum, no judgement, half trained.
    private const string Trivial =
        @"(?:is|are|'re|'s)\s+(?:all\s+|really\s+)?(?:just|basically|merely|literally\s+just|simply|nothing\s+(?:but|more\s+than)|glorified|essentially|little\s+more\s+than)\s+"
        + @"(?!(?:as|like|people|humans?|one|part|not|allowed|able|trained|licensed|permitted|required|doing|trying|the|an?|our|my|your)\b)\w+(?:\s+\w+)?";

    private const string Incompetent =
        @"(?:can'?t|cannot|couldn'?t|can\s+not|don'?t|do\s+not|doesn'?t|does\s+not|never|wouldn'?t)\s+(?:even\s+|actually\s+|ever\s+|seem\s+to\s+)?"
        + @"(?:know\s+(?:what|how|the\s+difference|anything)|understand|do\s+(?:basic\s+)?(?:math|maths|anything|their\s+jobs?)"
        + @"|read\s+(?:an?\s+|the\s+)?(?:ecg|ekg|chart|note|x-?ray|film|order|sig|label)s?|write\s+(?:an?\s+|a\s+decent\s+)?(?:note|order|sig|script|plan)s?"
        + @"|count|think|listen|examine|spell|care\s+about|manage\s+(?:a|an|the|basic|simple)|handle\s+(?:a|an|the|basic|simple|anything)|find\s+a\s+vein|be\s+bothered)";

    private const string Worthless =
        @"(?:why\s+do\s+we\s+(?:even\s+)?pay|paid\s+(?:more\s+)?(?:to|for)\s+(?:do\s+)?(?:nothing|sit|scroll|sleep|say)|easiest\s+job|cushiest|bare\s+minimum"
        + @"|do(?:es)?\s+nothing\s+(?:but|all)|zero\s+(?:thought|skill|judgment|judgement|clinical)|no\s+clinical\s+(?:judgment|judgement|sense)|half[\s-]trained|under[\s-]?trained"
        + @"|(?:only|just)\s+(?:in\s+it\s+)?for\s+the\s+money|could(?:n'?t|\s+not)\s+care\s+less|where\s+(?:common\s+sense|critical\s+thinking|good\s+medicine|patients)\s+go(?:es)?\s+to\s+die"
        + @"|waste\s+of\s+(?:a\s+)?(?:medical\s+)?(?:degree|license|licence|oxygen|space|money))";

    [GeneratedRegex(@"\G[^.!?;:]{0,40}?\b(?:" + Trivial + "|" + Incompetent + "|" + Worthless + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex Stance();

    [GeneratedRegex(@"\b(?:(?:are|is)\s+not\s+(?:just|only)|aren'?t\s+(?:just|only)|isn'?t\s+(?:just|only)|more\s+than\s+just|(?:people|those|anyone|everyone|someone)\s+who\s+(?:say|says|think|thinks|claim|claims)|stop\s+saying|the\s+myth\s+that|tired\s+of\s+hearing|the\s+idea\s+that|it'?s\s+not\s+true\s+that)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Rebuttal();
}
