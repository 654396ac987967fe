namespace Preround.Core.Domain;

/// <summary>One problem found in a draft: where, how bad, how sure, why it hurts and what to write instead.</summary>
/// <param name="RuleId">Stable id such as <c>PR1002</c> or <c>Hospital.UnitNames</c>.</param>
/// <param name="Category">One of <see cref="RuleCategories"/>.</param>
/// <param name="Severity">Impact if posted as is.</param>
/// <param name="Confidence">0 to 1: how likely the match is right.</param>
/// <param name="Span">Where in the draft (UTF-16 code units).</param>
/// <param name="Match">The draft's text at <paramref name="Span"/>.</param>
/// <param name="Message">Short, specific, quotes the match.</param>
/// <param name="Rationale">Who will read the post and why this hurts.</param>
/// <param name="Suggestion">Concrete replacement text or a safer rewrite; null when the rule has none.</param>
public sealed record Finding(
    string RuleId,
    string Category,
    Severity Severity,
    double Confidence,
    TextSpan Span,
    string Match,
    string Message,
    string Rationale,
    string? Suggestion)
{
    /// <summary>Optional replacement for exactly <see cref="Span"/> (as opposed to <see cref="Suggestion"/>, which may be advice or a whole rewrite).</summary>
    public string? Replacement { get; init; }

    /// <summary>Where the rule's documentation lives.</summary>
    public string? HelpUri { get; init; }
}
