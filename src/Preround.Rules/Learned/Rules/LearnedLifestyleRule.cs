using Preround.Core.Domain;
using Preround.Core.Engine;

namespace Preround.Rules.Learned.Rules;

/// <summary>Drinking, drugs or risky behaviour, as the learned classifier reads it: catches wordings the hand-written rules miss.</summary>
public sealed class LearnedLifestyleRule : LearnedCategoryRule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.LearnedLifestyle,
        "Drinking, drugs or risky behaviour (learned)",
        "This reads as drinking, drugs or risky behaviour next to your professional identity (weighing most: {evidence})",
        RuleCategories.Lifestyle,
        Severity.Warn,
        "Alcohol or drugs beside a badge, scrubs or a call shift make patients and employers question judgement and fitness to practise.")
    {
        DefaultSuggestion = "Keep nights out off professional accounts, and never pair them with a badge, scrubs, a shift or being on call.",
    };

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;
}
