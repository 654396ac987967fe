using System.Text;
using System.Text.RegularExpressions;
using static Preround.Web.Pages.Html;

namespace Preround.Web.Pages;

/// <summary>
/// Enough Markdown for the rule pages: headings, paragraphs, lists, code blocks, inline code, bold, italics and links.
/// Everything is encoded first, so a page can never inject markup.
/// </summary>
internal static partial class Markdown
{
    public static string ToHtml(string markdown)
    {
        var html = new StringBuilder();
        var paragraph = new List<string>();
        string? list = null;
        var inCode = false;
        foreach (var raw in markdown.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                Flush();
                html.Append(inCode ? "</code></pre>" : "<pre><code>");
                inCode = !inCode;
                continue;
            }
            if (inCode) { html.Append(E(raw)).Append('\n'); continue; }
            if (line.Length == 0) { Flush(); continue; }
            var heading = HeadingPattern().Match(line);
            if (heading.Success)
            {
                Flush();
                // Page headings sit under the page's own h1.
                var level = Math.Min(6, heading.Groups[1].Length + 1);
                html.Append($"<h{level}>{Inline(heading.Groups[2].Value)}</h{level}>");
                continue;
            }
            var item = ItemPattern().Match(line);
            if (item.Success)
            {
                FlushParagraph();
                var kind = char.IsDigit(item.Groups[1].Value[0]) ? "ol" : "ul";
                if (list != kind) { CloseList(); html.Append($"<{kind}>"); list = kind; }
                html.Append($"<li>{Inline(item.Groups[2].Value)}</li>");
                continue;
            }
            CloseList();
            paragraph.Add(line.Trim());
        }
        if (inCode) html.Append("</code></pre>");
        Flush();
        return html.ToString();

        void FlushParagraph()
        {
            if (paragraph.Count == 0) return;
            html.Append("<p>").Append(Inline(string.Join(' ', paragraph))).Append("</p>");
            paragraph.Clear();
        }

        void CloseList()
        {
            if (list is null) return;
            html.Append($"</{list}>");
            list = null;
        }

        void Flush()
        {
            FlushParagraph();
            CloseList();
        }
    }

    private static string Inline(string text)
    {
        var encoded = E(text);
        encoded = CodePattern().Replace(encoded, "<code>$1</code>");
        encoded = BoldPattern().Replace(encoded, "<strong>$1</strong>");
        encoded = ItalicPattern().Replace(encoded, "<em>$1</em>");
        // Only http(s) and site-relative links; anything else stays text.
        encoded = LinkPattern().Replace(encoded, m =>
        {
            var href = m.Groups[2].Value;
            var ok = href.StartsWith("https://", StringComparison.Ordinal) || href.StartsWith("http://", StringComparison.Ordinal) || href.StartsWith('/');
            return ok ? $"<a href=\"{href}\" rel=\"noreferrer\">{m.Groups[1].Value}</a>" : m.Groups[1].Value;
        });
        return encoded;
    }

    [GeneratedRegex(@"^(#{1,5})\s+(.*)$")]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"^\s*([-*]|\d+\.)\s+(.*)$")]
    private static partial Regex ItemPattern();

    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"\*\*([^*]+)\*\*")]
    private static partial Regex BoldPattern();

    [GeneratedRegex(@"(?<![*\w])_([^_]+)_(?![\w])")]
    private static partial Regex ItalicPattern();

    [GeneratedRegex(@"\[([^\]]+)\]\(([^)\s]+)\)")]
    private static partial Regex LinkPattern();
}
