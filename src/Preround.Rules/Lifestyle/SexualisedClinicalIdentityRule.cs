using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Core.Text;
using Preround.Rules.Professionalism;

namespace Preround.Rules.Lifestyle;

/// <summary>Sexualised content next to a clinical identity: lingerie with a stethoscope, "your favorite nurse after hours", thirst traps in scrubs.</summary>
/// <remarks>Sexual-health education and a beach photo with no clinical link are fine.</remarks>
public sealed partial class SexualisedClinicalIdentityRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.SexualisedClinicalIdentity,
        "Sexualised content with a clinical identity",
        "'{match}' sexualises your clinical role; consider keeping the two apart.",
        RuleCategories.Lifestyle,
        Severity.Warn,
        "Patients, employers and licensing boards see sexualised posts that use scrubs, a stethoscope or a clinical title as trading on the trust patients place in the profession; several boards and employers have disciplined clinicians for them.")
    {
        DefaultSuggestion = "Keep personal content on a personal account with no clinical title, uniform or workplace in it.",
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        if (!Cues.Of(context).Any(Cue.Sexual)) return;
        var t = context.Text;
        var text = t.Normalized;
        if (HealthEducation().IsMatch(text)) return;
        var flirt = AfterHours().Match(text);
        if (flirt.Success)
        {
            context.ReportNormalized(new TextSpan(flirt.Index, flirt.Length), 0.8);
            return;
        }
        foreach (Match m in Sexual().Matches(text))
        {
            var span = new TextSpan(m.Index, m.Length);
            if (Negation.IsNegated(t, span.Start, 2)) continue;
            if (!Clinical().IsMatch(text)) return;
            // NOTE: "sexy"/"naughty" alone is often a figure of speech ("compression socks are the sexiest thing you'll wear");
            // it counts only with a flirt emoji or next to a selfie, outfit or clinical identity word.
            if (Mild().IsMatch(m.Value) && !Flirt().IsMatch(text) && !Clinical().IsMatch(text.AsSpan(span.End, Math.Min(24, text.Length - span.End)))) continue;
            context.ReportNormalized(span, 0.8);
            return;
        }
    }

    [GeneratedRegex(@"(?<![\w-])(?:lingerie|(?:lace|lacy|push-?up|in (?:a|my)) bras?|bralettes?|corsets?|garters?|nudes?|naked|topless|thirst ?traps?|only ?fans|fansly|boudoir|nsfw|spicy (?:\w+ )?(?:content|pics|photos|link|side|page|account)|(?:scrubs|clothing|uniform) optional|sexy|sexiest|seductive|naughty|bikini|underwear|panties|thong|twerk(?:ing|ed|s)?|strip(?:ping|per|tease)|18\+|lap ?dance|sponge bath (?:for|from) (?:you|me)|take your temperature|check your (?:heart rate|pulse) (?:up close|personally)|play(?:ing)? doctor)(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex Sexual();

    [GeneratedRegex(@"\b(?:nurse|nurses|nursing|nurselife|doctor|doctors|dr|md|rn|lpn|np|pa-c|scrubs|stethoscope|white coat|resident|med student|medstudent|surgeon|badge|uniform|on shift|in the or|at the hospital|on the unit|#nurse\w*)\b|🩺|🏥|💉", RegexOptions.CultureInvariant)]
    private static partial Regex Clinical();

    [GeneratedRegex(@"(?:your (?:favou?rite|fave|new) (?:nurse|doctor|doc|np|pa|resident|med student)\s+(?:after hours|off the clock|off duty|at night|in bed)|(?:nurse|doctor|doc|dr\.?|scrubs|stethoscope)[^.!?\n]{0,30}(?:after hours|off the clock)\s*(?:😘|😏|💋|😈|🔥|🍑|🍆|💦|😉))", RegexOptions.CultureInvariant)]
    private static partial Regex AfterHours();

    [GeneratedRegex(@"^(?:sexy|sexiest|naughty|seductive)$", RegexOptions.CultureInvariant)]
    private static partial Regex Mild();

    [GeneratedRegex(@"😘|😏|💋|😈|🍑|🍆|💦|👅|\blink in bio\b|\bdm (?:me|for)\b|\bselfie\b", RegexOptions.CultureInvariant)]
    private static partial Regex Flirt();

    [GeneratedRegex(@"\b(?:sexual health|sti|stis|std|hiv|prep|consent|contracepti\w*|pelvic exam|breast exam|self-exam|naked eye|skin check|melanoma|sunscreen|body image|eating disorder|trafficking|harassment|assault)\b", RegexOptions.CultureInvariant)]
    private static partial Regex HealthEducation();
}
