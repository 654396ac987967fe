using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Core.Text;
using Preround.Rules.Conduct;
using Preround.Rules.Professionalism;

namespace Preround.Rules.Lifestyle;

/// <summary>
/// Alcohol or recreational drugs in a post that also wears the clinical identity or sits in work time: liquor in the
/// call room, wine in a cup "for the rest of this shift", an edible before orientation, bourbon "still in our white coats".
/// </summary>
/// <remarks>A toast off duty, patients' use, teaching about alcohol or drugs, and "no scrubs" are fine: the rule needs the
/// substance to be the author's and tied to the uniform, to heavy use or drugs, or to being on duty.</remarks>
public sealed partial class SubstanceWithClinicalIdentityRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.SubstanceWithClinicalIdentity,
        "Alcohol or drugs with the clinical identity",
        "'{match}' puts alcohol or drugs next to your clinical role; consider leaving it out.",
        RuleCategories.Lifestyle,
        Severity.Warn,
        "Employers, licensing boards and patients read drinking or drug use in uniform, at work or right before a shift as a fitness-to-practise question; studies of trainees' posts single out exactly these photos and captions.")
    {
        DefaultSuggestion = "Keep drinks and drugs out of posts that show scrubs, badges or work; post the celebration without them (\"Post-call and grateful for this team\").",
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        var s = ConductSignals.Of(context);
        if (!s.Any(Sig.Alcohol | Sig.Drug)) return;
        var t = context.Text;
        var text = t.Normalized;
        if (SubstanceLexicon.Education().IsMatch(text) || Frames.Condemns(text)) return;
        var onDuty = OnDuty().Match(text) is { Success: true } d && !Negation.IsNegated(t, d.Index, 3);
        if (!onDuty && !HasWorkTie(t, s)) return;
        var strongPost = onDuty || s.Any(Sig.Drug | Sig.Heavy) || UniformWorn(t, s) || Amount().IsMatch(text);
        if (!strongPost) return;
        foreach (var h in s.Hits)
        {
            if ((h.Sig & (Sig.Alcohol | Sig.Drug)) == 0) continue;
            if (Negation.IsNegated(t, h.Start, 3) || Scope.SubjectIsPatient(t, h.Span) || Compound().IsMatch(text.AsSpan(h.Start + h.Length))) continue;
            var before = Scope.Before(t, h.Span);
            if (SubstanceLexicon.OtherSubject().IsMatch(before[Math.Max(0, before.Length - 40)..])) continue;
            context.ReportNormalized(h.Span, 0.7);
            return;
        }
    }

    /// <summary>A work or uniform word that is not negated ("no scrubs").</summary>
    private static bool HasWorkTie(AnalyzedText t, ConductSignals s)
    {
        foreach (var h in s.Hits)
        {
            if ((h.Sig & (Sig.Work | Sig.Uniform)) != 0 && !Negation.IsNegated(t, h.Start, 2)) return true;
        }
        return false;
    }

    private static bool UniformWorn(AnalyzedText t, ConductSignals s)
    {
        foreach (var h in s.Hits)
        {
            if ((h.Sig & Sig.Uniform) != 0 && !Negation.IsNegated(t, h.Start, 2)) return true;
        }
        return false;
    }

    [GeneratedRegex(@"\b(?:before|during|on|at|in the middle of|for the rest of|through|mid-?(?!night))\s*(?:my |the |this |our |a |tonight's |today's )?(?:backup |home |night |day |overnight |24 |28 )?(?:shift|rounds|clinic|call|orientation|lecture|work|report|handoff|huddle|nights?|the unit|the floor|the hospital|hospital|the or|cadaver lab|anatomy lab)\b|\b(?:call room|parking (?:garage|lot)|locker room|break room|staff room|still in (?:my|our) (?:scrubs|white coats?|uniforms?))\b|\bdon'?t tell (?:the |my )?(?:charge nurse|manager|attending|pd|chief|boss)\b|\b(?:then|and then|right before|followed by|straight to)\s+(?:my |the |a )?(?:\d+\s*(?:am|pm)?\s+)?(?:clinic|shift|rounds|work|call|surgery|the or|report|handoff|consults?)\b|\bpatients (?:will )?never (?:know|notice)\b|\b(?:let'?s go|off to|time to) save (?:some )?lives\b", RegexOptions.CultureInvariant)]
    private static partial Regex OnDuty();

    [GeneratedRegex(@"\b(?:(?:a lot of|lots of|too much|so much)\s+(?:\w+\s+)?(?:wine|beer|beers|booze|tequila|vodka|whiskey|whisky|rum|gin|drinks|shots|champagne|prosecco|alcohol|bourbon)|bottles? of|a few too many|(?:\d+|two|three|four|five|six) (?:glasses|bottles|shots|beers|drinks))\b", RegexOptions.CultureInvariant)]
    private static partial Regex Amount();

    [GeneratedRegex(@"^[\s-]*(?:league|pong league|o'?clock club)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Compound();
}
