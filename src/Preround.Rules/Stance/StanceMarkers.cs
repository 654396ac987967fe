using System.Text.RegularExpressions;

namespace Preround.Rules.Stance;

/// <summary>
/// Constructions that carry a negative evaluation without an insult word: irony ("love how...", "nothing says X like Y",
/// "bravo"), rhetorical questions ("why do we even bother"), and put-down comparisons ("even a student could...",
/// "couldn't X if you drew them a diagram"). Each is a shape of language, not a phrase: the rules pair it with a target.
/// </summary>
// NOTE: patterns run over the normalised text (lower case, quotes and dashes folded) and only after the token gate
// (Sig.Irony plus a target class) has passed, so their cost is paid by few drafts.
internal static partial class StanceMarkers
{
    /// <summary>Openers that are ironic only with support (an irony marker, a contrast, a deprivation): "love how", "so glad admin".</summary>
    [GeneratedRegex(@"\b(?:(?:gotta |don'?t you (?:just )?|i (?:just )?)?love (?:how|that|it when|when)|so glad (?:that )?(?:admin|they|we|our|the|management|someone|leadership|hr)|can'?t wait to|oh (?:brilliant|great|good|wonderful|fantastic|lovely|joy|goody)|great,? (?:so|now) (?:we|i)|thank (?:god|goodness) (?:for|that) (?:admin|management|leadership|our|the))\b", RegexOptions.CultureInvariant)]
    public static partial Regex IronyOpener();

    /// <summary>What makes an opener ironic: markers of mock praise, a contrast with what was denied, an exasperated closer.</summary>
    [GeneratedRegex(@"(?:\b(?:priorities|clearly|truly|as ever|as always|again|bravo|cheers|really thoughtful|so thoughtful|inspired|genius|chef'?s kiss|10/10|stellar|top[- ]notch|just lovely|lovely|love that for (?:us|me)|what a (?:time|joy)|can'?t make this up|but not (?:for|to|on)|instead of|while (?:the|our|we|they|managers|admin|execs)|godforsaken|mandatory|unpaid|cancel\w*|cut(?:s|ting)?)\b|🙃|🙄|👏|🤡|😑|🫠|🤦)", RegexOptions.CultureInvariant)]
    public static partial Regex IronySupport();

    /// <summary>Jabs that carry the negative stance on their own once a workplace target is present.</summary>
    [GeneratedRegex(@"\b(?:nothing says (?:[""'][^""'.!?]{3,60}[""']|[\w' -]{3,40}) like|peak (?!performance|season|hours|flow|fitness|time|week\b)\w+\.|(?:run|designed|staffed|managed|planned|written|built|made) by (?:people|someone|somebody|a person|folks|an? \w+|a committee) who (?:(?:has|have|had) )?(?:never|hates?|clearly|obviously|doesn'?t|don'?t)|why do (?:we|i|they|you) even (?:bother|have|try|pretend|show up|care|fill)|does (?:anyone|anybody) (?:in|at|on|from) (?:the |our |my )?[\w-]+ (?:\w+ )?actually (?:know|read|care|understand|work)|(?:or )?is it (?:just )?vibes|(?:paging|calling) (?:all )?the geniuses|the geniuses (?:in|at|upstairs|on|over in)|too busy (?:\w+ing|admiring|counting|golfing)|out of touch|box[- ]?tick(?:ers?|ing)|pencil[- ]pushers?|bean[- ]counters?|los(?:e|es|ing) the will to live|godforsaken|soul[- ]?(?:crushing|sucking)|(?:bunch|pack|load|gaggle) of (?:suits|clowns|bureaucrats|muppets|box-tickers|amateurs)|bravo,? (?:truly|really|admin|management|leadership|hr)|cheers,? (?:medical staffing|staffing|admin|management|hr|leadership|rota|scheduling|the trust)|(?:really|so|truly) thoughtful 👏|clown (?:show|car|college)|priorities,? clearly|as ever\.)", RegexOptions.CultureInvariant)]
    public static partial Regex WorkplaceJab();

    /// <summary>Jabs at patients and families as a group: "another relative who thinks...", "imagine being so entitled...".</summary>
    [GeneratedRegex(@"\b(?:another (?:\w+ ){0,2}(?:patient|pt|family member|relative|parent|mum|mom|dad|visitor|husband|wife|daughter|son|caller|customer|client|karen|boomer|antivaxxer|anti-vaxxer)s? who (?:thinks?|insists?|demands?|wants?|refuses?|believes?|read|googled|swears?|expects?|decided|decides|knows? better)|(?:patient|pt|caller|family|parent) (?:number|no\.?|#) ?\w+ (?:today |this (?:week|shift|morning|afternoon) )?who|imagine (?:being )?(?:so|this|that) (?:entitled|rude|dense|clueless|dumb|stupid|lazy|selfish|arrogant)|humans are (?:exhausting|the worst|a mistake|tiring)|people are (?:exhausting|the worst|idiots|so dumb|so stupid)|(?:patience|tolerance) (?:with|for) (?:these|those) (?:people|patients|families|parents)|running out of patience with|(?:these|those) people (?:who|think|never|always|are)|my (?:favou?rite|fave) (?:genre|type|kind|flavou?r)\b|ah yes,? the (?:patients?|famil\w+|parents?|people|relatives?|visitors?) who|(?:our|my) (?:favou?rite|fave) (?:frequent|regular|repeat)|back for (?:his|her|their) (?:weekly|daily|monthly|usual|annual) |spoiler:? (?:it|they|he|she|that) (?:does|do|did|is|are|was|will|won)(?:n'?t| not)|\bsit down\.|(?:so|such an?|this) entitled)", RegexOptions.CultureInvariant)]
    public static partial Regex PatientJab();

    /// <summary>A workplace or employer as the target: the trust, the program, admin, management, the c-suite, HR.</summary>
    [GeneratedRegex(@"(?<![\w-])(?:(?:the|our|my|this|your|their)\s+(?:\w+\s+)?(?:trust|program|programme|residency|hospital|ward|unit|department|dept|health system|rota|employer)|admin|admins|administration|administrators|management|managers|execs?|executives|c-suite|leadership|medical staffing|staffing|bed management|hr|quality improvement|the board|higher-ups|the suits|pd|program director|scheduling|corporate|this place)(?![\w-])", RegexOptions.CultureInvariant)]
    public static partial Regex WorkplaceTarget();

    /// <summary>Patients, families and the public as a group.</summary>
    [GeneratedRegex(@"(?<![\w-])(?:patients?|pts?|famil(?:y|ies)|family members?|relatives?|parents?|visitors?|people|humans|public|callers?|customers?|clients?|frequent (?:attenders?|flyers?|fliers?)|regulars)(?![\w-])", RegexOptions.CultureInvariant)]
    public static partial Regex PatientTarget();

    /// <summary>Frames that turn a jab into something else: gratitude, a fix in progress, teaching about the words.</summary>
    [GeneratedRegex(@"\b(?:thank(?:s| you)|grateful|proud of|shout-?out|kudos|legends?|finally (?:agreed|listened|funded|fixed|got)|raised it|ticket #?\d+|drafted a fix|here'?s how|stop (?:saying|calling|using)|let'?s retire|language matters|stigma)\b", RegexOptions.CultureInvariant)]
    public static partial Regex Defuser();
}
