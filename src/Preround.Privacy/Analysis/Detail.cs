using Preround.Core.Domain;

namespace Preround.Privacy.Analysis;

/// <summary>One identifying detail found in a draft.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Span">Where, in the ORIGINAL draft (UTF-16).</param>
/// <param name="Confidence">0 to 1: how sure the recogniser is; validators set it to 1 or drop the match.</param>
/// <param name="PatientTied">Whether the detail belongs to a patient or an encounter rather than a conference, a statistic, a relative or the practice.</param>
public sealed record Detail(DetailKind Kind, TextSpan Span, double Confidence, bool PatientTied)
{
    /// <summary>The matched text.</summary>
    public string Text { get; init; } = "";
}
