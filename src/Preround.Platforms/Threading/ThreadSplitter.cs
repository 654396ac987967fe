using Preround.Core.Domain;
using Preround.Platforms.Fit;

namespace Preround.Platforms.Threading;

/// <summary>One post of a thread.</summary>
/// <param name="Number">1-based position.</param>
/// <param name="Text">The post as it will be published, numbering marker included.</param>
/// <param name="Start">UTF-16 index in the draft where this part's own text starts.</param>
/// <param name="End">UTF-16 index just past this part's own text.</param>
/// <param name="Fit">How the part measures against the platform's limit.</param>
public sealed record ThreadPart(int Number, string Text, int Start, int End, FitResult Fit);

/// <summary>
/// Splits a long draft into a numbered thread whose every part fits the platform: paragraph, then line, sentence,
/// clause and word boundaries; never inside a URL, mention, hashtag, emoji or grapheme cluster. The " 1/5" marker is
/// counted against each part, and the thread is re-packed when the number of parts gains a digit.
/// </summary>
public static class ThreadSplitter
{
    /// <summary>Splits <paramref name="text"/> for <paramref name="platform"/>; a draft that fits comes back as one unnumbered part.</summary>
    public static IReadOnlyList<ThreadPart> Split(string text, Platform platform, PlatformLimitSet? limits = null, bool number = true)
    {
        text ??= string.Empty;
        limits ??= PlatformLimitSet.Default;
        var trimmed = text.Trim();
        var whole = PlatformCounter.Measure(trimmed, platform, limits);
        if (whole.Valid || trimmed.Length == 0)
        {
            var s = text.IndexOf(trimmed, StringComparison.Ordinal);
            return [new ThreadPart(1, trimmed, Math.Max(0, s), Math.Max(0, s) + trimmed.Length, whole)];
        }

        var breaks = BreakFinder.Find(text);
        var digits = 1;
        while (true)
        {
            var cuts = Pack(text, breaks, platform, limits, number ? digits : 0);
            var total = cuts.Count;
            if (!number || total.ToString().Length <= digits)
            {
                return cuts.Select((c, i) =>
                {
                    var body = text[c.Start..c.End].Trim();
                    var published = number ? $"{body} {i + 1}/{total}" : body;
                    return new ThreadPart(i + 1, published, c.Start, c.End, PlatformCounter.Measure(published, platform, limits));
                }).ToList();
            }
            digits = total.ToString().Length;
        }
    }

    private static List<(int Start, int End)> Pack(string text, List<BreakPoint> breaks, Platform platform, PlatformLimitSet limits, int digits)
    {
        // The widest marker this many digits can produce, e.g. " 99/99".
        var marker = digits == 0 ? "" : " " + new string('9', digits) + "/" + new string('9', digits);
        var parts = new List<(int, int)>();
        var start = SkipSpace(text, 0);
        var b = 0;
        while (start < text.Length)
        {
            if (Fits(text, start, text.Length, marker, platform, limits))
            {
                parts.Add((start, TrimEnd(text, start, text.Length)));
                break;
            }
            while (b < breaks.Count && breaks[b].Position <= start) b++;
            // Largest break that still fits (lengths grow with the end position, so binary search works).
            int lo = b, hi = breaks.Count - 1, best = -1;
            while (lo <= hi)
            {
                var mid = (lo + hi) >>> 1;
                if (Fits(text, start, breaks[mid].Position, marker, platform, limits)) { best = mid; lo = mid + 1; }
                else hi = mid - 1;
            }
            if (best < 0)
            {
                // Nothing fits (one unbreakable token is longer than a post): take it whole; its part will show as invalid.
                var next = b < breaks.Count ? breaks[b].Position : text.Length;
                parts.Add((start, TrimEnd(text, start, next)));
                start = SkipSpace(text, next);
                continue;
            }
            var chosen = Choose(breaks, b, best, start);
            parts.Add((start, TrimEnd(text, start, breaks[chosen].Position)));
            start = SkipSpace(text, breaks[chosen].Position);
        }
        return parts;
    }

    // Prefer the strongest boundary among those that still leave the part at least half as long as it could be.
    private static int Choose(List<BreakPoint> breaks, int first, int best, int start)
    {
        var reach = breaks[best].Position - start;
        var chosen = best;
        for (var i = best; i >= first; i--)
        {
            if (breaks[i].Position - start < reach / 2) break;
            if (breaks[i].Level > breaks[chosen].Level) chosen = i;
        }
        return chosen;
    }

    private static bool Fits(string text, int start, int end, string marker, Platform platform, PlatformLimitSet limits)
    {
        var body = text[start..TrimEnd(text, start, end)];
        return PlatformCounter.Measure(body + marker, platform, limits).Valid;
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return end;
    }
}
