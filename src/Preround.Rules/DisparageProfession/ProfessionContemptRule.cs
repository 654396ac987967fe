using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Core.Text;
using Preround.Rules.Conduct;
using Preround.Rules.Professionalism;

namespace Preround.Rules.DisparageProfession;

/// <summary>
/// A profession or specialty named as a group with contempt or a sneer in the same thought: "midlevels are a cheap
/// knockoff", "surgeons can't manage a potassium to save their life", "CRNAs think they're anesthesiologists. Cute."
/// </summary>
/// <remarks>Praise, data-driven scope debate, rebuttals ("nurses aren't just...") and jokes about one's own group are fine.</remarks>
public sealed partial class ProfessionContemptRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.ProfessionContempt,
        "Contempt for a profession",
        "'{match}' sneers at a whole profession; consider naming the practice you disagree with instead.",
        RuleCategories.DisparageProfession,
        Severity.Warn,
        "The colleagues you hand patients to read sweeping contempt for their profession as contempt for them; program directors, employers and patients read it as a sign you will not work well in a team.")
    {
        DefaultSuggestion = "Criticise one specific practice with evidence (\"Consult notes without a question slow us down; here is a template\"), not the group.",
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        var s = ConductSignals.Of(context);
        if (!s.Any(Sig.Profession)) return;
        var t = context.Text;
        var text = t.Deobfuscated;
        foreach (var h in s.Hits)
        {
            if ((h.Sig & Sig.Profession) == 0 || IsOwnGroup(context, t, h.Span)) continue;
            var window = s.In(h.Sentence) | s.In(h.Sentence + 1);
            if ((s.Around(h.Sentence) & Sig.Positive) != 0) continue;
            var sentence = t.SentenceSpanAt(h.Start);
            var next = sentence.End < text.Length ? t.SentenceSpanAt(sentence.End) : sentence;
            var scope = TextSpan.FromBounds(sentence.Start, Math.Max(sentence.End, next.End));
            var slice = text.AsSpan(scope.Start, scope.Length);
            if (Rebuttal().IsMatch(slice)) continue;
            TextSpan? found = null;
            if ((window & (Sig.Contempt | Sig.Dehumanise)) != 0)
            {
                foreach (var c in s.Hits)
                {
                    if (c.Sentence < h.Sentence || c.Sentence > h.Sentence + 1 || (c.Sig & (Sig.Contempt | Sig.Dehumanise)) == 0) continue;
                    if ((c.Sig & Sig.Profession) != 0 || Frames.Defused(t, c.Span, 2)) continue;
                    // The contempt is for patients in that sentence ("pts who ... lazy"): venting, not this rule.
                    if ((s.In(c.Sentence) & Sig.PatientRef) != 0 && (s.In(c.Sentence) & Sig.Profession) == 0) continue;
                    found = TextSpan.FromBounds(Math.Min(h.Start, c.Start), Math.Max(h.Start + h.Length, c.Start + c.Length));
                    break;
                }
            }
            if (found is null && Sneer().Match(text, scope.Start, scope.Length) is { Success: true } m && !Negation.IsNegated(t, m.Index, 2))
            {
                found = TextSpan.FromBounds(Math.Min(h.Start, m.Index), Math.Max(h.Start + h.Length, m.Index + m.Length));
            }
            if (found is not { } span) continue;
            if (s.Any(Sig.Education) && Evidence().IsMatch(text) && !Hard().IsMatch(text.AsSpan(span.Start, span.Length))) continue;
            context.ReportNormalized(span, 0.7);
            return;
        }
    }

    /// <summary>The author's own profession, or "we"/"as a" before it: in-group humour. Shared with PR2103.</summary>
    internal static bool IsOwnGroup(RuleContext context, AnalyzedText t, TextSpan group)
    {
        if (Own().IsMatch(Scope.Before(t, group))) return true;
        var name = t.Normalized.AsSpan(group.Start, group.Length);
        return context.Author.Role switch
        {
            AuthorRole.Nurse => name.StartsWith("nurs") || name.StartsWith("rn"),
            AuthorRole.Np => name.StartsWith("np") || name.StartsWith("mid") || name.StartsWith("app"),
            AuthorRole.Pa => name.StartsWith("pa") || name.StartsWith("mid") || name.StartsWith("app"),
            AuthorRole.Pharmacist => name.StartsWith("pharmac"),
            _ => false,
        };
    }

    [GeneratedRegex(@"(?:\b(?:we|us|our|fellow)\s+(?:\w+\s+)?|\bas an?\s+(?:\w+\s+)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex Own();

    [GeneratedRegex(@"\b(?:(?:are|is|'re)\s+not\s+(?:just|only)|aren'?t (?:just|only)|isn'?t (?:just|only)|more than just|(?:people|those|anyone) who (?:say|think|claim)|stop saying|the myth that|tired of hearing)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Rebuttal();

    [GeneratedRegex(@"\b(?:think(?:s)? (?:they|he|she)(?:'re| are| is) (?:\w+ )?(?:doctors?|physicians?|surgeons?|anesthesiologists?|smarter|better|gods?)|to save (?:their|his|her|its) li(?:fe|ves)|stay in (?:their|your|his|her) lane|know (?:their|your) place|(?:isn'?t|aren'?t|not) (?:a |even )?real|couldn'?t (?:match|get into|hack|cut it|make it)|call me when|\bcute\b|(?:just|only|basically) (?:throw|sit|vibe|google|flex|count|push|hide|admit|consult|complain|walk|show up|follow|guess|read|type|play)\w*|all (?:they|you) (?:ever )?do|have the life|killing (?:patients|people)|diploma mills?|online (?:degrees?|school|clinical hours)|hide in|can'?t (?:even )?(?:talk|manage|read|think|intubate|diagnose|place|get)|stands? for ""?'?\w+ \w+|(?:90|95|99)% (?:\w+ )?(?:crossword|sudoku|sitting|complaining|nothing)|(?:are|is) just (?:ambulance drivers|waitress|secretar|babysitter|pill)|nothing but|pretend(?:ing)? to be|play(?:ing)? doctor|only know how to|change my mind|cosplay\w*|\w+ everything,? (?:\w+ )?(?:about )?nothing|act(?:ing)? superior|(?:is|are) (?:a |such a )?joke)", RegexOptions.CultureInvariant)]
    private static partial Regex Sneer();

    [GeneratedRegex(@"\b(?:systematic review|meta-analysis|trials?|outcomes data|cochrane|per \d+|\d+%|data show|study (?:found|shows))\b", RegexOptions.CultureInvariant)]
    private static partial Regex Evidence();

    [GeneratedRegex(@"idiot|moron|stupid|dumb|useless|lazy|scam|fraud|quack|glorified|knockoff|fake|garbage|trash|clown", RegexOptions.CultureInvariant)]
    private static partial Regex Hard();
}
