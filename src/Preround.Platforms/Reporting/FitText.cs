using System.Text;
using Preround.Core.Domain;
using Preround.Platforms.Fit;
using Preround.Platforms.Threading;

namespace Preround.Platforms.Reporting;

/// <summary>Human-readable output of <c>preround fit</c> and <c>preround thread</c>.</summary>
public static class FitText
{
    /// <summary>Length, limit, verdict and, when over, where the budget runs out with the words around it.</summary>
    public static string Describe(string text, FitResult fit)
    {
        var sb = new StringBuilder();
        sb.Append($"{fit.Platform.Name()}: {fit.Length}/{fit.Limit}");
        sb.Append(fit.Valid ? " - fits" : fit.Over > 0 ? $" - over by {fit.Over}" : " - not accepted");
        sb.AppendLine(fit.Valid ? $" ({fit.Limit - fit.Length} left)" : "");
        if (fit.Bytes is { } bytes) sb.AppendLine($"  bytes: {bytes}/{fit.ByteLimit}");
        if (fit.ShortenedLength is { } shortened && shortened != fit.Length) sb.AppendLine($"  after the app shortens links: {shortened}/{fit.Limit}");
        if (fit.FitsUntil is { } cut)
        {
            var before = text[Math.Max(0, cut - 30)..cut].ReplaceLineEndings(" ");
            var after = text[cut..Math.Min(text.Length, cut + 30)].ReplaceLineEndings(" ");
            sb.AppendLine($"  the budget runs out at character {cut + 1}: \"...{before}|{after}...\"");
            sb.AppendLine($"  consider: trim {fit.Over} or split it with `preround thread --platform {fit.Platform.Name()}`");
        }
        return sb.ToString();
    }

    /// <summary>Each part with its number and count, ready to paste; <paramref name="extra"/> adds lines after each part (the checker's verdict).</summary>
    public static string Describe(IReadOnlyList<ThreadPart> parts, Func<ThreadPart, string>? extra = null)
    {
        var sb = new StringBuilder();
        foreach (var p in parts)
        {
            sb.AppendLine($"--- {p.Number}/{parts.Count} ({p.Fit.Length}/{p.Fit.Limit}{(p.Fit.Valid ? "" : ", does not fit")}) ---");
            sb.AppendLine(p.Text);
            if (extra?.Invoke(p) is { Length: > 0 } more) sb.Append(more);
        }
        return sb.ToString();
    }
}
