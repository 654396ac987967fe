using Preround.Core.Domain;
using Preround.Core.Engine;

namespace Preround.Rules.Learned.Rules;

/// <summary>Career or Match oversharing, as the learned classifier reads it: catches wordings the hand-written rules miss.</summary>
public sealed class LearnedCareerOversharingRule : LearnedCategoryRule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.LearnedCareerOversharing,
        "Career or Match oversharing (learned)",
        "This reads as oversharing about the Match, interviews, contracts, pay or leaving a job (weighing most: {evidence})",
        RuleCategories.CareerOversharing,
        Severity.Warn,
        "Programs and employers read rank lists, interview gossip, contract terms and exit plans; they can break Match rules or burn bridges.")
    {
        DefaultSuggestion = "Share the milestone without the rankings, names, numbers or grievances; keep negotiations private.",
    };

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;
}
