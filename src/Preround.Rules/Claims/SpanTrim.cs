using Preround.Core.Domain;

namespace Preround.Rules.Claims;

/// <summary>Trims trailing spaces, punctuation and emoji that a permissive "rest of the clause" pattern swallowed.</summary>
internal static class SpanTrim
{
    public static TextSpan End(string normalized, int start, int length)
    {
        var end = start + length;
        while (end > start && !char.IsLetterOrDigit(normalized[end - 1])) end--;
        return TextSpan.FromBounds(start, end);
    }
}
