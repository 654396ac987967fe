using System.Net;
using System.Text;
using Preround.Core.Domain;

namespace Preround.Audit.Reports;

/// <summary>Renders post text as HTML with every flagged span marked by its worst severity.</summary>
internal static class Highlighter
{
    public static string Render(string text, IReadOnlyList<Finding> findings)
    {
        var spans = findings.Where(f => f.Span.Length > 0 && f.Span.Start >= 0 && f.Span.End <= text.Length).ToList();
        if (spans.Count == 0) return Encode(text);
        // NOTE: spans may overlap; cut the text at every boundary and give each piece the worst severity covering it.
        var cuts = spans.SelectMany(f => new[] { f.Span.Start, f.Span.End }).Append(0).Append(text.Length).Distinct().Order().ToList();
        var sb = new StringBuilder(text.Length + spans.Count * 64);
        for (var i = 0; i < cuts.Count - 1; i++)
        {
            var start = cuts[i];
            var end = cuts[i + 1];
            var piece = text[start..end];
            var covering = spans.Where(f => f.Span.Start <= start && f.Span.End >= end).ToList();
            if (covering.Count == 0)
            {
                sb.Append(Encode(piece));
                continue;
            }
            var worst = covering.Max(f => f.Severity);
            var title = string.Join(" · ", covering.Select(f => $"{f.RuleId}: {f.Message}").Distinct());
            sb.Append("<mark class=\"sev-").Append(worst.Name()).Append("\" title=\"").Append(WebUtility.HtmlEncode(title)).Append("\">")
              .Append(Encode(piece)).Append("</mark>");
        }
        return sb.ToString();
    }

    private static string Encode(string s) => WebUtility.HtmlEncode(s).Replace("\n", "<br>");
}
