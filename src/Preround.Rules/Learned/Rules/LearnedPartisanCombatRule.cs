using Preround.Core.Domain;
using Preround.Core.Engine;

namespace Preround.Rules.Learned.Rules;

/// <summary>Partisan insult, as the learned classifier reads it: catches wordings the hand-written rules miss.</summary>
public sealed class LearnedPartisanCombatRule : LearnedCategoryRule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.LearnedPartisanCombat,
        "Partisan insult (learned)",
        "This reads as a partisan insult or attack on a political group (weighing most: {evidence})",
        RuleCategories.PartisanCombat,
        Severity.Warn,
        "Patients of every political view read clinicians' posts; insulting a side tells half of them you may judge them, and employers see a reputational risk.")
    {
        DefaultSuggestion = "Advocate for the policy with evidence and patient impact, without insulting the people on the other side.",
    };

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;
}
