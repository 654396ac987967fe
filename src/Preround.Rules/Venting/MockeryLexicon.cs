using System.Text.RegularExpressions;

namespace Preround.Rules.Venting;

/// <summary>Vocabulary for mocking patients: labels, put-downs of intelligence and bodies, sarcasm about choices.</summary>
internal static partial class MockeryLexicon
{
    // NOTE: group "strong" marks labels that are derogatory wherever they appear; the rest ("whale", "train wreck",
    // "the usual suspects") need a patient or encounter in the post.
    [GeneratedRegex(@"(?<![\w-])(?:(?<strong>frequent[- ]?fl[yi]ers?(?![- ](?:miles|points|program|status|club|card|account|number|lounge|perks))|drug[- ]?seek(?:ers?|ing)|(?<=\w\s)seekers|gomers?|gorked|status dramaticus|shpos|dirtbags?|junkies|druggies|crackheads?|tweakers?|retards?|retarded|professional patients?|frequent visitors?|flks?|pita patients?)|beached whales?|land whales?|whales?|hippos?|heifers?|walrus(?:es)?|train ?wrecks?|crocks?|drunks|crazies|psychos?|dr\.? google|google (?:md|degree|university)|the usual suspects|repeat customers?|regulars)(?![\w-])", RegexOptions.CultureInvariant)]
    public static partial Regex Label();

    [GeneratedRegex(@"(?<![\w-])(?:(?:sheer |pure |such )?(?:stupidity|laziness|entitlement|ignorance)|(?:reading comprehension|iq|intelligence|brains?|critical thinking|common sense) of an? \w+|the reason (?:shampoo|\w+) (?:has|have|comes with) (?:instructions|warning labels?)|the bar is (?:on the floor|in hell|so low|underground|six feet under)|can't fix stupid|stupid|dumb(?:est)?|idiots?|morons?|brain cells?|iq of|(?:can't|cannot|couldn't|can not) (?:even )?read|illiterate|brainless|clueless|common sense|dense as)(?![\w-])", RegexOptions.CultureInvariant)]
    public static partial Regex Dimwit();

    [GeneratedRegex(@"\b(?:people|patients?|pts?|famil(?:y|ies)|parents?|moms?|dads?|these folks|folks|humans|adults|visitors|guy|lady|dude|man|woman|customers|clients|public|population|frequent fliers?|frequent flyers?)\b", RegexOptions.CultureInvariant)]
    public static partial Regex People();

    [GeneratedRegex(@"(?<![\w-])(?:\d{3}\s?-?\s?(?:lbs?|pounds?|pounder|kg)(?:\s+\w+)?|(?:morbidly obese|fat|obese|huge|massive|giant)\s+(?:guy|lady|dude|man|woman|patient|pt|kid|teen|mom|dad)|(?:guy|lady|dude|man|woman|patient|pt)\s+(?:who\s+)?(?:couldn't|can't|didn't) fit|needed (?:a )?(?:forklift|crane|hoyer|two beds))(?![\w-])", RegexOptions.CultureInvariant)]
    public static partial Regex BodyJab();

    [GeneratedRegex(@"(?:\blol\b|\blmao\b|\blmfao\b|\brofl\b|\bsmh\b|😂|🤣|💀|🙄|🤦|🐋|🐷|🐖|\bimagine\b|too small|\binsist\w*|can't make this up|the audacity|\bmonday mood\b|\bguess (?:who|what)\b|\bshocker\b|\bya think\b|\bbless (?:his|her) heart\b|\bcouldn't fit\b|\bforklift\b|\bcrane\b)", RegexOptions.CultureInvariant)]
    public static partial Regex Jeer();

    [GeneratedRegex(@"(?:\bnothing like\b|\blove (?:it )?when\b|\bgotta love\b|\bdon't you (?:just )?love\b|\bnothing says\b|\bmy fav(?:ou?rite)? (?:is |part is )?when\b|\balways fun when\b|\bbecause of course\b|\bof course (?:he|she|they)\b|\bthe audacity\b|\bapparently\b|\bsurprise,? surprise\b|\bshocker\b|\bwho could have (?:guessed|predicted)\b|\bwho would have thought\b|\bya think\b|\bcan't make this up\b|\bcan't fix stupid\b|\b(?:then|and)\s+(?:\w+\s+)?(?:wonders?|acts? (?:surprised|shocked)|is (?:shocked|surprised)|are shocked|complains?|gets? (?:mad|angry)|blames? (?:us|me|the))\b|\bof the year (?:award )?goes to\b|\bthanks for that\b|\basking for (?:me|a friend)\b|\bshocked pikachu\b|\bbut sure\b|\bsure,? jan\b|\bam i allowed to\b|\bclassic\b.*(?:😂|🙄|lol)|🙄|\blol\b|\blmao\b|😂|🤣)", RegexOptions.CultureInvariant)]
    public static partial Regex Sarcasm();

    [GeneratedRegex(@"(?<![\w-])(?:skip(?:ping|ped|s)? (?:\w+ )?(?:every|all|his|her|their|the|my|dialysis|meds|appointments?|visits?|follow-?ups?|insulin|doses?|prenatal)|brought (?:\w+\s+){1,2}(?:to the (?:ed|er)|in) for|stubbed toe|hangnail|paper cut|runny nose|fever of 99|bad (?:life )?choices|no[- ]?show(?:ed|ing|s)?|(?:hours?|\d+ (?:min|minutes|hours)) late|rolling in|rolled in|refus(?:e|es|ed|ing) (?:to|every|all|his|her|their)|ignor(?:e|es|ed|ing) (?:every|all|his|her|their|my|our|the)|non-?complian\w*|didn't take|stopped taking|won't take|doesn't take|googled|dr\.? google|demand(?:s|ed|ing)? (?:a|an|the|to|dilaudid|a turkey|a sandwich|a work note)|left ama|vap(?:e|es|ing)|smok(?:es|ing) (?:on|in|outside|right)|(?:\d+(?:st|nd|rd|th)?|third|fourth|fifth|tenth|hundredth) (?:time|visit|admission) this|too small|insist(?:s|ed|ing)|allergic to (?:everything|tylenol|toradol|ibuprofen)|(?:10|11|12|15|20)/10 pain|call light (?:for|to)|wants? (?:a |an )?(?:sandwich|turkey sandwich|dilaudid|work note|warm blanket)|(?:\w+\s+){0,2}again\?|didn't bother|couldn't be bothered|can't be bothered)(?![\w-])", RegexOptions.CultureInvariant)]
    public static partial Regex Blame();

    [GeneratedRegex(@"\b(?:visit|visits|appointment|appt|induction|delivery|triage|meds|medication|dialysis|discharge|admitted|came in|comes in|rolled in|rolls in|rolling in|showed up|shows up|prenatal|follow-?ups?|ambulance|pharmacy counter|refill|scripts?|prescriptions?|labor|l&d|call light|ama|bounce-?back)\b", RegexOptions.CultureInvariant)]
    public static partial Regex Encounter();

    [GeneratedRegex(@"\b(?:stigma\w*|bias|pseudoaddiction|undertreated|language matters|person-first|research shows|study|studies|evidence|we teach|lecture on|cme|training on)\b", RegexOptions.CultureInvariant)]
    public static partial Regex Education();
}
