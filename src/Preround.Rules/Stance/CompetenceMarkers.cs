using System.Text.RegularExpressions;

namespace Preround.Rules.Stance;

/// <summary>
/// Shapes of a competence put-down: an impossible-condition clause ("couldn't titrate a drip if you drew them a
/// diagram"), a comparison with a novice ("even a first-year could ... better than"), an absurd analogy ("like asking a
/// labrador to do your taxes"), a "for people who couldn't" definition, rhetorical disbelief ("how do these people pass
/// boards?") and mock job descriptions ("paid a fortune to write 'cannot exclude'").
/// </summary>
internal static partial class CompetenceMarkers
{
    [GeneratedRegex(@"\b(?:(?:couldn'?t|can'?t|could not|cannot|wouldn'?t (?:be able to|know how to)) (?:\w+ ){1,5}?(?:if (?:you|they|someone|i|we|anyone) (?:drew|draw|gave|give|paid|pay|handed|hand|showed|show|spelled|spell|wrote|write|labell?ed|label|begged|held|hold|put) |if (?:their|his|her|your|its) (?:li(?:fe|ves)|jobs?|licen[cs]es?) depended|if it (?:bit|hit|slapped|smacked) (?:them|him|her|you)|with (?:both hands|a map|a torch|a flashlight|a gps|instructions|a diagram|a manual)|to save (?:their|his|her|its) li(?:fe|ves))|even an? (?:[\w-]+ ){0,2}(?:student|intern|ms[1-4]|child|toddler|kid|monkey|chimp|houseplant|high schooler|teenager|first[- ]year\w*|premed|pre-med|layperson) (?:could|can|would) (?:\w+ ){0,8}?better than|(?:is|'s|are|'re) (?:like|basically) (?:asking|trusting|letting|getting) an? (?:\w+ ){0,2}to\b|(?:get|gets|getting|got|paid|earn|earns|making) (?:paid )?(?:a fortune|six figures|seven figures|big bucks|handsomely|\$\d[\w,]*) to (?:write|say|sit|do|read|stare|nod|click|order|type)|nice work if you can get it|another (?:\w+ ){0,2}(?:midlevel|mid-level|np|pa|nurse|doctor|surgeon|resident|radiologist|pharmacist|chiropractor|psychiatrist|hospitalist|anaesthetist|anesthesiologist|crna|em doc|dermatologist|influencer doc)s? who (?:thinks?|believes?|pretends?|acts? like)|why (?:do|does|did) (?:\w+ ){1,2}even (?:bother|go|exist|get|have|need)|how (?:do|does|did) (?:these|those|they|such) (?:people |clowns |folks )?(?:pass|get through|graduate|keep (?:their|a) (?:jobs?|licen[cs]es?)|get licen[cs]ed|have licen[cs]es)|:\s*for (?:people|those|anyone|folks|doctors|students) who (?:wanted|couldn'?t|can'?t|didn'?t|failed|could not|love|like|never)|critical thinking (?:optional|not required|not included|sold separately)|(?:are|is|'re) just (?:very |really |overpaid |glorified |extremely )?(?:expensive|overpaid|glorified) [\w-]+|con (?:artists?|men|merchants)|(?:scan|scans|order|orders|consult|consults|admit|admits|cut|cuts|image|images) (?:literally )?(?:anything|everything|everyone) (?:that|who) (?:moves|breathes|walks)|clueless (?:with|about) everything|you should(?:'ve| have) gone to (?:med|medical|nursing|pharmacy|dental|law) school|if you wanted to (?:prescribe|diagnose|be a doctor|practi[cs]e medicine)|that'?s it,? that'?s the tweet|change my mind|:\s*all (?:the|of the) [\w-]+,? (?:and |but )?none of the [\w-]+|:\s*where (?:you|people|doctors|students|folks) (?:can |go to |get to )|if you can'?t (?:get into|hack it in|make it in|handle|cut it in) (?:\w+ ){1,3}you (?:go|end up|become|settle)\b)", RegexOptions.CultureInvariant)]
    public static partial Regex Jab();

    [GeneratedRegex(@"\b(?:not (?:their|our|your) job|that'?s fine|no shame|to be fair|respect|underrated|thank|grateful|saved|teamwork|learned|took notes)\b", RegexOptions.CultureInvariant)]
    public static partial Regex Softener();
}
