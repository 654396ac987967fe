using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Core.Text;
using Preround.Rules.Conduct;

namespace Preround.Rules.PersonalAttack;

/// <summary>
/// Name-calling or contempt in the same sentence as an identifiable person: a title and name ("Dr. Feld",
/// "Nurse Patty"), a handle, a role one answers to ("my attending", "our PD", "the CEO"), or "you" in a reply.
/// </summary>
/// <remarks>Praise, reported abuse ("a commenter called me..."), self-mockery and negated words are fine; contempt
/// aimed at patients is left to the venting rules and at professions to the disparagement rules.</remarks>
public sealed class TargetedContemptRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.TargetedContempt,
        "Contempt aimed at a person",
        "'{match}' calls an identifiable person names; consider criticising what they did instead.",
        RuleCategories.PersonalAttack,
        Severity.Warn,
        "The person named, your employer and licensing boards read name-calling from a clinician as harassment; colleagues recognise who 'my attending' or 'nurse P. on nights' is, and screenshots travel.")
    {
        DefaultSuggestion = "Say what the person did and why it matters, without the label, or raise it through the proper channel (\"I disagree with Dr. X's claim; here is the evidence\").",
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        var s = ConductSignals.Of(context);
        if (!s.Any(Sig.Person) || !s.Any(Sig.Contempt | Sig.Dehumanise)) return;
        var t = context.Text;
        if (Frames.Condemns(t.Normalized)) return;
        foreach (var c in s.Hits)
        {
            if ((c.Sig & (Sig.Contempt | Sig.Dehumanise)) == 0) continue;
            var sentence = s.In(c.Sentence);
            if ((sentence & Sig.Person) == 0 || (sentence & Sig.Positive) != 0) continue;
            if (!HasPersonTarget(t, s, c.Sentence)) continue;
            if (Frames.Defused(t, c.Span)) continue;
            context.ReportNormalized(c.Span, 0.7);
            return;
        }
    }

    /// <summary>A person hit that is a single identifiable person, not a profession named in the plural.</summary>
    private static bool HasPersonTarget(AnalyzedText t, ConductSignals s, int sentence)
    {
        foreach (var h in s.Hits)
        {
            if (h.Sentence != sentence || (h.Sig & Sig.Person) == 0) continue;
            var word = t.Normalized.AsSpan(h.Start, h.Length);
            // "nurses", "doctors": the group, not a person.
            if (word.Length > 3 && word[^1] == 's' && word is not ("trolls" or "commenters" or "influencers")) continue;
            if (word is "you" or "your" or "u" or "ur" or "you're" or "youre")
            {
                // "you" counts as a target only when the sentence addresses someone ("you're a ...", "u r a ...").
                var after = t.Normalized.AsSpan(h.Start + h.Length, Math.Min(12, t.Normalized.Length - h.Start - h.Length));
                if (!(word is "you're" or "youre" || after.StartsWith(" are") || after.StartsWith(" r ") || after.StartsWith(" is"))) continue;
            }
            return true;
        }
        return false;
    }
}
