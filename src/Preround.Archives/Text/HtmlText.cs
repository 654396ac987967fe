using System.Net;
using System.Text;

namespace Preround.Archives.Text;

/// <summary>Turns the small HTML of a Mastodon note or bio into the text a reader saw.</summary>
public static class HtmlText
{
    /// <summary>Paragraphs become blank lines, <c>&lt;br&gt;</c> becomes a newline, tags go, entities are decoded.</summary>
    // NOTE: a hand-rolled scanner rather than an HTML parser: the input is the platform's own sanitised subset
    // (p, br, a, span), it runs once per post over large archives, and nothing here is ever rendered.
    public static string ToText(string? html)
    {
        if (string.IsNullOrEmpty(html)) return "";
        var sb = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c != '<')
            {
                var next = html.IndexOf('<', i);
                if (next < 0) next = html.Length;
                sb.Append(html, i, next - i);
                i = next;
                continue;
            }
            var end = html.IndexOf('>', i + 1);
            if (end < 0)
            {
                sb.Append(html, i, html.Length - i);
                break;
            }
            var tag = html.AsSpan(i + 1, end - i - 1).Trim();
            var closing = tag.StartsWith("/");
            if (closing) tag = tag[1..];
            var nameEnd = tag.IndexOfAny(' ', '/', '\t');
            var name = (nameEnd < 0 ? tag : tag[..nameEnd]).ToString().ToLowerInvariant();
            if (name == "br") sb.Append('\n');
            else if (name == "p" && closing) sb.Append("\n\n");
            else if (name == "li" && !closing) sb.Append("\n• ");
            i = end + 1;
        }
        return WebUtility.HtmlDecode(sb.ToString()).Trim();
    }
}
