using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Core.Text;
using Preround.Rules.Conduct;
using Preround.Rules.Stance;

namespace Preround.Rules.Venting;

/// <summary>
/// Venting without insult words: a target (the program, the trust, admin, management; or patients and families as a
/// group) with a construction that carries the contempt: irony ("love how the trust found money for a logo but not
/// for...", "nothing says 'we value you' like...", "bravo"), rhetorical questions ("why do we even bother..."),
/// and put-downs ("run by people who have never...", "another relative who thinks...").
/// </summary>
/// <remarks>Genuine praise ("love how our RTs teach the interns"), a fix in progress ("ticket #4412 is open"), and
/// talk about the words themselves ("why do we even use 'frequent flyer'?") are fine.</remarks>
public sealed class SarcasticVentingRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.SarcasticVenting,
        "Sarcastic venting",
        "'{match}' vents through sarcasm; consider whether your program, employer or patients would read it as contempt.",
        RuleCategories.Venting,
        Severity.Warn,
        "Sarcasm reads as contempt once it leaves the break room: your program director and employer see public mockery of the place you work, and patients and families recognise themselves in jabs at 'people like them'.")
    {
        DefaultSuggestion = "Say the problem plainly and what would fix it (\"We have had no night porter for a month; we have asked for one\"), or take it to a colleague, not the feed.",
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        var s = ConductSignals.Of(context);
        if (!s.Any(Sig.Irony | Sig.Frustration) || !s.Any(Sig.Institution | Sig.PatientRef | Sig.Boss)) return;
        var t = context.Text;
        var text = t.Normalized;
        if (Frames.Condemns(text) || StanceMarkers.Defuser().IsMatch(text)) return;
        if (s.Any(Sig.Institution | Sig.Boss) && (Jab(context, t, StanceMarkers.WorkplaceJab(), StanceMarkers.WorkplaceTarget()) || Irony(context, t))) return;
        if (s.Any(Sig.PatientRef)) Jab(context, t, StanceMarkers.PatientJab(), StanceMarkers.PatientTarget());
    }

    private static bool Jab(RuleContext context, AnalyzedText t, Regex jab, Regex target)
    {
        foreach (var m in jab.EnumerateMatches(t.Normalized))
        {
            var span = new TextSpan(m.Index, m.Length);
            if (Frames.Defused(t, span, 2) || !TargetNear(t, span, target)) continue;
            context.ReportNormalized(Frames.SentenceAt(t, m.Index), 0.7);
            return true;
        }
        return false;
    }

    private static bool Irony(RuleContext context, AnalyzedText t)
    {
        var text = t.Normalized;
        foreach (var m in StanceMarkers.IronyOpener().EnumerateMatches(text))
        {
            var span = new TextSpan(m.Index, m.Length);
            if (Negation.IsNegated(t, span.Start, 2) || !TargetNear(t, span, StanceMarkers.WorkplaceTarget())) continue;
            // Irony needs support in its own thought: "love how X... but not Y", "so glad admin... Truly inspired".
            var around = Window(t, span.Start);
            if (!StanceMarkers.IronySupport().IsMatch(text.AsSpan(around.Start, around.Length))) continue;
            context.ReportNormalized(Frames.SentenceAt(t, m.Index), 0.65);
            return true;
        }
        return false;
    }

    /// <summary>The target sits in the jab's sentence or a neighbour ("...the PD talking. Peak listening.").</summary>
    private static bool TargetNear(AnalyzedText t, TextSpan span, Regex target)
    {
        var w = Window(t, span.Start);
        return target.IsMatch(t.Normalized.AsSpan(w.Start, w.Length));
    }

    /// <summary>The sentence holding a position with the sentences either side.</summary>
    private static TextSpan Window(AnalyzedText t, int position)
    {
        var s = t.SentenceSpanAt(position);
        var start = s.Start > 0 ? t.SentenceSpanAt(s.Start - 1).Start : s.Start;
        var end = s.End < t.Normalized.Length ? t.SentenceSpanAt(s.End).End : s.End;
        return TextSpan.FromBounds(start, Math.Max(end, s.End));
    }
}
