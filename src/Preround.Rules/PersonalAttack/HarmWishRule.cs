using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Core.Text;
using Preround.Rules.Conduct;
using Preround.Rules.Professionalism;

namespace Preround.Rules.PersonalAttack;

/// <summary>
/// A wish or call for bodily harm to someone: a wish word ("hope", "wish", "deserves", "someone should", "wouldn't
/// mind if") followed in the same sentence by a harm ("chokes", "gets crushed", "rots", "disappeared", "smack").
/// </summary>
/// <remarks>Hopes for recovery, reported abuse ("someone told me 'I hope you die'"), fiction and condemnation are fine.</remarks>
public sealed partial class HarmWishRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.HarmWish,
        "Wish for harm",
        "'{match}' wishes harm on someone; this should not be posted.",
        RuleCategories.PersonalAttack,
        Severity.Block,
        "A clinician wishing injury or death on anyone, however angry, reads to patients, employers and licensing boards as a threat to the duty of care owed to everyone; such posts have ended careers.")
    {
        DefaultSuggestion = "Delete the wish. Say what you condemn and why (\"What he did was cruel and I hope the courts act\").",
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        var s = ConductSignals.Of(context);
        if (!s.Any(Sig.Wish) || !s.Any(Sig.Harm)) return;
        var t = context.Text;
        var text = t.Normalized;
        if (Frames.Condemns(text)) return;
        foreach (var w in s.Hits)
        {
            if ((w.Sig & Sig.Wish) == 0 || (s.In(w.Sentence) & Sig.Harm) == 0) continue;
            // "wouldn't mind if" is a wish, not a negated one.
            var mind = text.AsSpan(w.Start, w.Length) is "mind";
            if (Frames.InQuotes(t, w.Span) || (!mind && Negation.IsNegated(t, w.Start, 2))) continue;
            var sentence = t.SentenceSpanAt(w.Start);
            if (Recovery().IsMatch(text.AsSpan(sentence.Start, sentence.Length))) continue;
            foreach (var h in s.Hits)
            {
                if (h.Sentence != w.Sentence || h.Start <= w.Start || (h.Sig & Sig.Harm) == 0) continue;
                var between = text.AsSpan(w.Start, h.Start - w.Start);
                if (between.Length > 120 || !Target().IsMatch(between) || SelfOnly().IsMatch(between)) continue;
                if (Negation.IsNegated(t, h.Start, 3) || NoOne().IsMatch(between) || Frames.InQuotes(t, h.Span)) continue;
                var word = text.AsSpan(h.Start, h.Length);
                // "died" is a report, not a wish, unless it is counterfactual ("should have bled out", "wouldn't mind if he disappeared").
                if (word.EndsWith("ed") && !Passive().IsMatch(between) && !Counterfactual().IsMatch(text.AsSpan(sentence.Start, h.Start - sentence.Start))) continue;
                context.ReportNormalized(TextSpan.FromBounds(w.Start, h.Start + h.Length), 0.8);
                return;
            }
        }
    }

    [GeneratedRegex(@"\b(?:he|she|they|him|her|them|his|their|you|your|u|ur|y'all|himself|herself|themselves|someone|somebody|whoever|every|these|those|that|this|the|anyone|guy|man|woman|people|[a-z]+ers?)\b|@", RegexOptions.CultureInvariant)]
    private static partial Regex Target();

    [GeneratedRegex(@"^\w+\s+(?:i|i'm|im|we|my|it|this (?:headache|shift|day|week|pain))\b", RegexOptions.CultureInvariant)]
    private static partial Regex SelfOnly();

    [GeneratedRegex(@"\b(?:get|gets|getting|got|be|is|are)\s+(?:\w+\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Passive();

    [GeneratedRegex(@"\b(?:no one|nobody|noone|none of|no (?:child|patient|kid|one|family))\b", RegexOptions.CultureInvariant)]
    private static partial Regex NoOne();

    [GeneratedRegex(@"\b(?:should(?:'ve| have)|shoulda|could(?:'ve| have)|mind if|wouldn't mind|would not mind|if (?:he|she|they) (?:just )?|deserved)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Counterfactual();

    [GeneratedRegex(@"\b(?:recover\w*|get(?:s|ting)? better|pulls? through|heal\w*|make it|survive[sd]?|speedy|rest in peace|rip|condolences|praying for (?:the|her|his|their) family|peaceful\w*|comfort\w*|dignity|naturally|at home|hospice|surrounded|palliative|natural death)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Recovery();
}
