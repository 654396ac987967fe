using Preround.Core.Domain;
using Preround.Privacy.Analysis;

namespace Preround.Privacy.Redaction;

/// <summary>One change the redactor made.</summary>
/// <param name="Span">The span of the original draft replaced.</param>
/// <param name="Original">What was there.</param>
/// <param name="Replacement">What replaces it ("" for a removal).</param>
/// <param name="Kind">The kind of detail.</param>
public sealed record RedactionChange(TextSpan Span, string Original, string Replacement, DetailKind Kind);

/// <summary>The safer rewrite of a draft, what changed, and what remains risky after it.</summary>
/// <param name="Text">The rewritten draft.</param>
/// <param name="Changes">Changes in order of position in the original.</param>
/// <param name="Residual">Plain-language notes on risks a rewrite cannot remove ("the diagnosis is rare enough to identify...").</param>
public sealed record RedactionResult(string Text, IReadOnlyList<RedactionChange> Changes, IReadOnlyList<string> Residual)
{
    /// <summary>Whether anything was changed.</summary>
    public bool Changed => Changes.Count > 0;
}
