using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;

namespace Preround.Rules.CredentialOverreach;

/// <summary>
/// Expertise claimed above one's training, whatever the wording: knowing more than (or doing better than) physicians or
/// specialists, being "the leading expert" or "the only specialist you'll need", a non-physician or student presenting
/// as "basically a surgeon", "your hormone doctor" or "radiologist-level", and "I'm not a surgeon but I promise …".
/// Works without a specialty in the profile (PR3104 needs one).
/// </summary>
public sealed partial class ExpertiseOverreachRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.ExpertiseOverreach,
        "Expertise claimed beyond one's training",
        "'{match}' claims expertise or standing that your training does not give you",
        RuleCategories.CredentialOverreach,
        Severity.Warn,
        "Patients decide whom to trust, and whether to see a specialist, from how clinicians describe themselves; boards, "
        + "employers and colleagues read claims of outranking physicians or specialists as misrepresentation and scope-of-practice combat.")
    {
        DefaultSuggestion = "Describe your actual role and what it lets you say: \"As an ICU nurse, here's what I see; your oncologist can explain your own treatment.\"",
    };

    public override RuleDescriptor Descriptor => Rule;

    private const string Clinician =
        @"(?:doctors?|docs?|physicians?|mds?|gis?|specialists?|attendings?|surgeons?|orthopods?|[a-z]+ologists?|[a-z]+iatrists?|pediatricians?|obstetricians?|internists?|hospitalists?|intensivists?|family\s+docs?|ob-?gyns?|radiologists?|oncologists?|cardiologists?|dermatologists?|derms?)";

    private static readonly System.Buffers.SearchValues<string> Cues = Claims.Gate.Of(
        "more than", "know more", "more about", "better than", "beat", "nothing a", "expert", "specialist", "basically", "practically", "pretty much", "essentially",
        "think of me", "consider me", "-level", " level", "but i", "but trust", "qualified", "your ", "best doctor", "lead physician",
        "leading", "smarter than", "outperform", "as good as");

    public override void Analyze(RuleContext context)
    {
        var t = context.Text;
        var n = t.Normalized;
        if (!Claims.Gate.Any(n, Cues)) return;
        if (context.HasReported(RuleCategories.CredentialOverreach)) return;
        var role = context.Author.Role;
        foreach (var m in Superiority().EnumerateMatches(n))
        {
            if (Hedged(t, m.Index)) continue;
            context.ReportNormalized(Claims.SpanTrim.End(n, m.Index, m.Length), 0.75);
            return;
        }
        // Presenting as a physician is overreach only for those who are not one (or not yet, or not that kind).
        var nonPhysician = role is AuthorRole.Np or AuthorRole.Pa or AuthorRole.Nurse or AuthorRole.Pharmacist || role.IsStudent()
            || (role == AuthorRole.Unknown && NonPhysicianSelf().IsMatch(n));
        if (!nonPhysician && role != AuthorRole.Resident) return;
        foreach (var m in PhysicianIdentity().EnumerateMatches(n))
        {
            var claim = n.AsSpan(m.Index, m.Length);
            // A resident is a doctor and a surgeon in training; only "attending-level" standing overreaches for them.
            if (!nonPhysician && !claim.Contains("attending", StringComparison.Ordinal)) continue;
            if (Hedged(t, m.Index)) continue;
            context.ReportNormalized(Claims.SpanTrim.End(n, m.Index, m.Length), 0.7);
            return;
        }
    }

    private static bool Hedged(Core.Text.AnalyzedText t, int index)
    {
        var sentence = t.SentenceSpanAt(index);
        var before = t.Normalized.AsSpan(sentence.Start, Math.Max(0, index - sentence.Start));
        return Core.Text.Negation.IsNegated(t, index, 3) || NotSelf().IsMatch(before);
    }

    [GeneratedRegex(@"\b(?:i|i'?m|i\s+am|i'?ve|we)\b[^.!?\n]{0,40}?\b(?:know|knows|understand|learned)\s+(?:(?:way|a\s+lot|so\s+much)\s+)?more\s+(?:about\s+(?:[\w'-]+\s+){1,3})?than\s+(?:most|any|all|your|the|a|an|many|half\s+(?:the|of))?\s*(?:[\w-]+\s+)?" + Clinician + @"\b|\b(?:i|i'?m|i\s+am|we|my\s+\w+(?:\s+\w+)?)\b[^.!?\n]{0,50}?\b(?:better|smarter|more\s+qualified|more\s+skilled)\s+than\s+(?:most|any|all|your|the|a|an|many)\s+(?:(?:of\s+)?(?:them|those)|(?:[\w-]+\s+)?" + Clinician + @")\b|\b(?:beats?|outperforms?|outdoes|runs?\s+circles\s+around)\s+(?:any|all|most|every)\s+(?:(?:of\s+)?(?:them|those)|(?:[\w-]+\s+)?" + Clinician + @")\b|\bnothing\s+an?\s+(?:[\w-]+\s+){0,2}" + Clinician + @"\s+(?:does|can\s+do|knows)\s+that\s+i\s+(?:can'?t|cannot|don'?t)\b|\bqualified\s+to\s+tell\s+you\s+(?:that\s+)?(?:your|ur)\s+(?:[\w-]+\s+)?" + Clinician + @"\s+(?:is|are)\s+wrong\b|\b(?:i'?m|i\s+am|as)\s+(?:the|a|an)\s+(?:leading|top|foremost|premier|#1|number\s+one|only\s+(?:real|true))\s+(?:[\w-]+\s+){0,2}(?:expert|specialist|authority)\b|\bthe\s+only\s+(?:[\w-]+\s+){0,2}(?:specialist|expert|doctor|provider)\s+you'?ll\s+ever\s+need\b|\b(?:specialist|expert)\s+(?:in|on)\s+(?:everything|all\s+things)\b|\b(?:not\s+an?|i'?m\s+not\s+an?|i'?m\s+an?|i\s+am\s+an?|as\s+an?)\s+(?:[\w-]+\s+)?(?:doctor|physician|surgeon|[a-z]+ologist|[a-z]+iatrist|pediatrician|specialist|md)\s*,?\s+but\s+(?:honestly\s+|trust\s+me\s+)?(?:i\s+(?:promise|guarantee|swear|bet|can\s+tell\s+you|know\s+(?:more|better))|i'?ve\s+(?:read|seen|learned)\s+enough|trust\s+me|my\s+[\w\s]{1,25}?\s+(?:beats|is\s+better))", RegexOptions.CultureInvariant)]
    private static partial Regex Superiority();

    [GeneratedRegex(@"\b(?:i'?m|i\s+am)\s+(?:basically|practically|essentially|pretty\s+much|literally|like|now)\s+(?:a|an|the|your)\s+(?:[\w-]+\s+)?(?:doctor|physician|surgeon|md|attending|[a-z]+ologist|[a-z]+iatrist|pediatrician|specialist)\b|\b(?:think\s+of\s+me\s+as|consider\s+me|just\s+call\s+me)\s+(?:a|an|your|the)\s+(?:[\w-]+\s+)?(?:doctor|doc|physician|surgeon|md|attending|[a-z]+ologist|specialist)\b|(?<!\b(?:our|my|the|their|his|her|a|an)\s)\b(?:best|top|lead|head|chief)\s+(?:doctor|physician|surgeon)\b|\b(?:doctor|physician|surgeon|attending|radiologist|specialist|[a-z]+ologist)[\s-]level\b|\b(?:nurse|np|pa|pharmacist)\s+doctor\b|(?:^|[,:\-—–]\s*|\b(?:i'?m|i\s+am|me)\s+)your\s+(?:[\w-]+\s+)?(?:doctor|doc|physician)\b(?!'s|\s+(?:is|was|will|may|can|might|should|knows?|said|says|told|first))", RegexOptions.CultureInvariant)]
    private static partial Regex PhysicianIdentity();

    [GeneratedRegex(@"\b(?:emt|paramedic|medic|nursing\s+student|nurse|student|chiropractor|chiro|naturopath|doula|coach|esthetician|aesthetician|massage\s+therapist|pharmacist|np|pa|ms[1-4])\b", RegexOptions.CultureInvariant)]
    private static partial Regex NonPhysicianSelf();

    [GeneratedRegex(@"\b(?:if|when|whether|nobody|no\s+one|never\s+(?:say|claim)|don'?t\s+(?:say|claim|pretend)|people\s+who|those\s+who|someone\s+who|influencers?\s+who|they|he|she)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NotSelf();
}
