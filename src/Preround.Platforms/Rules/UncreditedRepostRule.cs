using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;

namespace Preround.Platforms.Rules;

/// <summary>
/// Content the author says came from elsewhere ("stole this from Reddit", "not mine", "creator unknown") with no
/// @handle or link to the person who made it.
/// </summary>
public sealed partial class UncreditedRepostRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        PlatformRuleIds.UncreditedRepost,
        "Reposted without crediting the creator",
        "'{match}': the post says it is someone else's work but does not name them.",
        RuleCategories.Attribution,
        Severity.Info,
        "Creators (often other clinicians and educators) notice their work shared without their name; crediting them costs a handle and keeps the repost honest.")
    {
        DefaultSuggestion = "Find the original and credit it: \"via @creator\" or a link to the original post; if you cannot find the creator, consider not reposting it.",
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        var t = context.Text;
        var m = Cue().Match(t.Normalized);
        if (!m.Success) return;
        var entities = PostEntities.Of(context);
        if (entities.Mentions.Count > 0 || entities.Urls.Count > 0) return;
        context.ReportNormalized(new TextSpan(m.Index, m.Length), confidence: 0.7);
    }

    // NOTE: matched on the normalised text (lower case, quotes folded).
    [GeneratedRegex(@"\b(?:stole|stolen|stealing|steal|borrowed|borrowing|lifted|found|saw|seen|spotted|copied|grabbed|yoinked|screenshotted|reposting|sharing)\s+(?:this|these|it)\s+(?:on|from|off(?: of)?|over on|in)\s+(?:twitter|x|reddit|tiktok|instagram|insta|ig|facebook|fb|linkedin|threads|tumblr|pinterest|the internet|the interwebs|online|somewhere|(?:a|the|my) group ?chat|someone'?s (?:page|feed|story|timeline))\b|\(not mine\)|^not mine\b|\bnot my (?:meme|joke|comic|tweet|post|video|art|artwork|words|photo|picture|image|original)\b|\b(?:author|source|creator|artist|origin) unknown\b|\bcredit to (?:whoever|the original (?:poster|author|creator|artist))\b|\b(?:don'?t|do not|can'?t|cannot|couldn'?t) (?:know|remember|recall|find) (?:who|where) (?:made|wrote|said|posted|drew|created|came up with) (?:this|it)\b|\bno idea who (?:made|wrote|said|posted|drew|created) (?:this|it)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Cue();
}
