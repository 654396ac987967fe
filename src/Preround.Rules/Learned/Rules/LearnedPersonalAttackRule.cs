using Preround.Core.Domain;
using Preround.Core.Engine;

namespace Preround.Rules.Learned.Rules;

/// <summary>Personal attack, as the learned classifier reads it: catches wordings the hand-written rules miss.</summary>
public sealed class LearnedPersonalAttackRule : LearnedCategoryRule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.LearnedPersonalAttack,
        "Personal attack (learned)",
        "This reads as an insult or attack on a person (weighing most: {evidence})",
        RuleCategories.PersonalAttack,
        Severity.Warn,
        "Name-calling and wishing harm on someone are what boards and employers cite most often; they outweigh whatever point the post makes.")
    {
        DefaultSuggestion = "Argue with the idea, not the person: cite evidence and leave out insults and wishes of harm.",
    };

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;
}
