using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Core.Text;
using Preround.Rules.Professionalism;

namespace Preround.Rules.PartisanCombat;

/// <summary>Partisan slurs ("libtards", "magats") and insults or dehumanising words aimed at voters, parties or politicians.</summary>
/// <remarks>Advocacy with evidence, civil comments on policy and reminders to vote are fine: a political target alone is never flagged.</remarks>
public sealed partial class PartisanInsultRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.PartisanInsult,
        "Partisan insult",
        "'{match}' insults people for their politics; consider arguing the policy instead.",
        RuleCategories.PartisanCombat,
        Severity.Warn,
        "Patients of every political stripe read a clinician's feed and may wonder whether they will be treated fairly; employers and boards see partisan name-calling as eroding that trust, while evidence-based advocacy keeps it.")
    {
        DefaultSuggestion = "Make the policy argument with evidence (\"This bill would cut Medicaid coverage for 2 million people; call your senator\") and drop the label.",
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        var cues = Cues.Of(context);
        if (!cues.Any(Cue.Political)) return;
        var t = context.Text;
        var text = t.Deobfuscated;
        foreach (Match m in Slur().Matches(text))
        {
            var span = new TextSpan(m.Index, m.Length);
            if (Scope.IsMetaTalk(t, span)) continue;
            context.ReportNormalized(span, 0.9);
            return;
        }
        foreach (Match target in Target().Matches(text))
        {
            var sentence = t.SentenceSpanAt(target.Index);
            var slice = text.AsSpan(sentence.Start, sentence.Length);
            foreach (var insult in Dehumanising().EnumerateMatches(slice))
            {
                var span = new TextSpan(sentence.Start + insult.Index, insult.Length);
                if (Negation.IsNegated(t, span.Start, 2) || Scope.IsSelfDirected(t, span)) continue;
                context.ReportNormalized(TextSpan.FromBounds(Math.Min(target.Index, span.Start), Math.Max(target.Index + target.Length, span.End)), 0.8);
                return;
            }
        }
    }

    [GeneratedRegex(@"(?<!\w)(?:lib(?:tard|turd)s?|leftards?|retardicans?|demon?rats?|democraps?|dumbocrats?|repuk?g?licans?|repugs?|rethuglicans?|republicunts?|trumptards?|trumpanzees?|magats?|magaturds?|maga (?:cult|morons?|idiots?|sheep|zombies?|crowd|clowns?|cultists?)|cult ?45|feminazis?|sheeple|lib tears|commies?|woke (?:mob|morons?|idiots?|clowns?|brigade)|libs? (?:are|is) (?:\w+ )?(?:idiots?|morons?|stupid|insane|mentally ill))(?!\w)", RegexOptions.CultureInvariant)]
    private static partial Regex Slur();

    // NOTE: "administration" is left out: "hospital administration" is the common clinical sense. "party" needs a
    // political qualifier so that unit parties are not taken for politics.
    [GeneratedRegex(@"(?<![\w-])(?:voters?|voted for|votes? for|voting for|(?:that|this) party|democrats?|dems|democratic party|republicans?|gop|conservatives?|liberals?|libs|leftists?|the left|the right|right[- ]wingers?|left[- ]wingers?|right[- ]wing|left[- ]wing|progressives?|maga|trumpers?|trump supporters|trump|biden|harris|obama|desantis|pelosi|mcconnell|newsom|vance|rfk(?: jr)?|senators?|congress(?:man|woman|people|men|women)?|representatives?|governors?|president|politicians?|lawmakers?|legislators?|that side|the other side|(?:whichever|either|the other|ruling|opposing|political) party|part(?:y|ies) in power|white house|capitol hill|elected officials?|state ?house|legislature|woke)(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex Target();

    [GeneratedRegex(@"(?<![\w-])(?:idiots?|morons?|imbeciles?|toothless|brain-?\s?dead|braindead|ghouls?|cowards?|scum|vermin|animals|cult(?:ists)?|sheep|traitors?|fascists?|nazis?|inbred|hillbill(?:y|ies)|rednecks?|trailer trash|snowflakes?|clowns?|evil|garbage|trash|parasites?|brainwashed|stupid|stupidest|dumb|dumber|dumbest|lunatics?|nutjobs?|crazies|deplorables?|degenerates?|grifters?|losers?|pathetic|subhumans?|murderers?|baby ?killers?|groomers?|pedos?|bootlick\w*|boot-?lickers?|lick(?:ing|s)? the boots|want(?:s|ing)? (?:\w+\s){0,3}dead|(?:straight |right )?to hell|in hell|should (?:all )?(?:die|be shot|hang|be hanged)|deserve to (?:die|suffer)|blood on (?:their|his|her) hands|spineless|gutless|corrupt|lying|liars?)(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex Dehumanising();
}
