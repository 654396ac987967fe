using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Privacy.Redaction;

namespace Preround.Privacy.Rules.Privacy;

/// <summary>A public reply to a review (or to a patient) that confirms they were a patient or mentions their visit, condition or treatment.</summary>
public sealed partial class ReviewReplyDisclosureRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        PrivacyRuleIds.ReviewReplyDisclosure,
        "Reply confirms a patient's care",
        "'{match}' confirms the reviewer's care in public; reply without confirming anything.",
        RuleCategories.Privacy,
        Severity.Block,
        "Confirming that a reviewer was a patient, or mentioning their visit or condition, is a disclosure: HHS fined practices for review replies in 2022 and 2023, and prospective patients read the reply.")
    {
        DefaultSuggestion = "Consider: \"" + ReviewReplyAdvice.SafeReply + "\"",
    };

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        var n = context.Text.Normalized;
        var isReply = context.Draft.Context == DraftContext.ReviewReply || ReviewCue().IsMatch(n);
        var pattern = isReply ? Disclosure() : PublicRecordReply();
        foreach (var m in pattern.EnumerateMatches(n))
        {
            context.ReportNormalized(new(m.Index, m.Length), isReply ? 0.9 : 0.85);
        }
    }

    [GeneratedRegex(@"\b(?:your (?:review|feedback|comment|rating|stars?)|(?:1|one|2|two)[- ]star|sorry (?:to hear|you feel|that you)|we (?:regret|apologi[sz]e)|thank you for (?:sharing|your (?:review|feedback))|(?:the|this|that|such a|a|your) (?:\w+ ){0,2}(?:review|feedback|\d stars?|five stars?)|we'?re sorry (?:you|that you|for)|we understand your frustration|we apologi[sz]e)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ReviewCue();

    [GeneratedRegex(@"\b(?:your (?:visit|appointment|procedure|surgery|operation|treatment|diagnosis|condition|medications?|prescriptions?|refills?|test results|results|labs|lab work|biopsy|scan|x-ray|mri|care|stay|admission|discharge|chart|records?|file|bill|balance|insurance|copay|claim|follow-?ups?|therapy|sessions?|delivery|pregnancy|injections?|shots?|vaccines?|symptoms|pain|wait|son's \w+|daughter's \w+|mother's \w+|father's \w+)|(?:our|the) records (?:show|indicate|reflect)|according to (?:our|your) (?:records|chart)|(?:when|while) you (?:were|came) (?:here|in|seen)|you (?:were|are) (?:seen|treated|admitted|discharged|a patient|our patient|diagnosed)|as (?:our|a) patient|you (?:missed|no-?showed|cancell?ed|skipped|rescheduled|refused|declined)|no-?show(?:ed|s)?|you (?:came in|presented|were prescribed|received)|(?:dr\.?|doctor) \w+ (?:saw|treated|examined|operated on|spent \d+ minutes with) you|your (?:\w+ ){0,2}(?:replacement|surgery|procedure|recovery|treatment|injection|biopsy|delivery|pregnancy|diagnosis|medication|prescription|therapy|visit|appointment|stay|test|results|condition|symptoms|infection|repair|removal|implant|insertion|scan|vasectomy|colonoscopy|mammogram|physical)|(?:care for|caring for|cared for|treating|seeing|saw|treated) you)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Disclosure();

    [GeneratedRegex(@"\b(?:(?:our|the) records (?:show|indicate|reflect) (?:that )?you|according to (?:our|your) (?:records|chart)|you no-?showed|you missed (?:your|three|two|\d+) (?:\w+ )?(?:appointments?|follow-?ups?|visits?))\b", RegexOptions.CultureInvariant)]
    private static partial Regex PublicRecordReply();
}
