using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Core.Text;
using Preround.Rules.Professionalism;

namespace Preround.Rules.Lifestyle;

/// <summary>Drinking or drugs tied to work: impaired at or before work ("hungover on rounds", "high at work"), drinking games over clinical events ("a shot for every code"), heavy drinking with a clinical identity.</summary>
/// <remarks>A glass of wine at a wedding, "caffeine is my drug", patients' substance use and teaching about alcohol are not flagged.</remarks>
public sealed partial class SubstanceAroundWorkRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.SubstanceAroundWork,
        "Drinking or drugs around work",
        "'{match}' ties drinking or drugs to your clinical work; consider leaving it out.",
        RuleCategories.Lifestyle,
        Severity.Warn,
        "Employers, licensing boards and patients read intoxication near work as a patient-safety question about you, and drinking games over codes or deaths as making light of patients; boards have opened inquiries over such posts.")
    {
        DefaultSuggestion = "Keep drinking out of posts that mention work; if you want to talk about decompressing after a hard shift, say that (\"Rough night, grateful for my team, going to sleep\").",
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        if (!Cues.Of(context).Any(Cue.Substance)) return;
        var t = context.Text;
        var text = t.Normalized;
        if (SubstanceLexicon.Education().IsMatch(text)) return;
        var game = SubstanceLexicon.DrinkingGame().Match(text);
        if (game.Success && (game.Groups["liquor"].Success || game.Groups["event"].Success || SubstanceLexicon.Liquor().IsMatch(text)) && !SubstanceLexicon.Vaccine().IsMatch(text))
        {
            context.ReportNormalized(new TextSpan(game.Index, game.Length), 0.85);
            return;
        }
        foreach (Match m in SubstanceLexicon.Impaired().Matches(text))
        {
            var span = new TextSpan(m.Index, m.Length);
            if (Negation.IsNegated(t, span.Start, 3) || AboutSomeoneElse(t, span)) continue;
            if (!SubstanceLexicon.Work().IsMatch(text)) continue;
            context.ReportNormalized(span, 0.8);
            return;
        }
        foreach (Match m in SubstanceLexicon.HeavyUse().Matches(text))
        {
            var span = new TextSpan(m.Index, m.Length);
            if (Negation.IsNegated(t, span.Start, 3) || AboutSomeoneElse(t, span)) continue;
            // "340 shots in one Saturday" at a flu clinic counts vaccinations, not drinks.
            if (m.ValueSpan.Contains("shot", StringComparison.Ordinal) && IsVaccination(text)) continue;
            if (!SubstanceLexicon.Work().IsMatch(text)) continue;
            context.ReportNormalized(span, 0.7);
            return;
        }
    }

    private static bool IsVaccination(string text) =>
        SubstanceLexicon.Vaccine().IsMatch(text) || text.Contains("\U0001F489", StringComparison.Ordinal); // 💉

    /// <summary>"the patient was drunk", "he came in high": a patient's use, not the author's.</summary>
    private static bool AboutSomeoneElse(AnalyzedText t, TextSpan span)
    {
        var before = Scope.Before(t, span);
        var from = Math.Max(0, before.Length - 40);
        return SubstanceLexicon.OtherSubject().IsMatch(before[from..]);
    }
}
