using Preround.Core.Domain;
using Preround.Core.Engine;

namespace Preround.Rules.CoiUndisclosed;

/// <summary>
/// The one-click fix that goes with <see cref="UndisclosedPromotionRule"/>: an insertion at the start of the post
/// (the disclosure) and removals of unclear or buried tags ("#sp", "#collab", "#sponsored" at the end of a hashtag pile).
/// </summary>
public sealed class DisclosurePlacementFixRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.DisclosurePlacementFix,
        "Disclosure placement fix",
        "{action}",
        RuleCategories.CoiUndisclosed,
        Severity.Info,
        "A disclosure works only where readers see it before the pitch: at the start, in plain words, not among hashtags "
        + "or behind \"… more\". Regulators and employers judge the post as a reader first sees it.")
    {
        DefaultSuggestion = "Apply the replacement to put the disclosure first.",
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        // NOTE: runs after PR3001 (rules run in id order) and only when it fired, so it never adds a finding of its own.
        var fired = false;
        foreach (var f in context.Findings)
        {
            if (f.RuleId == RuleIds.UndisclosedPromotion) { fired = true; break; }
        }
        if (!fired) return;
        var a = DisclosureSignals.Of(context);
        var prefix = DisclosureFix.Prefix(a);
        var insert = new[] { new KeyValuePair<string, string>("action", $"Insert '{prefix.Trim()}' at the start of the post") };
        context.Report(new TextSpan(0, 0), 0.9, $"Insert \"{prefix.Trim()}\" before the first word.", args: insert, replacement: prefix);
        foreach (var tag in a.BuriedOrUnclearTags)
        {
            var text = context.Text.OriginalText(tag);
            var remove = new[] { new KeyValuePair<string, string>("action", $"Remove '{text}': readers miss it, and the disclosure at the start replaces it") };
            context.ReportNormalized(tag, 0.9, "Remove this tag; the disclosure at the start replaces it.", args: remove, replacement: "");
        }
    }
}
