using System.Globalization;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Platforms.Fit;

namespace Preround.Platforms.Rules;

/// <summary>More links than the platform accepts in one post (Threads: 5).</summary>
public sealed class TooManyLinksRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        PlatformRuleIds.TooManyLinks,
        "More links than the platform allows",
        "{count} links; {platform} accepts at most {max}: '{match}'.",
        RuleCategories.PlatformFit,
        Severity.Warn,
        "The platform refuses the post as written; readers rarely open more than one or two links anyway.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        if (PlatformLimitSet.Default[context.Draft.Platform].MaxLinks is not { } max) return;
        if (context.Draft.Text.IndexOf('.') < 0) return;
        var urls = PostEntities.Of(context).Urls;
        if (urls.Count <= max) return;
        var first = urls[max];
        var last = urls[^1];
        context.Report(
            new TextSpan(first.Start, last.End - first.Start),
            confidence: 1.0,
            suggestion: $"Keep the {max} most useful links and move the rest to a reply or a linked page.",
            args:
            [
                new("count", urls.Count.ToString(CultureInfo.InvariantCulture)),
                new("platform", OverLimitRule.PlatformName(context.Draft.Platform)),
                new("max", max.ToString(CultureInfo.InvariantCulture)),
            ]);
    }
}
