using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Core.Text;
using Preround.Rules.Conduct;
using Preround.Rules.Stance;

namespace Preround.Rules.Venting;

/// <summary>
/// Venting that names no insult, recognised from converging evidence: the author's exasperation ("I cannot do this
/// anymore", "living the dream 🫠"), bad faith attributed to the workplace ("pretending it cares", "tell me again how
/// much they value us") and lectures aimed at patients ("Sit. Down.", "Dear family who...: why."), with the workplace
/// or patients in the post. One piece of evidence is a bad day; two make a vent.
/// </summary>
/// <remarks>Advocacy and progress ("raised it at staff meeting; management agreed to pilot a scribe"), pride in the team
/// and pointers to support are fine.</remarks>
public sealed class ExasperatedVentingRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.ExasperatedVenting,
        "Exasperated venting",
        "'{match}' vents in public; consider whether your employer or patients would read it as contempt.",
        RuleCategories.Venting,
        Severity.Warn,
        "Posts written at the end of a bad shift are read long after it by your employer, future employers and the patients and families they describe; exasperation aimed at them reads as contempt even when every word is mild.")
    {
        DefaultSuggestion = "Wait a day, then post the problem and the fix (\"We charted unpaid until 9pm again; here is what a scribe pilot could change\"), or talk it through with a colleague.",
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        var s = ConductSignals.Of(context);
        if (!s.Any(Sig.Institution | Sig.Work | Sig.PatientRef | Sig.Boss | Sig.Person)) return;
        var t = context.Text;
        var text = t.Normalized;
        var ending = ExasperationMarkers.EndsExasperated(t);
        if (!ending && !Claims.Gate.Any(text, ExasperationMarkers.Gate)) return;
        if (MockeryLexicon.Education().IsMatch(text) || ExasperationMarkers.Constructive().IsMatch(text) || Frames.Condemns(text)) return;
        var score = 0;
        TextSpan? first = null;
        Count(t, ExasperationMarkers.SelfState(), 1, ref score, ref first, perSentence: true);
        Count(t, ExasperationMarkers.BadFaith(), 2, ref score, ref first);
        Count(t, ExasperationMarkers.PatientLecture(), 2, ref score, ref first);
        if (ending) score++;
        if (Emphasis(t.Original)) score++;
        if (score < 2) return;
        // Only the closing word or a shouted word counted: the vent is the last sentence.
        var at = first?.Start ?? Math.Max(0, text.Length - 1);
        context.ReportNormalized(Frames.SentenceAt(t, at), 0.6);
    }

    /// <summary>Adds <paramref name="weight"/> for the first match of a family (per sentence for self-state markers).</summary>
    private static void Count(AnalyzedText t, System.Text.RegularExpressions.Regex family, int weight, ref int score, ref TextSpan? first, bool perSentence = false)
    {
        var lastSentence = -1;
        foreach (var m in family.EnumerateMatches(t.Normalized))
        {
            if (Negation.IsNegated(t, m.Index, 2) && !perSentence) continue;
            var sentence = t.SentenceAt(m.Index);
            if (sentence == lastSentence) continue;
            lastSentence = sentence;
            score += weight;
            if (first is null || m.Index < first.Value.Start) first = new TextSpan(m.Index, m.Length);
            if (!perSentence) return;
        }
    }

    /// <summary>A shouted word of exasperation ("unpaid AGAIN", "EVERY single time"), not an acronym.</summary>
    private static bool Emphasis(string original)
    {
        foreach (var word in (ReadOnlySpan<string>)["AGAIN", "EVERY", "NEVER", "ALWAYS", "STILL", "WHY", "LITERALLY", "SERIOUSLY"])
        {
            if (original.Contains(word, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
