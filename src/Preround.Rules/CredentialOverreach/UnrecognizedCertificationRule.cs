using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;

namespace Preround.Rules.CredentialOverreach;

/// <summary>
/// Certification that reads as a specialist board but is not one: "board certified in functional / anti-aging / longevity
/// medicine", "American Board of Hormone Optimization", fellowship or board training that a weekend course stands behind,
/// "double/triple board certified" from a student or resident, and a non-physician "board-certified dermatologist".
/// </summary>
public sealed partial class UnrecognizedCertificationRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.UnrecognizedCertification,
        "Certification a recognised board does not grant",
        "'{match}' presents a certification that readers will take for specialist board certification",
        RuleCategories.CredentialOverreach,
        Severity.Warn,
        "\"Board certified\" means certification by an ABMS or AOA member board (or the nursing/PA certifying bodies for their own "
        + "fields); many state boards treat advertising other boards, course certificates or not-yet-held certification as misleading.")
    {
        DefaultSuggestion = "Name the credential exactly: \"completed a 2-day course in aesthetic injections\" or \"board certified in family medicine (ABFM)\".",
    };

    public override RuleDescriptor Descriptor => Rule;

    private const string Unrecognized =
        @"(?:functional|integrative|holistic|anti-?aging|longevity|age\s+management|hormone(?:\s+optimization)?|bioidentical\s+hormones?|regenerative|"
        + @"aesthetic|cosmetic|wellness|metabolic|ozone|chelation|natural|naturopathic|biohacking|peptide|ketogenic|lifestyle\s+and\s+longevity)";

    private static readonly System.Buffers.SearchValues<string> Cues = Claims.Gate.Of("board", "certified", "fellowship");

    public override void Analyze(RuleContext context)
    {
        var t = context.Text;
        var n = t.Normalized;
        if (!Claims.Gate.Any(n, Cues)) return;
        if (context.HasReported(RuleCategories.CredentialOverreach)) return;
        var role = context.Author.Role;
        var m = Bogus().Match(n);
        if (!m.Success && (role.IsStudent() || role == AuthorRole.Resident)) m = Multiple().Match(n);
        if (!m.Success && role is AuthorRole.Np or AuthorRole.Pa or AuthorRole.Nurse or AuthorRole.Pharmacist) m = PhysicianBoard().Match(n);
        if (!m.Success) return;
        var sentence = t.SentenceSpanAt(m.Index);
        if (Critical().IsMatch(n.AsSpan(sentence.Start, sentence.Length)) || Core.Text.Negation.IsNegated(t, m.Index, 3)) return;
        context.ReportNormalized(Claims.SpanTrim.End(n, m.Index, m.Length), 0.75);
    }

    [GeneratedRegex(@"\bboard[\s-]?certified\s+(?:in|by)\s+(?:the\s+)?(?:american\s+(?:board|academy)\s+of\s+)?" + Unrecognized + @"(?:\s+(?:medicine|health|surgery))?\b|\b(?:certified|diplomate|fellow)\s+(?:by|of|in)\s+the\s+(?:american|national|international|world)\s+(?:board|academy|college)\s+of\s+" + Unrecognized + @"(?:\s+(?:medicine|health|surgery))?\b|\b(?:fellowship|board)[\s-](?:trained|certified)\b[^.!?\n]{0,60}\b(?:weekend|online|one-day|two-day|\d+-(?:day|hour)|course|workshop|webinar|certificate\s+program)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Bogus();

    [GeneratedRegex(@"\b(?:double|triple|dual|quadruple|two|three)[\s-]board[\s-]?certified\b", RegexOptions.CultureInvariant)]
    private static partial Regex Multiple();

    [GeneratedRegex(@"\bboard[\s-]?certified\s+(?:" + CredentialPatterns.PhysicianNoun + @"|plastic\s+surgeon|specialist\s+in\s+(?:dermatology|cardiology|psychiatry|oncology|surgery))\b", RegexOptions.CultureInvariant)]
    private static partial Regex PhysicianBoard();

    [GeneratedRegex(@"\b(?:isn'?t|is\s+not|aren'?t|not\s+a\s+real|not\s+recogni[sz]ed|meaningless|means\s+nothing|fake|bogus|beware|be\s+wary|check\s+(?:that|whether|if)|ask\s+(?:if|whether)|verify|certification\s+matters|my\s+(?:colleague|partner|mentor|surgeon)|our\s+\w+|we\s+(?:have|hired|welcome))\b", RegexOptions.CultureInvariant)]
    private static partial Regex Critical();
}
