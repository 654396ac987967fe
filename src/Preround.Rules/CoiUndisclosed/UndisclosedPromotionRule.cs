using Preround.Core.Domain;
using Preround.Core.Engine;

namespace Preround.Rules.CoiUndisclosed;

/// <summary>
/// Discount codes, affiliate links, gifted products, "link in bio" product praise, "doctor recommended" products
/// and praise after an industry-paid meal, without a clear disclosure at the start of the post.
/// </summary>
public sealed class UndisclosedPromotionRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.UndisclosedPromotion,
        "Promotion without a clear disclosure",
        "'{match}' promotes a product or sponsor {how}",
        RuleCategories.CoiUndisclosed,
        Severity.Block,
        "Followers, patients and regulators read a clinician's praise as independent judgement; the FTC Endorsement Guides, "
        + "state boards and most employers' social-media policies require any payment, free product, commission or meal to be "
        + "disclosed clearly and up front, where nobody can miss it.")
    {
        DefaultSuggestion = "Start the post with the disclosure, e.g. \"#ad — I was paid by [Brand] for this post.\" or \"I received this free from [Brand].\"",
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        var a = DisclosureSignals.Of(context);
        if (a.Signals.Count == 0 || a.ClearDisclosure is not null) return;
        var how = a.WeakDisclosure is { } w
            ? $"and the only disclosure ('{context.Text.OriginalText(w)}') is unclear or buried where readers will miss it"
            : "without saying that you were paid, gifted or earn a commission";
        var suggestion = DisclosureFix.Suggest(context, a);
        var args = new[] { new KeyValuePair<string, string>("how", how) };
        // One finding per draft is enough to block; the strongest cue carries it.
        context.ReportNormalized(a.Signals[0].Span, a.Signals[0].Kind is "code" or "affiliate" or "gift" ? 0.9 : 0.75, suggestion, args: args);
    }
}
