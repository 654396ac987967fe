using Preround.Core.Domain;
using Preround.Core.Engine;

namespace Preround.Platforms.Rules;

/// <summary>The post is only a link (perhaps with hashtags, mentions, emoji or punctuation): nothing says why it is worth opening.</summary>
public sealed class LinkOnlyRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        PlatformRuleIds.LinkOnly,
        "Only a link",
        "The post is only a link ('{match}'); say in a line why it is worth reading.",
        RuleCategories.PlatformFit,
        Severity.Info,
        "Readers scroll past a bare link, and a link with no comment can look like an endorsement of everything behind it; a sentence of your own takeaway makes clear what you vouch for.")
    {
        DefaultSuggestion = "Add one line with your takeaway, e.g. \"Useful summary of the new sepsis bundle, especially the fluids section:\" before the link.",
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        var text = context.Draft.Text;
        if (text.IndexOf('.') < 0) return;
        var entities = PostEntities.Of(context);
        if (entities.Urls.Count == 0) return;

        // Everything outside links, hashtags and mentions must be free of words (letters or digits).
        var covered = new bool[text.Length];
        foreach (var u in entities.Urls) Array.Fill(covered, true, u.Start, u.End - u.Start);
        foreach (var h in entities.Hashtags) Array.Fill(covered, true, h.Start, h.End - h.Start);
        foreach (var (start, end) in entities.Mentions) Array.Fill(covered, true, start, end - start);
        for (var i = 0; i < text.Length; i++)
        {
            if (!covered[i] && char.IsLetterOrDigit(text[i])) return;
        }
        var first = entities.Urls[0];
        context.Report(new TextSpan(first.Start, first.End - first.Start), confidence: 0.9);
    }
}
