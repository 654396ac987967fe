using System.Text.RegularExpressions;

namespace Preround.Rules.DisparageProfession;

/// <summary>Names of professions and specialties as a group ("nurses", "rads", "psych", "midlevels").</summary>
internal static partial class ProfessionLexicon
{
    // NOTE: plurals and field names only: "the nurse" or "my attending" is one person (personal attack territory),
    // "nurses" or "psych" is the whole group. "pts" is left out: it means patients far more often than physical therapists.
    [GeneratedRegex(@"(?<![\w-])(?:nurses|nursing|rns|nps|nurse practitioners|pas|physician assistants|midlevels|mid-levels|mid levels|pharmacists|pharmacy|radiologists|radiology|rads|psychiatrists|psychiatry|psych|surgeons|surgery|gen surg|anesthesiologists|anesthesia|anaesthetists|gas passers|crnas|em docs|er docs|ed docs|emergency medicine|family medicine|fm docs|family docs|internists|internal medicine|im docs|hospitalists|dermatologists|derm|dermatology|orthopods|ortho|orthopedics|orthopedic surgeons|orthopaedic surgeons|pediatricians|peds|ob-?gyns|ob/gyns|obgyns|neurologists|neurology|cardiologists|cardiology|oncologists|pathologists|pathology|primary care docs|primary care doctors|chiropractors|doctors|physicians|docs|residents|interns|med students|medical students|dos|osteopaths|paramedics|emts|medics|respiratory therapists|rts|physical therapists|social workers|case managers|cnas|techs|scribes|gastroenterologists|urologists|ophthalmologists|optometrists|ent docs|hospital medicine|caribbean grads|imgs|dnps|np schools|family medicine docs)(?![\w-])", RegexOptions.CultureInvariant)]
    public static partial Regex Group();
}
