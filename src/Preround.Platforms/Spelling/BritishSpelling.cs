namespace Preround.Platforms.Spelling;

/// <summary>
/// American forms of a possibly British spelling, for an en_US dictionary to judge: -ise/-isation → -ize/-ization,
/// -our → -or, doubled l before -ed/-ing/-er → single, -tre → -ter, -ogue → -og, oe/ae → e ("oedema", "anaemia"),
/// and a few single words. Clinicians in the UK, Canada, Australia and India write these and they are not errors.
/// </summary>
internal static class BritishSpelling
{
    private static readonly (string British, string American)[] Endings =
    [
        ("isation", "ization"), ("isations", "izations"), ("ise", "ize"), ("ised", "ized"), ("ises", "izes"), ("ising", "izing"),
        ("yse", "yze"), ("ysed", "yzed"), ("ysing", "yzing"),
        ("our", "or"), ("ours", "ors"), ("oured", "ored"), ("ouring", "oring"), ("ourite", "orite"), ("ourites", "orites"), ("ourable", "orable"),
        ("lled", "led"), ("lling", "ling"), ("ller", "ler"), ("llers", "lers"),
        ("tre", "ter"), ("tres", "ters"), ("ogue", "og"), ("ogues", "ogs"), ("ence", "ense"), ("ences", "enses"),
    ];

    private static readonly Dictionary<string, string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["grey"] = "gray", ["greys"] = "grays", ["mum"] = "mom", ["mums"] = "moms", ["programme"] = "program",
        ["programmes"] = "programs", ["paediatric"] = "pediatric", ["paediatrics"] = "pediatrics", ["paeds"] = "peds",
        ["oesophagus"] = "esophagus", ["oestrogen"] = "estrogen", ["haemorrhage"] = "hemorrhage", ["foetus"] = "fetus",
        ["manoeuvre"] = "maneuver", ["aluminium"] = "aluminum", ["cheque"] = "check", ["tyre"] = "tire", ["kerb"] = "curb",
        ["plough"] = "plow", ["sceptical"] = "skeptical", ["jewellery"] = "jewelry", ["enrol"] = "enroll", ["enrolment"] = "enrollment",
    };

    public static IEnumerable<string> AmericanForms(string word)
    {
        if (Words.TryGetValue(word, out var single)) yield return single;
        foreach (var (british, american) in Endings)
        {
            if (word.Length > british.Length + 2 && word.EndsWith(british, StringComparison.OrdinalIgnoreCase))
            {
                yield return word[..^british.Length] + american;
            }
        }
        // Greek-derived medical words: "anaemia", "oedema", "haematology", "orthopaedic".
        if (word.Contains("ae", StringComparison.OrdinalIgnoreCase)) yield return word.Replace("ae", "e").Replace("Ae", "E");
        if (word.Contains("oe", StringComparison.OrdinalIgnoreCase)) yield return word.Replace("oe", "e").Replace("Oe", "E");
    }
}
