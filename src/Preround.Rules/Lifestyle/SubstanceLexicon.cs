using System.Text.RegularExpressions;

namespace Preround.Rules.Lifestyle;

/// <summary>Words and shapes for drinking and drug use tied to clinical work.</summary>
internal static partial class SubstanceLexicon
{
    // "a shot of tequila for every code", "drink every time a patient says...", "take a sip for each page".
    [GeneratedRegex(@"(?<![\w-])(?:shots?|drinks?|sips?|chugs?|swigs?|beers?|(?<liquor>tequila|vodka|whiskey|whisky|bourbon|rum|jager|fireball|wine|tequila shots?))\b(?:\s+of\s+(?<liquor>tequila|vodka|whiskey|whisky|bourbon|rum|jager|fireball|wine|\w+))?[^.!?\n]{0,25}?\b(?:for every|for each|every time|each time|whenever|per)\s+(?:\w+\s+){0,2}(?:(?<event>codes?|deaths?|admits?|admissions?|pages?|rapids?|rrts?|traumas?|intubations?|call lights?)|codes?|deaths?|admits?|admissions?|patients?|pages?|consults?|rapids?|rrts?|traumas?|intubations?|bounce-?backs?|frequent fl[yi]ers?|pts?|dnrs?|amas?|call lights?|times?|complaints?|code browns?|someone says|a (?:patient|family))\b", RegexOptions.CultureInvariant)]
    public static partial Regex DrinkingGame();

    [GeneratedRegex(@"\b(?:tequila|vodka|whiskey|whisky|bourbon|rum|jager|fireball|beers?|wine|booze|drunk|wasted|hammered|liquor|shot (?:five|four|three|six|seven|\d))\b|🥃|🍺|🍻|🍷|🍸|🍹|😵|🥴", RegexOptions.CultureInvariant)]
    public static partial Regex Liquor();

    [GeneratedRegex(@"\b(?:flu|covid|vaccines?|vaccinat\w*|boosters?|tdap|b12|insulin|epi|epinephrine|hep b|tetanus|allergy|cortisone|steroid|immuniz\w*|injections?)\b", RegexOptions.CultureInvariant)]
    public static partial Regex Vaccine();

    // The author impaired at, before or during work. "high" needs a first-person verb: "high" alone is blood pressure.
    [GeneratedRegex(@"(?<![\w-])(?:(?:i'?m|i am|i was|im|we were|we're|got|getting|get|still|showed up|show up|came in|went in|going in|stayed|totally|kinda|a little|lowkey|slightly|definitely|mildly|so)\s+(?:so\s+|still\s+|kinda\s+|a little\s+|lowkey\s+|literally\s+|totally\s+|slightly\s+|mildly\s+|very\s+)?(?:drunk|tipsy|buzzed|high|stoned|baked|hungover|hung over|wasted|lit|faded|blitzed|sloshed|plastered|hammered|cross-?faded|zooted)|hungover|hung over|hangover|still drunk|drunk (?:charting|texting my attending|on call|at work|on shift|in clinic)|(?:took|taking|take|ate|had|popped|smoked|hit)\s+(?:an?\s+|some\s+|my\s+|a few\s+)?(?:edibles?|gummy|gummies|weed|blunt|joint|bong|xanax|adderall|molly|shrooms|bump|line|tab)|(?:smoke|smoked|smoking)\s+(?:a\s+)?(?:blunt|joint|bowl|weed)|microdos(?:e|ed|ing)|wine o'?clock|pregam(?:e|ed|ing)|pocketed (?:some|the|a)\s+\w+)(?![\w-])", RegexOptions.CultureInvariant)]
    public static partial Regex Impaired();

    [GeneratedRegex(@"(?<![\w-])(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:shots|beers|drinks|glasses|margaritas|mimosas|bottles|white claws|seltzers)\s+(?:deep|in|down)|shot (?:five|four|six|seven|eight|\d)|blackout(?!\s+(?:curtains?|blinds?|shades?|drapes?|dates?|periods?|poetry|drills?|masks?|tape))(?: drunk)?|blacked out|shitfaced|got wasted|getting wasted|day drinking|drinking (?:on|at|during|before|after) (?:my |the )?(?:shift|call|work|rounds|clinic)|(?:(?:sip|sipping|drinking|chugging|pouring)\s+(?:\w+\s+)?(?:whiskey|vodka|wine|tequila|beer|booze|rum|bourbon|gin)\b[^.!?\n]{0,40}?\b(?:during|while|at|on|before)\s+(?:my\s+|the\s+)?(?:charting|shift|work|rounds|clinic|call|meetings?|huddle|report|handoff))|(?:codes?|code brown|deaths?|admits?|admissions?|rapids?|traumas?)[^.!?\n]{0,20}?(?:=|means|equals)\s*(?:\w+\s+){0,3}(?:shots?|drinks?|beers?)|bottle of (?:wine|vodka|tequila|whiskey)\s+(?:to myself|alone|by myself|tonight)", RegexOptions.CultureInvariant)]
    public static partial Regex HeavyUse();

    [GeneratedRegex(@"\b(?:call|backup call|meetings?|staff meetings?|huddle|shift|shifts|rounds|rounding|pre-?rounding|on call|post-?call|call room|clinic|the unit|the floor|scrubs|work|at work|residency|charting|nights|night shift|ed|er|icu|hospital|patients?|pts?|wards?|sign-?out|handoff|lecture|anatomy lab|lab|class|exam|osce|white coat|code|codes|or|surgery|the or|med pass|pyxis|nurse|nursing|nurselife|#nurse|resident|intern|attending|doctor|dr|md|rn|clinicals|preceptor)\b", RegexOptions.CultureInvariant)]
    public static partial Regex Work();

    [GeneratedRegex(@"\b(?:patients?|pts?|he|she|they|guy|lady|man|woman|mom|dad|kid|teen|son|daughter|family|came in|brought in|presented|admitted|intoxicated|etoh|who)\b(?:\s+\w+){0,4}\s*$", RegexOptions.CultureInvariant)]
    public static partial Regex OtherSubject();

    [GeneratedRegex(@"\b(?:alcohol use disorder|aud|counsel\w*|screen\w*|audit-c|risks? of|drinking during pregnancy|withdrawal|ciwa|naloxone|narcan|harm reduction|in recovery|recovery (?:program|meetings?|community|month|coach)|sober|sobriety|addiction medicine|overdose|public health|study|studies|evidence|hangover (?:cures?|remed(?:y|ies)|myths?|science|prevention))\b", RegexOptions.CultureInvariant)]
    public static partial Regex Education();
}
