using System.Buffers;

namespace Preround.Rules.Claims;

/// <summary>
/// Cheap pre-checks: a rule's expensive patterns run only when one of its cue strings occurs in the normalised
/// text. Cues are substrings and deliberately over-inclusive; the patterns still decide.
/// </summary>
internal static class Gate
{
    public static SearchValues<string> Of(params string[] cues) => SearchValues.Create(cues, StringComparison.Ordinal);

    public static bool Any(string normalized, SearchValues<string> cues) => normalized.AsSpan().ContainsAny(cues);
}
