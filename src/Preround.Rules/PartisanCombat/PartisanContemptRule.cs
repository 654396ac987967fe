using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Core.Text;
using Preround.Rules.Conduct;

namespace Preround.Rules.PartisanCombat;

/// <summary>
/// A political side or its voters in the same sentence as contempt or dehumanising words ("conservatives are
/// knuckle-dragging cavemen", "woke commies"), partisan slurs, or blanket accusations ("don't care if your kids die",
/// "blood on your hands").
/// </summary>
/// <remarks>Policy arguments, calls to vote or to contact a representative, and bipartisan praise are fine.</remarks>
public sealed partial class PartisanContemptRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.PartisanContempt,
        "Contempt for a political side",
        "'{match}' treats a political side with contempt; consider arguing the policy instead.",
        RuleCategories.PartisanCombat,
        Severity.Warn,
        "Patients of every political view read your feed and wonder whether they will be treated fairly; employers and boards see partisan contempt as eroding that trust, while evidence-based advocacy keeps it.")
    {
        DefaultSuggestion = "Argue the policy with its effect on patients (\"This cut would end coverage for 40,000 people in our county; call your senator\").",
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        var s = ConductSignals.Of(context);
        if (!s.Any(Sig.Political)) return;
        var t = context.Text;
        var text = t.Deobfuscated;
        foreach (var h in s.Hits)
        {
            if ((h.Sig & Sig.Political) == 0) continue;
            // A slur carries both at once ("libtards", "commies").
            if ((h.Sig & (Sig.Contempt | Sig.Dehumanise)) != 0 && !Frames.Defused(t, h.Span, 1))
            {
                context.ReportNormalized(h.Span, 0.85);
                return;
            }
            if ((s.In(h.Sentence) & (Sig.Contempt | Sig.Dehumanise)) != 0)
            {
                foreach (var c in s.Hits)
                {
                    if (c.Sentence != h.Sentence || (c.Sig & (Sig.Contempt | Sig.Dehumanise)) == 0 || Frames.Defused(t, c.Span, 2)) continue;
                    context.ReportNormalized(TextSpan.FromBounds(Math.Min(h.Start, c.Start), Math.Max(h.Start + h.Length, c.Start + c.Length)), 0.8);
                    return;
                }
            }
            // An elliptical verdict right after the claim about a side: "Leftists have turned X into a religion.
            // Brainwashed sheep." / "Libs cried about masks...? Spare me, hypocrites."
            if ((s.In(h.Sentence + 1) & (Sig.Contempt | Sig.Dehumanise)) != 0 && (s.In(h.Sentence + 1) & (Sig.Profession | Sig.PatientRef | Sig.Political)) == 0 && WordsIn(t, h.Sentence + 1) <= 6)
            {
                foreach (var c in s.Hits)
                {
                    // NOTE: not Frames.Defused: its self-directed test reads the vocative "spare me, hypocrites" as self-mockery.
                    if (c.Sentence != h.Sentence + 1 || (c.Sig & (Sig.Contempt | Sig.Dehumanise)) == 0 || Negation.IsNegated(t, c.Start, 2) || Frames.InQuotes(t, c.Span)) continue;
                    context.ReportNormalized(TextSpan.FromBounds(h.Start, c.Start + c.Length), 0.75);
                    return;
                }
            }
            var sentence = t.SentenceSpanAt(h.Start);
            var m = Accusation().Match(text, sentence.Start, sentence.Length);
            if (m.Success)
            {
                context.ReportNormalized(new TextSpan(m.Index, m.Length), 0.75);
                return;
            }
        }
    }

    private static int WordsIn(Preround.Core.Text.AnalyzedText t, int sentence)
    {
        var n = 0;
        foreach (var token in t.Tokens)
        {
            if (token.Sentence == sentence && token.Kind == Preround.Core.Text.TokenKind.Word) n++;
        }
        return n;
    }

    [GeneratedRegex(@"\b(?:(?:don'?t|doesn'?t|do not|does not) care (?:if|whether) (?:\w+ ){0,3}(?:die|dies|starve|suffer)|want(?:s)? (?:\w+ ){0,3}dead|blood on (?:your|their|his|her) hands|every (?:single )?(?:last )?one of (?:them|you)|(?:are|is) (?:the )?enem(?:y|ies) of|would sell (?:their|his|her) (?:own )?(?:grand)?mothers?|destroy(?:ed|ing)? (?:medicine|healthcare|this country|america)|(?:engineered|planned|manufactured|orchestrated|staged|invented|unleashed) (?:this|the|a) (?:\w+ ){0,2}(?:outbreak|pandemic|virus|crisis|shortage|epidemic)|natural selection)", RegexOptions.CultureInvariant)]
    private static partial Regex Accusation();
}
