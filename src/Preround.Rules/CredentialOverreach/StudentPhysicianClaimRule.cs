using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;

namespace Preround.Rules.CredentialOverreach;

/// <summary>A medical student presenting as a doctor, a specialist or an expert ("I'm Dr. Lee", "as a dermatologist", "Jane Doe, MD").</summary>
public sealed partial class StudentPhysicianClaimRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.StudentPhysicianClaim,
        "Student presenting as a physician or expert",
        "'{match}' presents a medical student as a physician, specialist or expert",
        RuleCategories.CredentialOverreach,
        Severity.Warn,
        "Patients act on what a doctor says, and schools, licensing boards and residency programs treat a student using a title "
        + "or expertise they do not yet hold as misrepresentation; it is a professionalism finding that can follow you into the Match.")
    {
        DefaultSuggestion = "Say what you are: \"As a third-year medical student, …\" or \"future physician\"; keep \"Dr.\" and \"expert\" for after you earn them.",
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        if (!context.Author.Role.IsStudent()) return;
        var n = context.Text.Normalized;
        foreach (var m in Claim().EnumerateMatches(n))
        {
            var sentence = context.Text.SentenceSpanAt(m.Index);
            var isExpertise = n.AsSpan(m.Index, m.Length).Contains("expert", StringComparison.Ordinal) || n.AsSpan(m.Index, m.Length).Contains("specialist", StringComparison.Ordinal);
            // NOTE: "as a future doctor and basically an expert" hopes for the title but claims the expertise now.
            var scope = isExpertise ? n.AsSpan(m.Index, m.Length) : n.AsSpan(sentence.Start, sentence.Length);
            if (CredentialPatterns.FutureOrPlay().IsMatch(scope)) continue;
            if (Softened().IsMatch(n.AsSpan(m.Index, m.Length))) continue;
            // "Dr. Brooks here (MS2)" tells readers the truth; a title with the student status beside it is not a claim.
            // Expertise is different: "as an MS3 I'm basically an expert" still overreaches.
            var claim = n.AsSpan(m.Index, m.Length);
            // NOTE: "basically a doctor, MS2" admits the status and claims the standing anyway; only a plain title is excused.
            if (!claim.Contains("expert", StringComparison.Ordinal) && !claim.Contains("specialist", StringComparison.Ordinal) && !Intensified().IsMatch(claim) && StudentStatus().IsMatch(n)) continue;
            context.ReportNormalized(new TextSpan(m.Index, m.Length), 0.8);
            return;
        }
    }

    [GeneratedRegex(@"\b(?:i'?m|i\s+am|call\s+me|it'?s|this\s+is)\s+(?:now\s+)?dr\.?\s+[a-z]+|\b(?:introduc\w*|present\w*|sign\w*)\s+(?:myself\s+)?as\s+(?:a\s+|the\s+)?(?:dr\.?\s+[a-z]+|doctor|physician)\b|(?:^|[.!?\n:]\s*)dr\.?\s+[a-z]+\s+here\b|(?:^|[.!?\n:]\s*)(?:[a-z]+\s+)?(?:expert|specialist|doctor|physician|doc|dermatologist|cardiologist|surgeon|psychiatrist|pediatrician)\s+here\b|(?:^|\n|\s-)\s*dr\.?\s+[a-z]+[^a-z0-9]*$|\b(?:i'?m|i\s+am|as)\s+(?:(?:basically|practically|literally|officially|pretty\s+much|essentially|now|like)\s+)?(?:a|an|your|the)\s+(?:[a-z-]+\s+){0,2}?(?:" + CredentialPatterns.PhysicianNoun + @"|specialist|expert|clinician|attending)\b|\byour\s+(?:favou?rite|go[\s-]to|friendly|local|resident|online|trusted)\s+(?:[a-z-]+\s+)?(?:" + CredentialPatterns.PhysicianNoun + @"|expert|specialist)\b|,\s*m\.?d\.?(?![\s/-]*(?:candidate|student|phd|/|'?\d|class|to\s+be|program|applicant|hopeful|in\s+progress))\b|\bas\s+(?:an?\s+)?(?:medical|health|clinical|\w+)\s+expert\b|\b(?:basically|practically|literally|pretty\s+much|essentially|officially)\s+an?\s+(?:[a-z-]+\s+)?(?:expert|specialist)\b|\bboard[\s-]?certified\s+" + CredentialPatterns.PhysicianNoun, RegexOptions.CultureInvariant)]
    private static partial Regex Claim();

    [GeneratedRegex(@"\b(?:basically|practically|pretty\s+much|essentially|literally)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Intensified();

    [GeneratedRegex(@"\b(?:no|not|never|student|medical\s+student|med\s+student|baby|budding|trainee|student\s+doctor)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Softened();

    [GeneratedRegex(@"\b(?:ms\s?[1-4]|m[1-4]|om\s?[1-4]|med(?:ical)?\s+student|student\s+(?:doctor|dr)|(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-]year\s+(?:med|medical)|med\s+school)\b", RegexOptions.CultureInvariant)]
    private static partial Regex StudentStatus();
}
