using Preround.Core.Domain;

namespace Preround.Core.Engine;

/// <summary>What a rule is, stated once, before its logic: id, what it finds, how bad, and why it matters.</summary>
/// <param name="Id">Stable id: <c>PR</c> + 4 digits for built-ins (1xxx privacy, 2xxx professionalism, 3xxx disclosure and claims, 4xxx platform fit); <c>Pack.RuleName</c> for organisation packs.</param>
/// <param name="Title">A few words naming what the rule finds.</param>
/// <param name="MessageFormat">Short message with named placeholders; <c>{match}</c> is always available.</param>
/// <param name="Category">One of <see cref="RuleCategories"/> (or an organisation's own).</param>
/// <param name="DefaultSeverity">Impact when a policy does not re-grade it.</param>
/// <param name="Rationale">Who reads the post and why it hurts; one or two sentences.</param>
/// <param name="OffersSuggestion">Whether findings carry a replacement or rewrite.</param>
public sealed record RuleDescriptor(
    string Id,
    string Title,
    string MessageFormat,
    string Category,
    Severity DefaultSeverity,
    string Rationale,
    bool OffersSuggestion = true)
{
    /// <summary>Where the rule's page lives, relative to the repository: <c>docs/rules/{Id}.md</c>.</summary>
    public string HelpUri => $"docs/rules/{Id}.md";

    /// <summary>Default suggestion used when a report does not give its own.</summary>
    public string? DefaultSuggestion { get; init; }
}
