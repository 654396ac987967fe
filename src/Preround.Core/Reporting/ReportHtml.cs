using System.Net;
using System.Text;

namespace Preround.Core.Reporting;

/// <summary>The page shell and small components both HTML reports are built from (see <see cref="ReportStyle"/>).</summary>
public static class ReportHtml
{
    /// <summary>HTML-encodes text for an element or attribute.</summary>
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>Doctype, a content security policy that forbids loading anything, the title and the shared stylesheet; opens &lt;main&gt;.</summary>
    public static void Open(StringBuilder sb, string title)
    {
        sb.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        sb.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">");
        sb.Append("<title>").Append(Encode(title)).Append(" · Preround</title><style>").Append(ReportStyle.Css).Append("</style></head><body><main>");
    }

    /// <summary>The brand line, the headline and a line of context (already-encoded HTML).</summary>
    public static void Header(StringBuilder sb, string kind, string headline, string metaHtml)
    {
        sb.Append("<header><div class=\"brand\">Preround <span>· ").Append(Encode(kind)).Append("</span></div>");
        sb.Append("<h1>").Append(Encode(headline)).Append("</h1><p class=\"meta\">").Append(metaHtml).Append("</p></header>");
    }

    /// <summary>A summary figure; <paramref name="tone"/> is "", "ok", "warn" or "block" (the coloured top edge).</summary>
    public static void Tile(StringBuilder sb, string value, string label, string detail, string tone = "") =>
        sb.Append("<div class=\"tile ").Append(tone).Append("\"><div class=\"value\">").Append(Encode(value)).Append("</div><div class=\"label\">")
          .Append(Encode(label)).Append("</div><div class=\"detail\">").Append(Encode(detail)).Append("</div></div>");

    /// <summary>Links to the page's sections (hidden when printed).</summary>
    public static void Contents(StringBuilder sb, params (string Anchor, string Label)[] sections)
    {
        sb.Append("<nav class=\"toc\" aria-label=\"Contents\">");
        foreach (var (anchor, label) in sections) sb.Append("<a href=\"#").Append(Encode(anchor)).Append("\">").Append(Encode(label)).Append("</a>");
        sb.Append("</nav>");
    }

    /// <summary>The footer (privacy promise) and the closing tags.</summary>
    public static void Close(StringBuilder sb, string footer)
    {
        sb.Append("<footer><p>").Append(Encode(footer)).Append("</p></footer></main></body></html>");
    }
}
