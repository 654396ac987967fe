namespace Preround.Rules.Misinformation;

/// <summary>Lexicon fragments shared by the misinformation rules (regular-expression source, normalised lower-case text).</summary>
internal static class MisinformationTerms
{
    /// <summary>Vaccines by name, type, slang and brand. "shot" alone is too ambiguous ("a shot of tequila") and needs a qualifier.</summary>
    public const string Vaccine =
        @"(?:vaccin\w*|vax\w*|jabs?|immuni[sz]ations?|mmr|hpv|gardasil|mrna|boosters?|dtap|tdap|rotavirus\s+vaccine|hep\s*b\s+(?:shot|vaccine)|"
        + @"(?:flu|covid|hpv|mmr|measles|polio|hep\s*b|baby|childhood|kid'?s?|newborn|vitamin\s+k|rsv|shingles|pneumonia|tetanus|pfizer|moderna)\s+(?:shots?|jabs?)|"
        + @"shots?\s+(?:for\s+(?:babies|kids)|at\s+(?:birth|the\s+pediatrician))|clot\s+shot|kill\s+shot|death\s+jab)";

    /// <summary>Harms falsely attributed to vaccines.</summary>
    public const string VaccineHarm =
        @"(?:autism|autistic|infertil\w*|sterili\w*|miscarriages?|sids|crib\s+death|turbo[\s-]?cancers?|cancers?|died\s+suddenly|sudden\s+(?:adult\s+)?death\w*|"
        + @"shedding|magnet\w*|(?:alter|change|rewrite|modify)\w*\s+(?:your\s+)?dna|microchips?|5g|paraly\w*|seizures|alzheimer\w*|dementia|aids|"
        + @"(?:more\s+)?deaths?\s+than|killing\s+(?:people|kids|babies)|depopulation|brain\s+damage|allergies|adhd|diabetes|asthma|autoimmune\s+disease|"
        + @"early\s+menopause|menopause|(?:premature\s+)?ovarian\s+failure|the\s+flu|covid|polio|measles|shingles|"
        + @"(?:the\s+)?(?:disease|illness|infection)\s+(?:it|they)\s+(?:claim|claims|are\s+supposed)\s+to\s+prevent)";

    /// <summary>Verbs and phrases that assert causation.</summary>
    public const string Causes =
        @"(?:caus\w*|linked\s+to|tied\s+to|lead\w*\s+to|led\s+to|gives?(?:\s+(?:you|kids|babies|girls|women|people))?|gave(?:\s+\w+)?|trigger\w*|responsible\s+for|result\w*\s+in|"
        + @"made\s+(?:\w+\s+){0,2}(?:autistic|infertile|sterile|sick)|makes?\s+(?:\w+\s+){0,2}(?:autistic|infertile|sterile|sick)|turn\w*\s+(?:\w+\s+){0,2}(?:autistic|infertile)|"
        + @"is\s+(?:why|behind|the\s+reason\s+for)|are\s+(?:why|behind|the\s+reason\s+for)|behind\s+(?:the\s+)?(?:rise|surge|spike|epidemic)\s+(?:in|of)|"
        + @"increas\w*\s+(?:the\s+)?(?:risk\s+of|rates?\s+of)|spik\w*|ruin\w*|destroy\w*|damag\w*)";
}
