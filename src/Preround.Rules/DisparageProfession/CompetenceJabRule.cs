using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Core.Text;
using Preround.Rules.Conduct;
using Preround.Rules.Professionalism;
using Preround.Rules.Stance;

namespace Preround.Rules.DisparageProfession;

/// <summary>
/// A profession or specialty with a competence put-down in the same thought, carried by the shape of the sentence
/// rather than an insult word: "the nurses on 4 West couldn't titrate a drip if you drew them a diagram", "even a
/// first-year could manage DKA better than the hospitalists", "asking ortho to read an ECG is like asking a labrador
/// to do your taxes", "family medicine: for people who couldn't commit".
/// </summary>
/// <remarks>Jokes about one's own group, praise ("radiologists are underrated"), and statements of scope ("reading ECGs
/// is not ortho's job, and that's fine") are fine.</remarks>
public sealed class CompetenceJabRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.CompetenceJab,
        "Competence put-down of a profession",
        "'{match}' belittles a whole profession's competence; consider naming the practice you disagree with instead.",
        RuleCategories.DisparageProfession,
        Severity.Warn,
        "The colleagues you hand patients to read a joke about their whole profession's competence as contempt for them; program directors and employers read it as a sign you will not work well in a team, and patients lose trust in both of you.")
    {
        DefaultSuggestion = "Name the specific practice and the fix (\"Consults without a question slow everyone down; here is the template we use\"), not the group.",
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        var s = ConductSignals.Of(context);
        if (!s.Any(Sig.Irony) || !Cues.Of(context).Any(Cue.Profession)) return;
        var t = context.Text;
        var text = t.Normalized;
        foreach (var m in CompetenceMarkers.Jab().EnumerateMatches(text))
        {
            var jab = new TextSpan(m.Index, m.Length);
            if (Frames.Defused(t, jab, 2)) continue;
            var sentence = t.SentenceSpanAt(m.Index);
            var from = sentence.Start > 0 ? t.SentenceSpanAt(sentence.Start - 1).Start : sentence.Start;
            var to = sentence.End < text.Length ? t.SentenceSpanAt(sentence.End).End : sentence.End;
            if (CompetenceMarkers.Softener().IsMatch(text.AsSpan(from, to - from))) continue;
            // "another midlevel who thinks...": the construction names its own target.
            var group = Group(context, t, from, sentence.End) ?? (text.AsSpan(m.Index).StartsWith("another ") ? jab : null);
            if (group is null) continue;
            context.ReportNormalized(Frames.SentenceAt(t, Math.Min(group.Value.Start, m.Index)), 0.7);
            return;
        }
    }

    /// <summary>A profession named as a group in the jab's sentence or the one before, not the author's own.</summary>
    private static TextSpan? Group(RuleContext context, AnalyzedText t, int from, int to)
    {
        foreach (var g in ProfessionLexicon.Group().EnumerateMatches(t.Normalized.AsSpan(from, to - from)))
        {
            var span = new TextSpan(from + g.Index, g.Length);
            if (ProfessionContemptRule.IsOwnGroup(context, t, span)) continue;
            return span;
        }
        return null;
    }
}
