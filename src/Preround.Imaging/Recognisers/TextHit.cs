using System.Text.RegularExpressions;
using Preround.Core.Domain;

namespace Preround.Imaging;

/// <summary>What a recogniser found in a picture's text: which rule, how bad, and the spans that show it.</summary>
/// <param name="Message">May contain <see cref="Where"/>, replaced by "is readable in the picture" or the metadata field.</param>
/// <param name="Spans">Every piece of text that makes up the evidence (a monitor is several readouts).</param>
internal sealed record TextHit(ImageRuleDescriptor Rule, Severity Severity, double Confidence, IReadOnlyList<TextSpan> Spans, string Quote, string Message, string? Suggestion = null)
{
    /// <summary>Placeholder for where the text was found.</summary>
    public const string Where = "{where}";
}

/// <summary>Finds one kind of identifying or clinical content in text read from a picture.</summary>
internal interface IImageTextRecogniser
{
    IEnumerable<TextHit> Find(string text);
}

internal static class Patterns
{
    /// <summary>Builds a pattern that runs in time linear in the text, whatever the text (OCR output can be long junk).</summary>
    // NOTE: NonBacktracking rather than a match timeout: a timeout fires spuriously when Tesseract has both cores busy.
    public static Regex Create(string pattern, bool ignoreCase = true, bool multiline = false) =>
        new(pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None)
            | (multiline ? RegexOptions.Multiline : RegexOptions.None));

    public static TextSpan SpanOf(Match m) => new(m.Index, m.Length);

    /// <summary>Quotes matches joined with " · ", bounded in length.</summary>
    public static string Quote(IEnumerable<string> parts)
    {
        var q = string.Join(" · ", parts.Select(p => p.Replace('\n', ' ').Trim()).Distinct());
        return q.Length > 160 ? q[..157] + "..." : q;
    }
}
