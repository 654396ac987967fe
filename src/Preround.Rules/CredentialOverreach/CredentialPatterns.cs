using System.Text.RegularExpressions;

namespace Preround.Rules.CredentialOverreach;

/// <summary>Patterns shared by the credential rules: self-descriptions, titles and the words that make them future or hypothetical.</summary>
internal static partial class CredentialPatterns
{
    /// <summary>Physician and specialist nouns (singular).</summary>
    public const string PhysicianNoun =
        @"(?:doctor|doc|physician|md|m\.d\.|surgeon|dermatologist|derm|cardiologist|psychiatrist|pediatrician|neurologist|neurosurgeon|oncologist|radiologist|"
        + @"anesthesiologist|internist|hospitalist|gastroenterologist|endocrinologist|nephrologist|pulmonologist|rheumatologist|urologist|"
        + @"ophthalmologist|gynecologist|obstetrician|ob-?gyn|orthopedist|orthopedic\s+surgeon|plastic\s+surgeon|allergist|intensivist|neonatologist|pathologist)";

    /// <summary>Words that make a claim about the future, a wish or a joke rather than a present claim.</summary>
    [GeneratedRegex(@"\b(?:future|soon|someday|some\s+day|one\s+day|aspiring|to-be|(?:dr\.?|doctor|md|physician|doc|nurse|soon)\s+to\s+be|in[\s-]training|wannabe|wanna\s*be|almost|nearly|not\s+yet|yet|will\s+be|gonna\s+be|going\s+to\s+be|can'?t\s+wait|dream\w*|hope\w*|hopeful\w*|becom\w*|goal|until|before\s+i\s+(?:graduate|finish|match|become|get)|after\s+i\s+(?:graduate|finish|match|become|get|pass)|(?:once|when)\s+i(?:'m|\s+am|\s+become|\s+get|\s+finish|\s+graduate|\s+match|\s+pass)|studying|study\s+for|prep\w*|eligible|pretend\w*|costume|halloween|cosplay|kidding|jk|playing|imposter|impostor|practice\s+(?:run|exam)|mock|sim(?:ulation)?|standardi[sz]ed\s+patient|next\s+year|next\s+(?:month|fall|summer|spring|winter|july|june|august|september)|this\s+(?:coming\s+)?(?:fall|summer|spring|winter|july|june|august|september)|i'?ll\s+be|i\s+will|will\s+(?:join|start)|joining|starting\s+(?:as|my|in|this|next)|after\s+(?:residency|graduation|fellowship|training)|accepted\s+(?:a|an|the|my)\s+(?:position|job|offer)|signed\s+(?:my|a|an|the)\s+(?:contract|offer)|in\s+\d+\s+(?:years?|months?)|class\s+of|\d+\s+(?:more\s+)?(?:years?|months?)\s+(?:to\s+go|left|away))\b", RegexOptions.CultureInvariant)]
    public static partial Regex FutureOrPlay();
}
