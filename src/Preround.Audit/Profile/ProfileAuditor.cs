using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Preround.Core.Domain;

namespace Preround.Audit.Profile;

/// <summary>
/// Audits a bio the way a programme director reads it: who you are, what you do, whether the credentials match the
/// role, whom it ties your posts to, and whether it fits. Optionally runs the post checker over it as well.
/// </summary>
public sealed partial class ProfileAuditor(Func<Draft, CheckResult>? check = null)
{
    /// <summary>Audits <paramref name="bio"/> for an author with <paramref name="author"/>'s role on <paramref name="platform"/>.</summary>
    /// <param name="hasPhoto">Whether a profile photo is set; null when unknown.</param>
    public ProfileAuditResult Audit(string? bio, AuthorProfile author, Platform platform, bool? hasPhoto = null, string? handle = null)
    {
        var text = (bio ?? "").Trim();
        var findings = new List<Finding>();
        var checklist = new List<ChecklistItem>();
        var normal = text.Normalize(NormalizationForm.FormKC);

        // Concise and informative.
        var limit = BioLimits.For(platform);
        var length = new StringInfo(text).LengthInTextElements;
        if (text.Length == 0)
        {
            findings.Add(Make(ProfileRuleIds.EmptyBio, Severity.Warn, 1, new TextSpan(0, 0), "",
                "The bio is empty: say who you are and what you do in one line.",
                "An empty bio leaves a committee to guess, and the guess comes from your posts.",
                Example(author)));
            checklist.Add(new("Informative", ChecklistStatus.Fail, "Empty: one line on who you are and what you do."));
        }
        else if (length > limit)
        {
            findings.Add(Make(ProfileRuleIds.OverlongBio, Severity.Warn, 1, new TextSpan(0, text.Length), text,
                $"The bio is {length} characters; {platform.Name()} shows {limit}. The end will be cut.",
                "The first line is what search results and hover cards show; keep the essentials there.", null));
            checklist.Add(new("Concise", ChecklistStatus.Fail, $"{length} of {limit} characters: trim it."));
        }
        else
        {
            checklist.Add(new("Concise", ChecklistStatus.Pass, $"{length} of {limit} characters."));
        }

        // Who you are and what you do.
        if (text.Length > 0)
        {
            var role = RoleWord().Match(normal);
            if (!role.Success)
            {
                findings.Add(Make(ProfileRuleIds.NoRoleStated, Severity.Info, 0.7, new TextSpan(0, 0), "",
                    "The bio does not say what you do (student, resident, nurse, pharmacist, specialty…).",
                    "A reader should know in a second whether you are a clinician and at what stage, before they read a post of yours about health.",
                    Example(author)));
                checklist.Add(new("Who you are and what you do", ChecklistStatus.Fail, "Name your role and field."));
            }
            else
            {
                checklist.Add(new("Who you are and what you do", ChecklistStatus.Pass, $"States '{role.Value}'."));
            }
        }

        // Credentials.
        var overreach = CredentialFindings(text, normal, author).ToList();
        findings.AddRange(overreach);
        checklist.Add(author.Role is AuthorRole.Unknown or AuthorRole.Other
            ? new("Credentials accurate", ChecklistStatus.Check, "Give --role to check credentials against your training stage.")
            : overreach.Count == 0
                ? new("Credentials accurate", ChecklistStatus.Pass, $"Nothing beyond a {author.Role.Name()}.")
                : new("Credentials accurate", ChecklistStatus.Fail, "Claims a title or certification beyond your role."));

        // Institution on an account that also carries personal content.
        var institution = Institution().Match(normal);
        if (institution.Success)
        {
            var personal = author.Account == AccountType.Personal || PersonalContent().IsMatch(normal);
            if (personal)
            {
                findings.Add(Make(ProfileRuleIds.InstitutionOnPersonalAccount, Severity.Warn, author.Account == AccountType.Personal ? 0.9 : 0.7,
                    text.Length == normal.Length ? new TextSpan(institution.Index, institution.Length) : new TextSpan(0, 0), institution.Value,
                    $"'{institution.Value}' is named on an account that also carries personal content.",
                    "Naming an employer or school ties every post here to it; policies often ask that personal accounts leave it out.",
                    "Leave the institution off a personal account, or keep this account strictly professional."));
            }
        }

        // Views are my own.
        var disclaimer = Disclaimer().Match(text);
        if (disclaimer.Success)
        {
            findings.Add(Make(ProfileRuleIds.ViewsAreMyOwn, Severity.Info, 1, new TextSpan(disclaimer.Index, disclaimer.Length), disclaimer.Value,
                $"'{disclaimer.Value}' does not protect you.",
                "It is a kind thought, but employers, boards and selection committees judge what you post whatever the bio says. Keep it if you like; let the posts themselves be the protection.",
                null));
        }

        // Photo.
        checklist.Add(hasPhoto switch
        {
            true => new("Professional photo", ChecklistStatus.Pass, "A photo is set; make sure it is a clear, current headshot."),
            false => new("Professional photo", ChecklistStatus.Fail, "No photo: a clear, current headshot builds trust."),
            null => new("Professional photo", ChecklistStatus.Check, "Use a clear, current headshot; no patients, no scrubs with badges showing."),
        });
        if (hasPhoto == false)
        {
            findings.Add(Make(ProfileRuleIds.NoPhoto, Severity.Info, 1, new TextSpan(0, 0), "",
                "No profile photo is set.", "Accounts without a photo read as anonymous or abandoned.", "Add a clear, current headshot."));
        }

        // The post checker sees what a bio shares with posts (patient details, profanity, claims).
        if (check is not null && text.Length > 0 && text.Length <= Draft.MaxLength)
        {
            var seen = findings.Select(f => f.Span).ToHashSet();
            foreach (var f in check(new Draft(text, author, platform)).Findings)
                if (!seen.Contains(f.Span) || f.Span.Length == 0) findings.Add(f);
        }

        return new ProfileAuditResult(platform, text, findings.OrderBy(f => f.Span.Start).ThenByDescending(f => f.Severity).ToList(), checklist)
        {
            Handle = handle,
        };
    }

    private IEnumerable<Finding> CredentialFindings(string text, string normal, AuthorProfile author)
    {
        // NOTE: matched on the NFKC text so that styled letters (𝗠𝗗) count; spans map back only when NFKC kept the length.
        var sameLength = text.Length == normal.Length;
        foreach (Match m in Credential().Matches(normal))
        {
            var claim = m.Value;
            var upper = claim.ToUpperInvariant().Replace(".", "").Trim();
            var allowed = author.Role switch
            {
                // NOTE: the qualifier must sit right next to the title ("MD candidate", "future MD", "MD '27"), not anywhere in the bio.
                _ when author.Role.IsStudent() => StudentQualifier().IsMatch(normal[(m.Index + m.Length)..Math.Min(normal.Length, m.Index + m.Length + 12)])
                                                  || StudentQualifier().IsMatch(normal[Math.Max(0, m.Index - 10)..m.Index]),
                AuthorRole.Resident or AuthorRole.Fellow => upper is "MD" or "DO" or "DR" or "PHYSICIAN" or "DOCTOR",
                AuthorRole.Attending => true,
                AuthorRole.Nurse => upper is "RN" or "BSN" or "MSN",
                AuthorRole.Np => upper is "NP" or "FNP" or "RN" or "BSN" or "MSN" or "DNP",
                AuthorRole.Pa => upper is "PA" or "PA-C",
                AuthorRole.Pharmacist => upper is "PHARMD" or "RPH",
                _ => true,
            };
            if (allowed && !(author.Role is AuthorRole.Resident or AuthorRole.Fellow && upper.Contains("BOARD")))
                continue;
            var span = sameLength ? new TextSpan(m.Index, m.Length) : new TextSpan(0, 0);
            var severe = author.Role.IsStudent() && upper is "MD" or "DO" or "DR" or "PHYSICIAN" or "DOCTOR" or "SURGEON";
            yield return Make(ProfileRuleIds.CredentialBeyondRole, severe ? Severity.Block : Severity.Warn, 0.85, span, claim,
                $"'{claim}' is a title or certification beyond a {author.Role.Name()}'s.",
                "Claiming a degree, title or board certification you do not yet hold can be misrepresentation, which boards and programmes treat seriously.",
                author.Role.IsStudent() ? $"Write it as earned so far, e.g. 'MD candidate 2027' or 'medical student ({author.Role.Name().ToUpperInvariant()})'." : "State your current role and training stage.");
        }
    }

    private static string Example(AuthorProfile author) => author.Role switch
    {
        _ when author.Role.IsStudent() => "e.g. 'Third-year medical student · interested in emergency medicine · she/her'",
        AuthorRole.Resident => "e.g. 'Internal medicine resident (PGY-2) · teaching and quality improvement'",
        AuthorRole.Nurse => "e.g. 'ICU nurse · patient safety and night-shift wellbeing'",
        AuthorRole.Pharmacist => "e.g. 'Clinical pharmacist · antimicrobial stewardship'",
        _ => "e.g. 'Family physician · preventive care and plain-language health'",
    };

    private static Finding Make(string id, Severity severity, double confidence, TextSpan span, string match, string message, string rationale, string? suggestion) =>
        new(id, RuleCategories.Profile, severity, confidence, span, match, message, rationale, suggestion) { HelpUri = $"docs/rules/{id}.md" };

    [GeneratedRegex(@"\b(MD|M\.D\.|DO|D\.O\.|Dr\.?|physician|doctor|surgeon|attending|board[- ]certified|FACP|FACS|FAAP|FACEP|RN|BSN|MSN|NP|FNP|DNP|PA-C|PA|PharmD|RPh)(?![\w-])", RegexOptions.IgnoreCase)]
    private static partial Regex Credential();

    [GeneratedRegex(@"candidate|student|\bMS[1-4]\b|\bM[1-4]\b|aspiring|future|to[- ]be|class of|'\d\d|\b20[2-4]\d\b|\(c\)|in training|applicant|pre-?med", RegexOptions.IgnoreCase)]
    private static partial Regex StudentQualifier();

    [GeneratedRegex(@"\b(medical student|med student|student|resident|intern|fellow|attending|physician|doctor|surgeon|nurse|NP|PA-C|pharmacist|PharmD|RN|MD|DO|MS[1-4]|PGY-?\d|clinician|midwife|therapist|paramedic|[A-Za-z]+ology|[A-Za-z]+ologist|[A-Za-z]+iatrics|[A-Za-z]+iatry|medicine|surgery|nursing|pharmacy|emergency|pediatrics|paediatrics|oncology|cardiology)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RoleWord();

    [GeneratedRegex(@"(?:@\s?)?\b(?:[A-Z][\w'&.-]*\s){0,5}(?:Hospital|Medical Center|Medical Centre|Health System|Health|Clinic|University|School of Medicine|College of Medicine|Medical School|Infirmary|Children's)\b(?:\s(?:of|at)\s(?:[A-Z][\w'&.-]*\s?){1,4})?")]
    private static partial Regex Institution();

    [GeneratedRegex(@"\b(dog|cat|plant|boy|girl)\s?(mom|dad|mum)\b|\bwine\b|\bbeer|cocktail|\bparty|foodie|gamer|gaming|memes?\b|shitpost|hot takes|\bspicy\b|\bmom of\b|\bdad of\b|\bwife\b|\bhusband\b|\bfan\b|\bfandom|\btravel|🍷|🍺|🍸|🎮|🎉|personal account|my own account", RegexOptions.IgnoreCase)]
    private static partial Regex PersonalContent();

    [GeneratedRegex(@"\b(views|opinions|thoughts|tweets|posts)\s+(are\s+)?(my\s+own|mine(\s+alone)?|(are\s+)?not\s+(those\s+of\s+)?my\s+employer'?s?)\b|\b(RTs?|retweets|reposts|likes)\s*(≠|!=|are\s+not|aren't|do\s+not\s+equal)\s*endorse\w*|\bnot\s+medical\s+advice\b", RegexOptions.IgnoreCase)]
    private static partial Regex Disclaimer();
}
