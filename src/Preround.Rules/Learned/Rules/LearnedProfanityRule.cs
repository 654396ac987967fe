using Preround.Core.Domain;
using Preround.Core.Engine;

namespace Preround.Rules.Learned.Rules;

/// <summary>Profanity, as the learned classifier reads it: catches wordings the hand-written rules miss.</summary>
public sealed class LearnedProfanityRule : LearnedCategoryRule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.LearnedProfanity,
        "Profanity (learned)",
        "This reads as profanity or vulgar language (weighing most: {evidence})",
        RuleCategories.Profanity,
        Severity.Warn,
        "Patients, program directors and employers judge professionalism by tone; profanity on a professional account reads as a lapse.")
    {
        DefaultSuggestion = "Say it without the swear words; the point usually lands better.",
    };

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;
}
