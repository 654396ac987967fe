using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Core.Text;
using Preround.Rules.Conduct;

namespace Preround.Rules.Venting;

/// <summary>
/// Contempt or exasperation aimed at patients and the public in one's care: a patient reference near a contempt or
/// dehumanising word ("the psych pts were feral", "antivax moms... idiots"), or near several sarcasm and
/// frustration markers ("Pt swore she was 'allergic'... naturally... make it make sense 🙃").
/// </summary>
/// <remarks>Praise, teaching and advocacy about patients ("patients who Google aren't the enemy"), self-mockery and
/// words that are negated or quoted are fine.</remarks>
public sealed class PatientContemptRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.PatientContempt,
        "Contempt for patients",
        "'{match}' reads as contempt for patients; consider whether they could read this.",
        RuleCategories.Venting,
        Severity.Warn,
        "Patients and families recognise themselves in posts that sneer at 'people like them', and employers and boards read contempt for the people in your care as a lapse in professionalism even when nobody is named.")
    {
        DefaultSuggestion = "Vent to a colleague, not the feed; in public, write about the system problem or what helped (\"Med labels are hard to read; here is how we teach them\").",
    };

    public override RuleDescriptor Descriptor => Rule;

    /// <summary>"you"/"your" addressed to the reader (the patient being lectured), not a title.</summary>
    private static bool IsSecondPerson(Preround.Core.Text.AnalyzedText t, ConductSignals.Hit h) =>
        t.Normalized.AsSpan(h.Start, h.Length) is "you" or "your" or "you're" or "youre" or "u" or "ur";

    public override void Analyze(RuleContext context)
    {
        var s = ConductSignals.Of(context);
        if (!s.Any(Sig.PatientRef | Sig.Person)) return;
        var t = context.Text;
        var text = t.Normalized;
        if (Frames.Condemns(text)) return;
        if (s.Any(Sig.PatientRef) && s.Any(Sig.Contempt | Sig.Dehumanise) && Contempt(context, s, t)) return;
        Exasperation(context, s, t, text);
    }

    private static bool Contempt(RuleContext context, ConductSignals s, Preround.Core.Text.AnalyzedText t)
    {
        foreach (var h in s.Hits)
        {
            if ((h.Sig & (Sig.Contempt | Sig.Dehumanise)) == 0 || (h.Sig & Sig.PatientRef) != 0) continue;
            if ((s.Around(h.Sentence) & Sig.PatientRef) == 0) continue;
            // Aimed at a profession, a politician or a named colleague: those rules speak for it.
            if ((s.In(h.Sentence) & (Sig.Profession | Sig.Political)) != 0 && (s.In(h.Sentence) & Sig.PatientRef) == 0) continue;
            if (Frames.Defused(t, h.Span)) continue;
            context.ReportNormalized(Frames.SentenceAt(t, h.Start), 0.7);
            return true;
        }
        return false;
    }

    private static void Exasperation(RuleContext context, ConductSignals s, Preround.Core.Text.AnalyzedText t, string text)
    {
        // No contempt word: exasperation piled up around patients ("naturally", "🙃", "make it make sense").
        if (s.Any(Sig.Positive | Sig.Education)) return;
        var markers = Frames.FrustrationIdioms(text);
        // A swear next to patients is exasperation too.
        if (Professionalism.Cues.Of(context).Any(Professionalism.Cue.Profane | Professionalism.Cue.Masked)) markers++;
        var laughed = false;
        foreach (var h in s.Hits)
        {
            if ((h.Sig & Sig.Laugh) != 0 && !laughed) { laughed = true; markers++; }
            if ((h.Sig & Sig.Frustration) == 0 || Negation.IsNegated(t, h.Start, 2)) continue;
            markers++;
        }
        // Laughter alone is not exasperation: at least two markers and one that is not a laugh.
        if (markers < 2 || (laughed && markers < 3 && !s.Any(Sig.Frustration) && Frames.FrustrationIdioms(text) == 0)) return;
        foreach (var h in s.Hits)
        {
            var target = (h.Sig & Sig.PatientRef) != 0 || (markers >= 2 && IsSecondPerson(t, h));
            if (!target || Frames.Defused(t, h.Span, 2)) continue;
            context.ReportNormalized(Frames.SentenceAt(t, h.Start), 0.6);
            return;
        }
    }
}
