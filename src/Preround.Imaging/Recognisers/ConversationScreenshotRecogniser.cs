using System.Text.RegularExpressions;
using Preround.Core.Domain;

namespace Preround.Imaging;

/// <summary>Screenshots of text-message or chat conversations, recognised by their layout words.</summary>
internal sealed class ConversationScreenshotRecogniser : IImageTextRecogniser
{
    public static readonly ImageRuleDescriptor Descriptor = new(
        ImageRuleIds.ConversationScreenshot, "Screenshot of a conversation", RuleCategories.ClinicalPhoto, Severity.Warn,
        "A screenshot of messages shows someone else's words, often with their name, number and time stamps; with a patient " +
        "it is a disclosure of protected health information, with a colleague it breaks their confidence.");

    // NOTE: strong signals are words only a messaging app prints; weak ones (times, "Today") also occur in ordinary photos.
    // NOTE: multiline so that a line reading just "Read" (or "Read 9:41 AM") counts, but "read" inside a sentence does not.
    private static readonly Regex Strong = Patterns.Create(
        @"\bDelivered\b|^[ \t]*Read(?:[ \t]+(?:\d{1,2}:\d{2}(?:[ \t]?[AP]M)?|Yesterday|Today|at\b.*))?[ \t]*$|\bSeen\b|\biMessage\b|\bText\s+Message\b|\bType\s+a\s+message\b|\bWrite\s+a\s+message\b|\bMessage\s+sent\b|\bNew\s+message\b", multiline: true);

    private static readonly Regex Weak = Patterns.Create(@"\b\d{1,2}:\d{2}\s?(?:AM|PM)\b|\b(?:Today|Yesterday)\b|\bSend\b|\bReply\b");

    private static readonly Regex Clinical = Patterns.Create(
        @"\b(?:patient|pt|pain|meds?|medication|dose|results?|labs?|appointment|surgery|symptoms?|prescription|refill|diagnosis|biopsy|scan|MRI|CT|x-?ray|fever|bleeding|discharge|admitted|clinic|doctor|Dr\.?|nurse)\b");

    public IEnumerable<TextHit> Find(string text)
    {
        var strong = Matches(Strong, text);
        // NOTE: "Read 9:41 AM" is one piece of evidence, not a read receipt plus a time.
        var weak = Matches(Weak, text).Where(w => !strong.Any(s => w.Index < s.Index + s.Length && s.Index < w.Index + w.Length)).ToList();
        if (strong.Count == 0 || strong.Count + weak.Count < 2) yield break;
        var clinical = Matches(Clinical, text);
        var evidence = strong.Concat(weak).OrderBy(m => m.Index).ToList();
        var quote = Patterns.Quote(evidence.Select(m => m.Value));
        bool health = clinical.Count > 0;
        yield return new TextHit(Descriptor, health ? Severity.Block : Severity.Warn, health ? 0.85 : 0.7,
            evidence.Concat(clinical.Take(3)).Select(Patterns.SpanOf).ToList(), quote,
            health
                ? $"the picture looks like a screenshot of a conversation about health ({quote}; mentions '{clinical[0].Value}'); do not post patient messages."
                : $"the picture looks like a screenshot of a conversation ({quote}); consider asking the other person or leaving it out.");
    }

    private static List<Match> Matches(Regex pattern, string text) => pattern.Matches(text).ToList();
}
