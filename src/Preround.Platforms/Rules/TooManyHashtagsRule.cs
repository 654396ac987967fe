using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Platforms.Fit;

namespace Preround.Platforms.Rules;

/// <summary>
/// More hashtags than Instagram's cap (5 by default, configurable in the limits; warn), or more than
/// <see cref="AdviceThreshold"/> anywhere else (info: a pile of tags reads as spam).
/// </summary>
public sealed class TooManyHashtagsRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        PlatformRuleIds.TooManyHashtags,
        "Too many hashtags",
        "{count} hashtags; {reason}: '{match}'.",
        RuleCategories.PlatformFit,
        Severity.Info,
        "A caption over Instagram's hashtag cap is refused; elsewhere a string of tags reads as spam to colleagues and pushes the clinical point out of view.");

    /// <summary>More hashtags than this on a platform without a cap is reported as advice.</summary>
    public const int AdviceThreshold = 5;

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        var text = context.Draft.Text;
        if (text.IndexOf('#') < 0 && text.IndexOf('\uFF03') < 0) return;
        var tags = PostEntities.Of(context).Hashtags;
        var cap = PlatformLimitSet.Default[context.Draft.Platform].MaxHashtags;
        var keep = cap ?? AdviceThreshold;
        if (tags.Count <= keep) return;

        var platform = OverLimitRule.PlatformName(context.Draft.Platform);
        var reason = cap is not null ? $"{platform} accepts at most {cap}" : $"more than {AdviceThreshold} reads as spam";
        var first = tags[keep];
        var last = tags[^1];
        var kept = string.Join(" ", tags.Take(keep).Select(t => "#" + t.Value));
        var dropped = string.Join(" ", tags.Skip(keep).Select(t => "#" + t.Value));
        context.Report(
            new TextSpan(first.Start, last.End - first.Start),
            confidence: cap is not null ? 1.0 : 0.6,
            suggestion: $"Keep the {keep} that say most about the post ({kept}) and drop {dropped}.",
            severity: cap is not null ? Severity.Warn : Severity.Info,
            args: [new("count", tags.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("reason", reason)]);
    }
}
