using Preround.Core.Domain;
using Preround.Core.Engine;

namespace Preround.Rules.Learned.Rules;

/// <summary>Venting about patients or work, as the learned classifier reads it: catches wordings the hand-written rules miss.</summary>
public sealed class LearnedVentingRule : LearnedCategoryRule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.LearnedVenting,
        "Venting about patients or work (learned)",
        "This reads as venting about patients, colleagues or your program (weighing most: {evidence})",
        RuleCategories.Venting,
        Severity.Warn,
        "Program directors, employers and patients read frustration about patients or the job as burnout or contempt, and screenshots outlive the bad day.")
    {
        DefaultSuggestion = "Sleep on it; talk to a peer, mentor or wellness service instead, or rewrite it as what you learned without blaming anyone.",
    };

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;
}
