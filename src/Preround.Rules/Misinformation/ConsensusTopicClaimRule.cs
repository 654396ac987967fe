using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Core.Text;
using Preround.Rules.Claims;

namespace Preround.Rules.Misinformation;

/// <summary>
/// A claim against medical consensus on a settled question from <see cref="ConsensusTopics"/>, stated as fact: the
/// topic's subject, object and the false direction in one sentence ("The MMR jab and autism link is real", "Amoxicillin
/// sorts a viral chest infection right out", "she beat stage 4 with juicing, no chemo").
/// </summary>
/// <remarks>Debunking ("No, the MMR vaccine does not cause autism"), questions ("Do vaccines cause autism?"), reported
/// claims ("my aunt swears...") and negated claims ("antibiotics won't fix a cold") are fine.</remarks>
public sealed class ConsensusTopicClaimRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.ConsensusTopicClaim,
        "Claim against medical consensus",
        "'{match}' states as fact a claim that contradicts medical consensus ({topic}).",
        RuleCategories.Misinformation,
        Severity.Block,
        "A clinician's post lends a false health claim authority: patients act on it, and licensing boards and professional bodies treat spreading health misinformation as a matter of fitness to practise.")
    {
        DefaultSuggestion = "State the evidence with a source instead, or say what the claim gets wrong (\"No, it doesn't; here is the study\").",
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        var t = context.Text;
        var n = t.Normalized;
        foreach (var topic in ConsensusTopics.All)
        {
            if (!Gate.Any(n, topic.Gate)) continue;
            foreach (var sentence in t.Sentences)
            {
                var s = n.AsSpan(sentence.Start, sentence.Length);
                if (!topic.Subject.IsMatch(s) || !topic.Object.IsMatch(s)) continue;
                foreach (var c in topic.Claim.EnumerateMatches(s))
                {
                    var claim = new TextSpan(sentence.Start + c.Index, c.Length);
                    if (Negation.IsNegated(t, claim.Start, 3) || ClaimContext.IsRefutedOrQuestioned(t, claim, claimCarriesPolarity: true)) continue;
                    context.ReportNormalized(Conduct.Frames.SentenceAt(t, sentence.Start), 0.8, args: [new("topic", topic.Name)]);
                    return;
                }
            }
        }
    }
}
