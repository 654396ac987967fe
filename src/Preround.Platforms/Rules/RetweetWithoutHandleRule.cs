using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;

namespace Preround.Platforms.Rules;

/// <summary>
/// A post that opens with the "RT" or "MT" repost marker (followed by a colon or a quotation) but names no @handle
/// and no other source: the words are someone else's and their author is gone.
/// </summary>
/// <remarks>
/// Only an upper-case marker at the very start followed by ":" or a quote counts, because clinicians write "RT" for
/// respiratory and radiation therapy ("RT at bedside", "RTs are heroes").
/// </remarks>
public sealed partial class RetweetWithoutHandleRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        PlatformRuleIds.RetweetWithoutHandle,
        "Repost marker without the author",
        "'{match}' marks a repost but no @handle says whose words these are.",
        RuleCategories.Attribution,
        Severity.Warn,
        "Reposting someone's words without their name passes them off as yours; colleagues notice, and on a professional account it reads as plagiarism.")
    {
        DefaultSuggestion = "Name the author: \"RT @handle: …\", or use the platform's repost or quote button so the credit travels with the post.",
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        var text = context.Draft.Text;
        var m = Marker().Match(text);
        if (!m.Success) return;
        if (PostEntities.Of(context).Mentions.Count > 0) return;
        if (Credit().IsMatch(text)) return;
        context.Report(new TextSpan(m.Groups[1].Index, m.Groups[1].Length), confidence: 0.85);
    }

    [GeneratedRegex("""^\s*(RT|MT)(?=\s*:|\s+["“«]|\s*$)""", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    // Credit given some other way: "via Jane Doe", "h/t", "source:", a link.
    [GeneratedRegex(@"\b(?:via|h/t|hat tip|credit|source|courtesy of|originally (?:posted|by))\b|https?://", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Credit();
}
