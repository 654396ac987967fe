using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Rules.Claims;

namespace Preround.Rules.Misinformation;

/// <summary>Vaccines said to cause autism, infertility, cancer, sudden death or to alter DNA, asserted rather than refuted.</summary>
public sealed partial class VaccineHarmClaimRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.VaccineHarmClaim,
        "False vaccine harm claim",
        "'{match}' states a vaccine harm that large studies have ruled out",
        RuleCategories.Misinformation,
        Severity.Block,
        "Parents and patients decide on vaccines partly from what clinicians post; large studies have ruled these harms out, so the post "
        + "can lead to outbreaks and deaths, and state boards (FSMB guidance) discipline clinicians for spreading vaccine misinformation.")
    {
        DefaultSuggestion = "State what the evidence shows and cite it, e.g. \"Large studies of millions of children found no link between the MMR vaccine and autism (Hviid et al., 2019).\"",
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        var t = context.Text;
        var n = t.Normalized;
        if (!Claims.Gate.Any(n, Cues)) return;
        foreach (var m in Claim().EnumerateMatches(n))
        {
            var span = new TextSpan(m.Index, m.Length);
            if (ClaimContext.IsRefutedOrQuestioned(t, span) || ProVaccineFrame().IsMatch(n)) continue;
            context.ReportNormalized(span, 0.85);
            return;
        }
    }

    // NOTE: "myocarditis after mRNA vaccines is rare" and "no autism after millions of doses" are evidence, not claims.
    [GeneratedRegex(@"\b(?:rare|rarely|safe\s+and\s+effective|no\s+(?:increase|difference|association|link)|not\s+(?:linked|associated)|same\s+rate)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ProVaccineFrame();

    private static readonly System.Buffers.SearchValues<string> Cues = Claims.Gate.Of(
        "vacc", "vax", "jab", "shot", "immuni", "mmr", "hpv", "gardasil", "mrna", "booster", "dtap", "tdap", "turbo", "pureblood");

    [GeneratedRegex(@"\b(?:they|it|those|these)\s+(?:cause|causes|give|gives|create|creates)\s+more\s+(?:flu|covid|disease|illness|harm|deaths?|cases|infections?|sickness)\s+than\b|\b(?:turbo[\s-]?cancers?|vaccine[\s-]injured|pureblood\w*|unvaxxed\s+(?:kids|children|babies)\s+are\s+(?:healthier|smarter)|(?:vaxxed|vaccinated)\s+(?:kids|children|babies|people)\s+are\s+(?:sicker|less\s+healthy|damaged|injured)|(?:shots?|jabs?|vaccines?|vax)\s+(?:are|is)\s+(?:behind|causing|killing)\b[^.!?\n]{0,20})|\b" + MisinformationTerms.Vaccine + @"\b[^.!?\n]{0,50}?\b(?:made|makes|left|leaves|turned|rendered)\s+(?:\w+\s+){0,2}(?:autistic|infertile|sterile|paraly[sz]ed|disabled|brain[\s-]damaged)\b|\b" + MisinformationTerms.Vaccine + @"\b[^.!?\n]{0,30}?\b(?:alter|change|rewrite|modify|edit|mutate)\w*\s+(?:your\s+|our\s+|human\s+|the\s+)?dna\b|\b(?:autism|autistic|infertil\w*|sids|turbo[\s-]?cancers?|died\s+suddenly|sudden\s+(?:adult\s+)?deaths?|dropp\w*\s+dead|miscarriages?)\b[^.!?\n]{0,60}?\b(?:after|since|before|following|right\s+after|ever\s+since)\s+(?:the\s+|their\s+|his\s+|her\s+|my\s+|our\s+)?(?:\w+\s+)?" + MisinformationTerms.Vaccine + @"\b|\b" + MisinformationTerms.Vaccine + @"\b[^.!?\n]{0,50}?\b" + MisinformationTerms.Causes + @"\b[^.!?\n]{0,30}?\b" + MisinformationTerms.VaccineHarm + @"\b|\b" + MisinformationTerms.VaccineHarm + @"\b[^.!?\n]{0,20}?\b(?:caused|triggered|brought\s+on)\s+by\s+(?:the\s+|a\s+|their\s+|his\s+|her\s+|my\s+)?(?:\w+\s+)?" + MisinformationTerms.Vaccine + @"\b|\b" + MisinformationTerms.Vaccine + @"[\s-](?:injur\w*|damaged?)\s+(?:kids|children|babies|daughter|son|generation)\b|\b" + MisinformationTerms.Vaccine + @"\b[^.!?\n]{0,20}?\b(?:are|is|contain\w*|full\s+of|loaded\s+with)\s+(?:\w+\s+)?(?:poison\w*|toxic|toxins?|mercury|heavy\s+metals|aborted\s+fetal|fetal\s+tissue|graphene|nanobots|microchips?|bioweapons?|gene\s+therapy|experimental\s+gene)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Claim();
}
