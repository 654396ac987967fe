using System.Buffers;
using System.Text.RegularExpressions;

namespace Preround.Rules.Misinformation;

/// <summary>
/// A small table of settled questions, each as the three parts a false claim about it needs in one sentence: the
/// subject, what it is said to act on, and the direction of the false claim ("MMR" + "autism" + "causes"; "antibiotics"
/// + "viral" + "clears"). Word order is free, so the rule is general within a topic: "the MMR jab and autism link is
/// real" and "autism? caused by the jabs" both match, while "antibiotics do nothing for colds" does not.
/// </summary>
internal static partial class ConsensusTopics
{
    /// <summary>One settled question.</summary>
    /// <param name="Gate">Literals one of which every false claim about the topic contains (checked before any pattern).</param>
    internal sealed record Topic(string Name, SearchValues<string> Gate, Regex Subject, Regex Object, Regex Claim, string Consensus);

    public static readonly Topic[] All =
    [
        new("vaccines and autism", Claims.Gate.Of("autis"), VaccineSubject(), Autism(), Causes(),
            "Large studies of millions of children find no link between vaccines (MMR included) and autism; the 1998 paper was retracted."),
        new("diet instead of cancer treatment", Claims.Gate.Of("cancer", "tumo", "stage", "leuk", "lymphoma", "melanoma", "metast", "mets"), CancerSubject(), DietObject(), CureInsteadOfTreatment(),
            "No diet, juice or supplement cures cancer; people who choose them instead of treatment die sooner (JNCI 2018)."),
        new("antibiotics for viral infections", Claims.Gate.Of("antibiot", "amox", "azith", "pak", "augmentin", "penicillin", "doxy", "cipro"), AntibioticSubject(), ViralObject(), Fixes(),
            "Antibiotics do not act on viruses; for colds, flu and viral chest infections they add side effects and resistance, not recovery."),
        new("natural immunity always better", Claims.Gate.Of("immun"), NaturalImmunity(), VaccineSubject(), Superior(),
            "Infection-acquired immunity comes at the price of the disease and its complications; vaccination gives protection without that risk."),
        new("ivermectin or hydroxychloroquine for COVID", Claims.Gate.Of("ivermectin", "ivm", "hydroxychloroquine", "hcq"), RepurposedSubject(), CovidObject(), Fixes(),
            "Large randomised trials (TOGETHER, ACTIV-6, PRINCIPLE, RECOVERY) found no benefit of ivermectin or hydroxychloroquine for COVID-19."),
        new("vaccine-preventable diseases as mild", Claims.Gate.Of("measles", "chickenpox", "polio", "whooping", "pertussis", "rubella", "mumps"), PreventableDisease(), Mildness(), Mildness(),
            "Measles kills 1 to 3 of every 1,000 children who catch it and can erase immune memory; these diseases are not mild, and their vaccines are far safer than the diseases."),
        new("mRNA vaccines altering DNA", Claims.Gate.Of("dna", "gene", "genom"), MrnaSubject(), DnaObject(), Alters(),
            "mRNA does not enter the cell nucleus and cannot change DNA; it is broken down within days."),
    ];

    [GeneratedRegex(@"\b(?:vaccin\w*|vax\w*|jabs?|mmr|shots?|immuni[sz]ations?|boosters?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex VaccineSubject();

    [GeneratedRegex(@"\bautis\w*", RegexOptions.CultureInvariant)]
    private static partial Regex Autism();

    [GeneratedRegex(@"\b(?:link(?:ed)?\s+(?:is|are)\s+(?:real|there|proven|obvious|clear)|causes?|caused|causing|gave|gives|trigger\w*|led to|leads to|linked to|behind|responsible for|why (?:so many|kids|children))\b", RegexOptions.CultureInvariant)]
    private static partial Regex Causes();

    [GeneratedRegex(@"\b(?:cancers?|tumou?rs?|stage (?:[1-4]|iv|iii|four|three)|leuka?emia|lymphoma|melanoma|metastatic|mets)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CancerSubject();

    [GeneratedRegex(@"\b(?:juic\w*|diet|keto\w*|fasting|turmeric|vitamin c|baking soda|alkaline|apricot kernels?|essential oils?|cannabis oil|herbs?|herbal|plant-based|vegan|sugar-free|detox\w*|coffee enemas?|supplements?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DietObject();

    [GeneratedRegex(@"\b(?:beat|beats|cured?|cures|heal(?:s|ed)?|shr[au]nk|shrinks|melt(?:s|ed)?|reversed?|starv(?:e|es|ed|ing) (?:it|the|cancer|tumou?rs?)|no chemo|instead of (?:chemo|surgery|radiation|treatment)|skip(?:ped)? (?:the )?(?:chemo|surgery|radiation)|without (?:chemo|surgery|radiation)|won'?t tell you)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CureInsteadOfTreatment();

    [GeneratedRegex(@"\b(?:antibiotics?|amoxicillin|amoxil|amox|azithromycin|azithro|z-?paks?|augmentin|penicillin|doxycycline|cipro)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AntibioticSubject();

    [GeneratedRegex(@"\b(?:viral|virus\w*|colds?|flu|covid|common cold)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ViralObject();

    [GeneratedRegex(@"\b(?:sorts?|clears?|cleared|fix(?:es|ed)?|cures?|cured|works? (?:for|on|wonders)|knocks? (?:it|them)? ?out|wipes? (?:it )?out|kills? (?:the )?(?:virus|it)|always (?:ask|get|take|request|demand)|ask (?:your|the) (?:gp|doctor|doc|pcp) for)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Fixes();

    [GeneratedRegex(@"\b(?:natural(?:ly acquired)? immunity|infection-acquired immunity|catch(?:ing)? (?:it|measles|chickenpox|covid|the flu)|get(?:ting)? (?:measles|chickenpox|covid|the flu))\b", RegexOptions.CultureInvariant)]
    private static partial Regex NaturalImmunity();

    [GeneratedRegex(@"\b(?:always|far|way|much|every time) (?:better|superior|stronger)|superior to|better than|stronger than|beats (?:any|every|the)|no exceptions\b", RegexOptions.CultureInvariant)]
    private static partial Regex Superior();

    [GeneratedRegex(@"\b(?:ivermectin|ivm|hydroxychloroquine|hcq)\b", RegexOptions.CultureInvariant)]
    private static partial Regex RepurposedSubject();

    [GeneratedRegex(@"\b(?:covid(?:-?19)?|coronavirus|sars-cov-2|the virus)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CovidObject();

    [GeneratedRegex(@"\b(?:measles|chickenpox|chicken pox|polio|whooping cough|pertussis|rubella|mumps)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PreventableDisease();

    [GeneratedRegex(@"\b(?:mild|harmless|no big deal|nothing to (?:fear|worry about)|just a rash|good for (?:kids|children|you)|rite of passage|(?:vaccines?|shots?|jabs?) (?:is|are) (?:the )?(?:real )?(?:danger|threat|problem)|(?:vaccines?|shots?|jabs?) (?:is|are) (?:more dangerous|worse|riskier))\b", RegexOptions.CultureInvariant)]
    private static partial Regex Mildness();

    [GeneratedRegex(@"\b(?:mrna|the (?:covid )?(?:jab|shot|vaccine)s?|covid (?:vaccin\w*|jabs?|shots?))\b", RegexOptions.CultureInvariant)]
    private static partial Regex MrnaSubject();

    [GeneratedRegex(@"\b(?:dna|genes?|genome|genetic code)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DnaObject();

    [GeneratedRegex(@"\b(?:alter\w*|chang(?:e|es|ed|ing)|rewrit\w*|modif\w*|edit(?:s|ed|ing)?|integrat\w*|permanently)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Alters();
}
