using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Platforms.Fit;
using Preround.Platforms.Threading;

namespace Preround.Platforms.Rules;

/// <summary>The draft is longer than the platform accepts (as the platform counts: weighted on X, graphemes and bytes on Bluesky, ...).</summary>
/// <remarks>The finding covers the text that does not fit; the suggestion is the thread split (where threads exist) or how much to trim.</remarks>
public sealed class OverLimitRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        PlatformRuleIds.OverLimit,
        "Longer than the platform allows",
        "{platform} counts {measure}; the text from '{cut}' does not fit.",
        RuleCategories.PlatformFit,
        Severity.Warn,
        "The platform refuses the post or cuts it off mid-sentence; a truncated clinical point reads careless to colleagues and patients and can change its meaning.");

    private const int MaxPartsInSuggestion = 25;

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        var draft = context.Draft;
        var text = draft.Text;
        if (!MayExceed(text, draft.Platform, draft.Context)) return;
        var fit = PlatformCounter.Measure(text, draft.Platform, context: draft.Context);
        if (fit.Valid || fit.FitsUntil is not { } cut || cut >= text.Length) return;

        var platform = PlatformName(draft.Platform);
        var overBytes = fit.Bytes > fit.ByteLimit && fit.Length <= fit.Limit;
        var measure = overBytes
            ? $"{fit.Bytes:N0} of {fit.ByteLimit:N0} UTF-8 bytes"
            : $"{fit.Length:N0} of {fit.Limit:N0} characters";
        var over = overBytes ? $"{fit.Bytes - fit.ByteLimit:N0} bytes" : $"{fit.Over:N0} characters";
        context.Report(
            new TextSpan(cut, text.Length - cut),
            confidence: 1.0,
            suggestion: Suggest(text, draft.Platform, platform, over),
            args: [new("platform", platform), new("measure", measure), new("cut", Preview(text, cut))]);
    }

    // NOTE: a cheap upper bound so that the grapheme walk (Bluesky, Mastodon) runs only for drafts that could be over.
    // Graphemes never outnumber UTF-16 units and a UTF-16 unit is at most 3 UTF-8 bytes; on Mastodon a URL with a
    // scheme (11 characters at least) counts 23, so a draft counts at most 12/11 more than its length. X weighs a
    // 4-character URL as 23, so it is always counted (the count is cheap).
    private static bool MayExceed(string text, Platform platform, DraftContext draftContext)
    {
        var limits = PlatformLimitSet.Default[platform];
        var limit = limits.LimitFor(draftContext);
        return platform switch
        {
            Platform.X => true,
            Platform.Bluesky => text.Length > limit || 3L * text.Length > (limits.ByteLimit ?? 3000),
            Platform.Mastodon => text.Length + (12L * text.Length / 11) > limit,
            _ => text.Length > limit,
        };
    }

    private static string Suggest(string text, Platform platform, string platformName, string over)
    {
        var trim = $"Trim about {over}";
        if (platform is not (Platform.X or Platform.Bluesky or Platform.Mastodon or Platform.Threads))
        {
            return trim + $" so the whole text fits on {platformName}.";
        }
        var parts = ThreadSplitter.Split(text, platform);
        if (parts.Count < 2 || parts.Count > MaxPartsInSuggestion) return trim + ", or post it as a thread (preround thread).";
        var thread = string.Join("\n\n", parts.Select(p => p.Text));
        return $"Post it as a thread of {parts.Count}, or trim about {over}:\n\n{thread}";
    }

    private static string Preview(string text, int cut)
    {
        var end = Math.Min(text.Length, cut + 24);
        // Do not end the preview inside a surrogate pair.
        if (end < text.Length && char.IsLowSurrogate(text[end])) end++;
        var piece = text[cut..end].ReplaceLineEndings(" ").Trim();
        return end < text.Length ? piece + "…" : piece;
    }

    internal static string PlatformName(Platform platform) => platform switch
    {
        Platform.X => "X",
        Platform.Bluesky => "Bluesky",
        Platform.Mastodon => "Mastodon",
        Platform.Threads => "Threads",
        Platform.LinkedIn => "LinkedIn",
        Platform.Instagram => "Instagram",
        Platform.Facebook => "Facebook",
        Platform.TikTok => "TikTok",
        _ => platform.ToString(),
    };
}
