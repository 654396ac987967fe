using Preround.Core.Engine;

namespace Preround.Rules.CoiUndisclosed;

/// <summary>Builds the disclosure text to put first and the rewritten post.</summary>
internal static class DisclosureFix
{
    /// <summary>The words to insert at the very start of the post.</summary>
    public static string Prefix(DisclosureAnalysis a)
    {
        var brand = a.Brand ?? "[Brand]";
        var kinds = a.Signals;
        var gift = false;
        var affiliate = false;
        foreach (var s in kinds)
        {
            if (s.Kind == "gift") gift = true;
            if (s.Kind is "affiliate") affiliate = true;
        }
        if (gift) return $"#ad — I received this free from {brand}. ";
        if (affiliate) return $"#ad — I earn a commission from {brand} on purchases through my link. ";
        return $"#ad — paid partnership with {brand}. ";
    }

    /// <summary>A concrete rewrite: the disclosure first, unclear or buried tags removed.</summary>
    public static string Suggest(RuleContext context, DisclosureAnalysis a)
    {
        var original = context.Draft.Text;
        var sb = new System.Text.StringBuilder(original.Length + 64);
        var cursor = 0;
        foreach (var tag in a.BuriedOrUnclearTags.OrderBy(t => t.Start))
        {
            var span = context.Text.ToOriginal(tag);
            if (span.Start < cursor) continue;
            sb.Append(original, cursor, span.Start - cursor);
            cursor = span.End;
        }
        sb.Append(original, cursor, original.Length - cursor);
        var body = System.Text.RegularExpressions.Regex.Replace(sb.ToString(), @"[ \t]{2,}", " ").Trim();
        return $"Put the disclosure first: \"{Prefix(a)}{body}\"";
    }
}
