using System.Globalization;
using System.Net;
using System.Text;

namespace Preround.Audit.Reports;

/// <summary>The report's charts as inline SVG: no scripts, no external files, readable when printed.</summary>
internal static class SvgCharts
{
    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    private static string E(string s) => WebUtility.HtmlEncode(s);

    /// <summary>Horizontal bars: posts flagged per category, the block share drawn darker inside each bar.</summary>
    public static string CategoryBars(IReadOnlyList<CategoryCount> categories)
    {
        if (categories.Count == 0) return "<p class=\"muted\">No category was flagged.</p>";
        const int width = 520, labelWidth = 230, row = 30, barHeight = 16;
        var max = categories.Max(c => c.Posts);
        var height = categories.Count * row + 8;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"Posts flagged by category\">");
        for (var i = 0; i < categories.Count; i++)
        {
            var c = categories[i];
            var y = i * row + 6;
            var full = (width - labelWidth - 60) * (double)c.Posts / max;
            var block = full * c.BlockPosts / Math.Max(1, c.Posts);
            var color = Palette.For(c.Category);
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth - 10}\" y=\"{y + 12}\" text-anchor=\"end\" class=\"axis-label\">{E(Capitalise(c.Label))}</text>");
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" y=\"{y}\" width=\"{F(Math.Max(full, 2))}\" height=\"{barHeight}\" rx=\"3\" fill=\"{color}\" fill-opacity=\"0.55\"><title>{E(c.Label)}: {c.Posts:N0} posts</title></rect>");
            if (block > 0)
                sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" y=\"{y}\" width=\"{F(Math.Max(block, 2))}\" height=\"{barHeight}\" rx=\"3\" fill=\"{color}\"><title>{c.BlockPosts:N0} of them at block severity</title></rect>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(labelWidth + Math.Max(full, 2) + 8)}\" y=\"{y + 12}\" class=\"value-label\">{c.Posts:N0}</text>");
        }
        sb.Append("</svg>");
        return sb.ToString();
    }

    /// <summary>
    /// Month by month in two panels sharing the time axis: all posts above, and below, on its own scale, flagged posts
    /// stacked by category (on one shared scale a few flagged posts a month would vanish under hundreds of ordinary ones).
    /// </summary>
    public static string Timeline(IReadOnlyList<MonthBucket> months, IReadOnlyList<string> categories)
    {
        if (months.Count == 0) return "<p class=\"muted\">No dated posts.</p>";
        const int width = 1040, left = 52, right = 10, volumeTop = 18, volumeHeight = 64, gap = 30, flagHeight = 150, bottom = 26;
        const int flagTop = volumeTop + volumeHeight + gap;
        const int height = flagTop + flagHeight + bottom;
        var plotWidth = width - left - right;
        var maxPosts = Math.Max(1, months.Max(m => m.Posts));
        var maxFlagged = Math.Max(1, months.Max(m => categories.Sum(c => m.Categories.GetValueOrDefault(c))));
        var step = plotWidth / (double)months.Count;
        var barWidth = Math.Max(1, step * 0.78);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"Posts and flagged posts per month\">");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{left}\" y=\"{volumeTop - 6}\" class=\"axis-label\">All posts (most in a month: {maxPosts:N0})</text>");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{left}\" y=\"{flagTop - 8}\" class=\"axis-label\">Flagged posts by category</text>");
        foreach (var tick in Ticks(maxFlagged))
        {
            var y = flagTop + flagHeight - flagHeight * tick / (double)maxFlagged;
            sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" x2=\"{width - right}\" y1=\"{F(y)}\" y2=\"{F(y)}\" class=\"grid\"/><text x=\"{left - 6}\" y=\"{F(y + 4)}\" text-anchor=\"end\" class=\"axis-label\">{tick:N0}</text>");
        }
        for (var i = 0; i < months.Count; i++)
        {
            var m = months[i];
            var x = left + i * step + (step - barWidth) / 2;
            var month = m.Month.ToString("MMM yyyy", CultureInfo.InvariantCulture);
            if (m.Posts > 0)
            {
                var h = Math.Max(1, volumeHeight * m.Posts / (double)maxPosts);
                sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(x)}\" y=\"{F(volumeTop + volumeHeight - h)}\" width=\"{F(barWidth)}\" height=\"{F(h)}\" class=\"volume\"><title>{month}: {m.Posts:N0} posts, {m.FlaggedPosts:N0} flagged</title></rect>");
            }
            var stacked = 0.0;
            foreach (var category in categories)
            {
                var count = m.Categories.GetValueOrDefault(category);
                if (count == 0) continue;
                var h = flagHeight * count / (double)maxFlagged;
                stacked += h;
                sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(x)}\" y=\"{F(flagTop + flagHeight - stacked)}\" width=\"{F(barWidth)}\" height=\"{F(h)}\" fill=\"{Palette.For(category)}\"><title>{month}: {count:N0} flagged for {E(CategoryLabels.For(category))}</title></rect>");
            }
            if (m.Month.Month == 1 || i == 0)
            {
                var label = months.Count > 30 ? m.Month.Year.ToString(CultureInfo.InvariantCulture) : m.Month.ToString("MMM yy", CultureInfo.InvariantCulture);
                sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(x)}\" x2=\"{F(x)}\" y1=\"{volumeTop}\" y2=\"{flagTop + flagHeight + 5}\" class=\"grid\"/><text x=\"{F(x)}\" y=\"{height - 8}\" class=\"axis-label\">{label}</text>");
            }
            else if (months.Count <= 30)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(x + barWidth / 2)}\" y=\"{height - 8}\" text-anchor=\"middle\" class=\"axis-label minor\">{m.Month.ToString("MMM", CultureInfo.InvariantCulture)[..1]}</text>");
            }
        }
        sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" x2=\"{width - right}\" y1=\"{volumeTop + volumeHeight}\" y2=\"{volumeTop + volumeHeight}\" class=\"axis\"/>");
        sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" x2=\"{width - right}\" y1=\"{flagTop + flagHeight}\" y2=\"{flagTop + flagHeight}\" class=\"axis\"/>");
        sb.Append("</svg>");
        return sb.ToString();
    }

    /// <summary>A small per-category sparkline for the patterns list.</summary>
    public static string Sparkline(IReadOnlyList<MonthBucket> months, string category)
    {
        const int width = 160, height = 28;
        if (months.Count == 0) return "";
        var max = Math.Max(1, months.Max(m => m.Categories.GetValueOrDefault(category)));
        var step = width / (double)months.Count;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg class=\"spark\" viewBox=\"0 0 {width} {height}\" aria-hidden=\"true\"><line x1=\"0\" x2=\"{width}\" y1=\"{height - 1}\" y2=\"{height - 1}\" class=\"axis\"/>");
        for (var i = 0; i < months.Count; i++)
        {
            var n = months[i].Categories.GetValueOrDefault(category);
            if (n == 0) continue;
            var h = (height - 3) * n / (double)max;
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(i * step)}\" y=\"{F(height - 1 - h)}\" width=\"{F(Math.Max(1, step * 0.8))}\" height=\"{F(h)}\" fill=\"{Palette.For(category)}\"/>");
        }
        sb.Append("</svg>");
        return sb.ToString();
    }

    private static IEnumerable<int> Ticks(int max)
    {
        var raw = max / 4.0;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(Math.Max(1, raw))));
        var step = (int)Math.Max(1, new[] { 1, 2, 5, 10 }.Select(s => s * magnitude).First(s => s >= raw));
        for (var t = step; t <= max; t += step) yield return t;
    }

    internal static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
