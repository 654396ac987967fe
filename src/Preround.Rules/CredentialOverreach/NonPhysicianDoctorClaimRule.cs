using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;

namespace Preround.Rules.CredentialOverreach;

/// <summary>
/// An NP, PA, nurse or pharmacist implying physician status: "I'm a doctor", "call me Dr. Kay" without saying which
/// doctorate, or a doctorate put forward as clinical authority over physicians ("I have a doctorate too, so …").
/// </summary>
public sealed partial class NonPhysicianDoctorClaimRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.NonPhysicianDoctorClaim,
        "Non-physician implying physician status",
        "'{match}' may lead readers to think a {role} is a physician or outranks one",
        RuleCategories.CredentialOverreach,
        Severity.Warn,
        "Patients choose and trust care by who they think is treating them; many states' title-protection laws and nursing and "
        + "PA boards require clinicians with a doctorate to name it (DNP, PharmD, PhD) in clinical settings, and colleagues read "
        + "authority-by-degree claims as scope-of-practice combat.")
    {
        DefaultSuggestion = "Name your role and degree plainly: \"Dr. Kay, DNP, family nurse practitioner\"; argue from evidence, not from the title.",
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        var role = context.Author.Role;
        if (role is not (AuthorRole.Np or AuthorRole.Pa or AuthorRole.Nurse or AuthorRole.Pharmacist)) return;
        var n = context.Text.Normalized;
        var args = new[] { new KeyValuePair<string, string>("role", RoleName(role)) };
        foreach (var m in Doctorate().EnumerateMatches(n))
        {
            // A doctorate is a fact; it becomes overreach when offered as authority over physicians.
            if (AuthorityComparison().IsMatch(n))
            {
                context.ReportNormalized(new TextSpan(m.Index, m.Length), 0.8, args: args);
                return;
            }
        }
        var clarified = Clarifier().IsMatch(n);
        foreach (var m in Claim().EnumerateMatches(n))
        {
            var text = n.AsSpan(m.Index, m.Length);
            var isTitle = text.Contains("dr", StringComparison.Ordinal) && !text.Contains("doctor", StringComparison.Ordinal);
            if (isTitle && clarified) continue;
            var sentence = context.Text.SentenceSpanAt(m.Index);
            var s = n.AsSpan(sentence.Start, sentence.Length);
            if (NotAPhysician().IsMatch(s) || CredentialPatterns.FutureOrPlay().IsMatch(s)) continue;
            if (role == AuthorRole.Pharmacist && (isTitle || text.Contains("doctor", StringComparison.Ordinal)) && clarified) continue;
            context.ReportNormalized(new TextSpan(m.Index, m.Length), 0.75, args: args);
            return;
        }
    }

    private static string RoleName(AuthorRole role) => role switch
    {
        AuthorRole.Np => "nurse practitioner",
        AuthorRole.Pa => "physician assistant",
        AuthorRole.Pharmacist => "pharmacist",
        _ => "nurse",
    };

    [GeneratedRegex(@"\b(?:(?:a|my|the)\s+doctorate(?:\s+too|\s+as\s+well)?|doctoral(?:ly)?[\s-](?:prepared|degree|trained)|i'?m\s+a\s+dnp|as\s+a\s+(?:dnp|doctor\s+of\s+nursing(?:\s+practice)?)|(?:i\s+have|i've\s+got|with)\s+(?:a\s+|my\s+)?(?:dnp|doctor\s+of\s+nursing(?:\s+practice)?))\b", RegexOptions.CultureInvariant)]
    private static partial Regex Doctorate();

    [GeneratedRegex(@"\b(?:know(?:s)?\s+(?:more|as\s+much|better|just\s+as\s+much)|more\s+than\s+(?:a|any|your|the|most)|as\s+much\s+as\s+(?:a|any|your|the)|same\s+(?:as|level|training)|just\s+as\s+(?:qualified|good|trained|smart)|equal(?:ly)?|outrank\w*|don'?t\s+need\s+(?:a|an|your|to\s+see)|no\s+different\s+(?:from|than)|does\s+not\s+know\s+more|doesn'?t\s+know\s+more|isn'?t\s+smarter)\b[^.!?\n]{0,60}|\b(?:" + CredentialPatterns.PhysicianNoun + @")s?\b[^.!?\n]{0,40}\b(?:(?:does|do)\s*(?:n'?t|\s+not)\s+know\s+more|no\s+smarter|not\s+smarter)", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorityComparison();

    [GeneratedRegex(@"\b(?:i'?m|i\s+am|as)\s+(?:a|an|your|the)\s+(?:(?:basically|practically|essentially|real|actual|primary\s+care|family|new|same\s+as\s+a)\s+)?(?:doctor|physician|md|surgeon|dermatologist|cardiologist|psychiatrist|pediatrician|gynecologist|anesthesiologist)\b(?!\s+(?:assistant|associate|of\s+(?:nursing|pharmacy|physical|philosophy)))|\bi'?ll\s+be\s+your\s+(?:doctor|physician)\b|\b(?:never|don'?t|do\s+not|won'?t|refuse\s+to)\s+correct\s+(?:them|patients|people|anyone)\b|\b(?:i'?m|i\s+am)\s+(?:basically|practically|essentially|pretty\s+much|literally|just\s+like)\s+(?:a\s+|your\s+)?(?:doctor|physician)\b|\b(?:call\s+me|i'?m|i\s+am|this\s+is|it'?s)\s+dr\.?\s+[a-z]+(?:,?\s+(?:your|the)\s+(?:[a-z]+\s+)?(?:doctor|physician)\b)?|(?:^|[.!?\n:]\s*)dr\.?\s+[a-z]+\s+here\b|\bdr\.?\s+[a-z]+,?\s+(?:your|the)\s+(?:[a-z]+\s+)?(?:doctor|physician)\b|\b(?:same\s+as|equivalent\s+to|no\s+different\s+(?:from|than)|just\s+like)\s+(?:a\s+|an\s+)?(?:physician|doctor|md)s?\b(?!'s)|\b(?:same|equivalent|equal)\s+(?:training|education|knowledge)\s+(?:as|to)\s+(?:a\s+|an\s+)?(?:doctors?|physicians?|mds?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Claim();

    [GeneratedRegex(@"\b(?:dnp|phd|pharmd|pharm\.d|dnap|edd|np|aprn|fnp|crna|cnm|pa-c|rn|nurse|pharmacist|physician\s+assistant|physician\s+associate|doctor\s+of\s+(?:nursing|pharmacy|physical|philosophy|education))\b", RegexOptions.CultureInvariant)]
    private static partial Regex Clarifier();

    [GeneratedRegex(@"\b(?:not|never|isn'?t|aren'?t|n't|no)\s+(?:\w+\s+){0,2}(?:a\s+)?(?:doctor|physician|md)|\b(?:like|playing|dressed\s+as|married\s+to|daughter|son|wife|husband)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NotAPhysician();
}
