using Preround.Core.Domain;
using Preround.Core.Engine;

namespace Preround.Rules.Learned.Rules;

/// <summary>Disparaging another profession, as the learned classifier reads it: catches wordings the hand-written rules miss.</summary>
public sealed class LearnedDisparageProfessionRule : LearnedCategoryRule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.LearnedDisparageProfession,
        "Disparaging another profession (learned)",
        "This reads as a put-down of another profession, specialty or school (weighing most: {evidence})",
        RuleCategories.DisparageProfession,
        Severity.Warn,
        "Colleagues in the profession you mock, and employers who need teams to work together, read it as unprofessional and a sign of poor teamwork.")
    {
        DefaultSuggestion = "Describe the system problem you want fixed without generalising about a group; credit what the other team does well.",
    };

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;
}
