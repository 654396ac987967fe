using System.Text.RegularExpressions;

namespace Preround.Rules.Stance;

/// <summary>
/// Evidence of venting that names no insult: the author's own exasperation ("I cannot do this anymore", "living the
/// dream 🫠"), bad faith attributed to the workplace ("pretending it cares", "tell me again how much they value us",
/// "spent $2M on a rebrand while we reuse N95s") and lectures aimed at patients ("Sit. Down.", "some of y'all need to
/// learn", "Dear family who...: why."). Each family is one count; the rule needs two with a target.
/// </summary>
internal static partial class ExasperationMarkers
{
    /// <summary>Literals one of which every marker of the three families contains: the rule's cheap gate.</summary>
    public static readonly System.Buffers.SearchValues<string> Gate = Claims.Gate.Of(
        "anymore", "any more", "tired", "sick", "fed up", "done", "scream", "one more", "dream", "worst", "kill me", "asking",
        "make sense", "like this", "send help", "over it", "\U0001FAE0", "\U0001F644", "\U0001F643", "\U0001F624", "\U0001F92C", "\U0001F629", "\U0001F611",
        "pretend", "care", "tell me again", "value", "appreciate", "respect", "spent", "while we", "instead of", "pizza",
        "exploitation", "emails us", "email us", "knows it", "upstairs", "never", "y'all", "yall", "you people", "some of you",
        "some people", " is not ", "dear ", "ma'am", "maam", "sit", "so has the");

    /// <summary>A last word of exasperation ("...unpaid again.", "every single time, why"): one count.</summary>
    public static bool EndsExasperated(Preround.Core.Text.AnalyzedText t)
    {
        for (var i = t.Tokens.Count - 1; i >= 0; i--)
        {
            var token = t.Tokens[i];
            if (token.Kind != Preround.Core.Text.TokenKind.Word) continue;
            return t.SpanOf(token) is "again" or "still" or "every" or "never" or "always" or "literally" or "why";
        }
        return false;
    }

    [GeneratedRegex(@"\b(?:(?:can'?t|cannot|can not) (?:do|take|keep doing) (?:this|it) (?:any ?more|much longer)|(?:so|sooo+|really|just) (?:tired|sick|done) (?:of|with)|sick (?:and tired )?of|fed up|i'?m (?:so )?done|going to scream|gonna scream|(?:i )?swear if one more|one more (?:person|patient|family|parent|relative|doctor|manager) (?:asks?|tells?|says?)|living the dream|worst\.? shift\.? ever|kill me now|genuinely asking|make it make sense|why am i like this|send help|over it)\b|🫠|🙄|🙃|😤|🤬|😩|😑", RegexOptions.CultureInvariant)]
    public static partial Regex SelfState();

    [GeneratedRegex(@"\b(?:pretend(?:s|ing)? (?:it|they|to) cares?|(?:they|it|leadership|admin|management) (?:just |clearly |simply )?(?:doesn'?t|don'?t|do not|does not|never) care|tell me again how|how much (?:they|it|you) (?:value|care about|appreciate|respect) us|spent \$?[\d.,]+\s?(?:[mk]|million|thousand|grand)? on [^.!?]{2,40} while (?:we|nurses|staff|residents)|while we (?:reuse|ration|work|go without|can'?t|beg)|instead of (?:hiring|paying|staffing|fixing)|pizza part(?:y|ies) (?:don'?t|won'?t|doesn'?t|do not|will not|aren'?t|instead|while)|legali[sz]ed (?:exploitation|slavery|abuse)|exploitation|emails? us about|knows it\.|everyone upstairs|(?:the|our) (?:people|ones|suits) (?:who|that) (?:make|made|write|wrote|set) the (?:schedule|rota|rules|policy) (?:have|has) never)\b", RegexOptions.CultureInvariant)]
    public static partial Regex BadFaith();

    [GeneratedRegex(@"(?:\b(?:y'?all|you people|some of you|some people) (?:really )?need to (?:learn|understand|stop|realize|realise)|\b(?:the )?(?:er|ed|a&e|emergency room|emergency department) is not (?:a|an|your) (?:walk-in|clinic|hotel|pharmacy|urgent care|primary care)|\bdear (?:family|patient|mom|mum|dad|sir|ma'?am|person|lady|guy|parents?|visitors?) who\b[^.!?]{3,120}[:,]\s*why\b|\bma'?am,|(?:^|[.!?]\s+)sit\.? down[.!]|\bso has the (?:guy|lady|patient|person|man|woman)\b)", RegexOptions.CultureInvariant)]
    public static partial Regex PatientLecture();

    [GeneratedRegex(@"\b(?:thank\w*|grateful|proud|credit where|raised it|agreed to|progress|carried each other|resources for|talk(?:ing)? to someone|we need more|fund|advocat\w*|petition)\b", RegexOptions.CultureInvariant)]
    public static partial Regex Constructive();
}
