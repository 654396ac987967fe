using System.Globalization;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Platforms.Fit;

namespace Preround.Platforms.Rules;

/// <summary>
/// More @mentions than Instagram accepts (20; warn), or more than <see cref="AdviceThreshold"/> tags elsewhere
/// (info). The addressees a reply opens with are not counted.
/// </summary>
public sealed class TooManyMentionsRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        PlatformRuleIds.TooManyMentions,
        "Too many mentions",
        "{count} people tagged; {reason}: '{match}'.",
        RuleCategories.PlatformFit,
        Severity.Info,
        "Instagram refuses a caption with more than 20 mentions; elsewhere tagging a crowd notifies people who did not ask to be associated with the post and reads as spam.");

    /// <summary>More tags than this on a platform without a cap is reported as advice.</summary>
    public const int AdviceThreshold = 6;

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        var text = context.Draft.Text;
        if (text.IndexOf('@') < 0 && text.IndexOf('\uFF20') < 0) return;
        var entities = PostEntities.Of(context);
        var mentions = entities.Mentions;
        var cap = PlatformLimitSet.Default[context.Draft.Platform].MaxMentions;
        var skip = cap is null ? entities.LeadingMentions(text) : 0;
        var keep = cap ?? AdviceThreshold;
        if (mentions.Count - skip <= keep) return;

        var platform = OverLimitRule.PlatformName(context.Draft.Platform);
        var reason = cap is not null ? $"{platform} accepts at most {cap}" : $"tagging more than {AdviceThreshold} reads as spam";
        var first = mentions[skip + keep];
        var last = mentions[^1];
        context.Report(
            new TextSpan(first.Start, last.End - first.Start),
            confidence: cap is not null ? 1.0 : 0.6,
            suggestion: cap is not null
                ? $"Tag at most {cap}; name the others without the @ or thank them in a comment."
                : "Tag the few people the post is about; thank the rest by name without the @, or in a reply.",
            severity: cap is not null ? Severity.Warn : Severity.Info,
            args: [new("count", (mentions.Count - skip).ToString(CultureInfo.InvariantCulture)), new("reason", reason)]);
    }
}
