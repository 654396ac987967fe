using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Rules.Professionalism;

namespace Preround.Rules.CareerOversharing;

/// <summary>A program's interview or MMI questions posted publicly ("the exact questions Riverside asked, thread 🧵").</summary>
/// <remarks>Generic practice questions and tips ("common interview questions and how to prepare") are fine.</remarks>
public sealed partial class InterviewQuestionsPostedRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.InterviewQuestionsPosted,
        "Interview questions posted",
        "'{match}' shares a program's interview questions; consider keeping them private.",
        RuleCategories.CareerOversharing,
        Severity.Warn,
        "Programs and schools ask interviewees to keep their questions confidential so that every applicant is assessed fairly; program directors who see them posted may question your judgement and discretion.")
    {
        DefaultSuggestion = "Share how you prepared and what helped, without the program's actual questions.",
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        if (!Cues.Of(context).Any(Cue.Match)) return;
        var text = context.Text.Normalized;
        var m = Leak().Match(text);
        if (!m.Success || Generic().IsMatch(text)) return;
        context.ReportNormalized(new TextSpan(m.Index, m.Length), 0.75);
    }

    [GeneratedRegex(@"(?:\b(?:leak(?:ed|ing)?|dump(?:ing)?|spill(?:ing|ed)?|posting|sharing|here are|here's|list of|every|all)\W+(?:\w+\W+){0,4}?(?:interview|mmi|casper)\s+(?:questions?|prompts?|scenarios?|stations?)|\b(?:interview|mmi|casper)\s+(?:questions?|prompts?|scenarios?|stations?)\s+(?:\w+\s+){0,2}?(?:from|at|asked (?:at|by|in))\s+(?:\w+\s+){0,3}?(?:today|yesterday|this (?:morning|week)|[a-z]+ (?:im|em|fm|surgery|peds|psych|med|medical school|program|som|university))|\b(?:questions?|prompts?)\s+(?:they|the pd|the panel|the program|each interviewer)\s+asked\s+(?:me\s+)?(?:at|during|in)\s+(?:my\s+)?(?:\w+\s+){0,3}?interview\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Leak();

    [GeneratedRegex(@"\b(?:common|practice|typical|generic|sample|how to (?:answer|prepare)|prep tips|mock)\s+(?:\w+\s+)?(?:interview|mmi)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Generic();
}
