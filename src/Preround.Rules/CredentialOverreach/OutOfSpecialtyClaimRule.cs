using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;

namespace Preround.Rules.CredentialOverreach;

/// <summary>
/// A physician claiming a specialty, or board certification in one, that is not the specialty in their profile
/// ("as a dermatologist" from an emergency physician). Runs only when the profile states a specialty.
/// </summary>
public sealed partial class OutOfSpecialtyClaimRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.OutOfSpecialtyClaim,
        "Specialty claimed outside one's own",
        "'{match}' claims a specialty other than your profile's ({specialty})",
        RuleCategories.CredentialOverreach,
        Severity.Warn,
        "Patients weigh advice by the specialist they think is giving it, and specialty boards treat claiming certification or "
        + "expertise one does not hold as misrepresentation; colleagues in that specialty notice.")
    {
        DefaultSuggestion = "Speak from your own specialty (\"As an emergency physician, I see …\") and point to the specialists' guidance for theirs.",
    };

    // Stems that identify a specialty in both the profile text and the claim.
    private static readonly string[] Stems =
    [
        "dermatolog", "cardiolog", "oncolog", "neurolog", "neurosurg", "psychiatr", "pediatric", "radiolog", "anesthesi", "emergency",
        "family", "internal", "internist", "hospitalist", "obstetric", "gynecolog", "orthop", "endocrin", "gastroenterolog", "nephrolog",
        "pulmonolog", "rheumatolog", "urolog", "ophthalmolog", "otolaryngolog", "plastic", "general surg", "infectious", "allerg", "patholog",
    ];

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        var specialty = context.Author.Specialty;
        if (string.IsNullOrWhiteSpace(specialty) || !context.Author.Role.IsPhysician()) return;
        var own = specialty.ToLowerInvariant();
        var n = context.Text.Normalized;
        foreach (var m in Claim().EnumerateMatches(n))
        {
            var claimed = n.AsSpan(m.Index, m.Length);
            string? stem = null;
            foreach (var s in Stems)
            {
                if (claimed.Contains(s, StringComparison.Ordinal)) { stem = s; break; }
            }
            if (stem is null || own.Contains(stem, StringComparison.Ordinal) || SameField(own, stem)) continue;
            var args = new[] { new KeyValuePair<string, string>("specialty", specialty) };
            context.ReportNormalized(new TextSpan(m.Index, m.Length), 0.7, args: args);
            return;
        }
    }

    private static bool SameField(string own, string stem) =>
        (stem is "internal" or "internist" or "hospitalist" && (own.Contains("internal") || own.Contains("hospital") || own.Contains("medicine")))
        || (stem is "obstetric" or "gynecolog" && (own.Contains("ob") || own.Contains("gyn") || own.Contains("obstet")))
        || (stem == "neurosurg" && own.Contains("neuro"));

    [GeneratedRegex(@"\b(?:i'?m|i\s+am|as)\s+(?:a|an)\s+(?:board[\s-]certified\s+)?[a-z]+(?:\s+surgeon|\s+physician|ologist|iatrist|ician|ist)\b|\bboard[\s-]certified\s+in\s+[a-z]+(?:\s+[a-z]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex Claim();
}
