using Preround.Core.Domain;

namespace Preround.Core.Policy;

/// <summary>The kinds of data rule a YAML pack can declare.</summary>
public enum DataRuleKind
{
    /// <summary>Any of <c>terms</c> present.</summary>
    Existence,

    /// <summary>A regular expression over the normalised text.</summary>
    Pattern,

    /// <summary>A term of <c>near.first</c> within N words of a term of <c>near.second</c>.</summary>
    Proximity,

    /// <summary>Every signal of <c>signals</c> present in the same scope (sentence or post).</summary>
    Cooccurrence,
}

/// <summary>One matcher: a term list or a pattern.</summary>
public sealed record SignalDefinition(IReadOnlyList<string> Terms, string? Pattern);

/// <summary>Conditions on who posts where; empty lists mean "any".</summary>
public sealed record RuleConditions(
    IReadOnlySet<AuthorRole> Roles,
    IReadOnlySet<AuthorRole> NotRoles,
    IReadOnlySet<Platform> Platforms,
    IReadOnlySet<AccountType> Accounts,
    IReadOnlySet<DraftContext> Contexts)
{
    public static RuleConditions Any { get; } = new(new HashSet<AuthorRole>(), new HashSet<AuthorRole>(), new HashSet<Platform>(), new HashSet<AccountType>(), new HashSet<DraftContext>());

    public bool AppliesTo(Draft draft) =>
        (Roles.Count == 0 || Roles.Contains(draft.Author.Role))
        && !NotRoles.Contains(draft.Author.Role)
        && (Platforms.Count == 0 || Platforms.Contains(draft.Platform))
        && (Accounts.Count == 0 || Accounts.Contains(draft.Author.Account))
        && (Contexts.Count == 0 || Contexts.Contains(draft.Context));
}

/// <summary>Examples a data rule carries: valid text must give no finding, invalid text marks the span with <c>[|...|]</c>.</summary>
public sealed record RuleExamples(IReadOnlyList<string> Valid, IReadOnlyList<string> Invalid);

/// <summary>A data rule as written in a YAML pack, validated.</summary>
public sealed record DataRuleDefinition(
    string Id,
    string Title,
    string Category,
    Severity Severity,
    double Confidence,
    DataRuleKind Kind,
    string Message,
    string Rationale,
    string? Suggestion,
    SignalDefinition? Match,
    SignalDefinition? NearFirst,
    SignalDefinition? NearSecond,
    int Within,
    IReadOnlyList<SignalDefinition> Signals,
    bool SentenceScope,
    RuleConditions When,
    SignalDefinition? Unless,
    bool SkipNegated,
    bool Deobfuscate,
    RuleExamples Examples,
    string Source,
    int Line);
