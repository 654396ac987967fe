using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Core.Text;
using Preround.Rules.Conduct;

namespace Preround.Rules.CredentialOverreach;

/// <summary>
/// A self-given title the author's role cannot hold, read against <see cref="AuthorProfile.Role"/>: a student who is
/// "already the lipid specialist", a resident who is a "consultant neurologist", a PA who is "the surgeon on these
/// cases", a pharmacist who is "basically your family doctor".
/// </summary>
/// <remarks>The same words from an attending are fine, as are hopes ("future surgeon"), titles of others ("I'm the
/// surgeon's PA"), reported speech ("someone called me 'the surgeon'") and corrections ("not a doctor").</remarks>
public sealed partial class RoleTitleClaimRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.RoleTitleClaim,
        "Title beyond your role",
        "'{match}' claims a title your role does not hold; consider stating your actual role.",
        RuleCategories.CredentialOverreach,
        Severity.Warn,
        "Patients decide whom to trust from the title you use; licensing boards and employers treat a title beyond your training or licence as misrepresentation, and colleagues who hold it notice.")
    {
        DefaultSuggestion = "Say what you are (\"third-year medical student\", \"PGY-2 in neurology\", \"PA on the surgical team\") and let the content carry the expertise.",
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        var role = context.Author.Role;
        if (!role.IsTrainee() && role is not (AuthorRole.Nurse or AuthorRole.Np or AuthorRole.Pa or AuthorRole.Pharmacist)) return;
        var t = context.Text;
        var text = t.Normalized;
        if (!Gate().IsMatch(text)) return;
        foreach (Match m in Claim().Matches(text))
        {
            var title = m.Groups["title"].Value;
            if (!Exceeds(role, m.Value, title)) continue;
            // "I'm a doctor now!! (well, still an MS4)": a plain title with the student status beside it tells readers the truth.
            if (role.IsStudent() && title is "doctor" or "physician" && StudentStatus().IsMatch(text)) continue;
            var span = new TextSpan(m.Index, m.Length);
            var sentence = t.SentenceSpanAt(m.Index);
            if (CredentialPatterns.FutureOrPlay().IsMatch(text.AsSpan(sentence.Start, sentence.Length))) continue;
            if (Negation.IsNegated(t, m.Groups["title"].Index, 4) || Frames.InQuotes(t, span) || Others().IsMatch(text.AsSpan(m.Index + m.Length))) continue;
            context.ReportNormalized(span, 0.75);
            return;
        }
    }

    /// <summary>Whether the title is beyond the role: any clinician title for a student, seniority for a resident, a physician's title for nurses, NPs, PAs and pharmacists.</summary>
    private static bool Exceeds(AuthorRole role, string claim, string title)
    {
        if (role.IsStudent()) return true;
        if (role is AuthorRole.Resident or AuthorRole.Fellow) return claim.Contains("consultant", StringComparison.Ordinal) || title == "attending";
        // Nurses, NPs, PAs and pharmacists: physician titles only ("specialist" and "expert" belong to PR3105).
        return title is not ("specialist" or "consultant" or "expert") || claim.Contains("doctor", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"doctor|physician|surgeon|ologist|iatrist|ician|consultant|attending|specialist|\bgp\b", RegexOptions.CultureInvariant)]
    private static partial Regex Gate();

    [GeneratedRegex(@"\b(?:i'?m|i am|as|call me|signing (?:off|my posts|this) as|sign(?:ing)? (?:off )?as|already|officially|basically|practically|essentially)\s+(?:(?:basically|practically|already|now|officially|literally|essentially|pretty much|like|at this point)\s+)*(?:a|an|the|your|our|this)\s+(?:[a-z-]+\s+){0,2}?(?<title>doctor|physician|surgeon|gp|attending|consultant|specialist|[a-z]+ologist|[a-z]+iatrist|pa?ediatrician)\b(?:\s+(?:on|for|of|in)\s+(?:these|this|the|our|my)\s+\w+)?|(?:^|[.!?\n:]\s*)(?!(?:every|each|all|no|our|my|the|their|his|her|any|your|which|what|who)\b)(?:[a-z-]+\s+){0,2}?(?<title>doctor|physician|surgeon|gp|attending|consultant|specialist|[a-z]+ologist|[a-z]+iatrist|pa?ediatrician)\b\s+here\b(?=\s*(?:[,:!.(-]|to\b|and\b|$|\p{So}))", RegexOptions.CultureInvariant)]
    private static partial Regex Claim();

    [GeneratedRegex(@"\b(?:ms\s?[1-4]|m[1-4]|med(?:ical)?\s*student|student\s+doctor|(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-]year\s+(?:med|medical)|med\s*school)\b", RegexOptions.CultureInvariant)]
    private static partial Regex StudentStatus();

    /// <summary>The title belongs to someone else: "the surgeon's PA", "the attending on call", "surgeon assistant".</summary>
    [GeneratedRegex(@"^(?:'s\b|s'|\s+(?:assistant|associate|'s|team|office|nurse|pa|np|who|i work|i support|said|told|asked))", RegexOptions.CultureInvariant)]
    private static partial Regex Others();
}
