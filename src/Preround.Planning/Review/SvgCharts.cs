using System.Globalization;
using System.Net;
using System.Text;

namespace Preround.Planning.Review;

/// <summary>Small inline SVG charts for the HTML review: no scripts, no external files, readable without colour.</summary>
internal static class SvgCharts
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Weekly posts as columns, with the target as a dashed line and the drop-off week marked.</summary>
    public static string Weekly(IReadOnlyList<WeeklyCount> weeks, int? target, string? dropWeek)
    {
        const int width = 720, height = 180, left = 32, bottom = 24, top = 10;
        if (weeks.Count == 0) return "";
        var max = Math.Max(1, Math.Max(weeks.Max(w => w.Posts), target ?? 0));
        var plotW = width - left - 8.0;
        var plotH = height - bottom - top;
        var bw = plotW / weeks.Count;
        var sb = Start(width, height, $"Original posts per ISO week, {weeks[0].Week} to {weeks[^1].Week}");
        for (var y = 0; y <= max; y += Math.Max(1, max / 4))
        {
            var py = top + plotH - y * plotH / max;
            sb.Append(F($"<line x1='{left}' x2='{width - 8}' y1='{py:0.#}' y2='{py:0.#}' class='grid'/><text x='{left - 6}' y='{py + 4:0.#}' class='axis' text-anchor='end'>{y}</text>"));
        }

        for (var i = 0; i < weeks.Count; i++)
        {
            var w = weeks[i];
            var h = w.Posts * plotH / max;
            var cls = w.Week == dropWeek ? "bar drop" : "bar";
            sb.Append(F($"<rect x='{left + i * bw + bw * 0.1:0.##}' y='{top + plotH - h:0.##}' width='{Math.Max(0.5, bw * 0.8):0.##}' height='{h:0.##}' class='{cls}'><title>{w.Week}: {w.Posts} posts, {w.Replies} replies, {w.Reposts} reposts</title></rect>"));
        }

        var dropIndex = dropWeek is null ? -1 : weeks.ToList().FindIndex(w => w.Week == dropWeek);
        if (dropIndex >= 0)
        {
            var x = left + dropIndex * bw;
            sb.Append(F($"<line x1='{x:0.#}' x2='{x:0.#}' y1='{top}' y2='{top + plotH}' class='dropline'/><text x='{x + 3:0.#}' y='{top + 10}' class='axis'>drop-off</text>"));
        }

        if (target is { } t)
        {
            var py = top + plotH - t * plotH / max;
            sb.Append(F($"<line x1='{left}' x2='{width - 8}' y1='{py:0.#}' y2='{py:0.#}' class='target'/><text x='{width - 10}' y='{py - 4:0.#}' class='axis' text-anchor='end'>target {t}/week</text>"));
        }

        var step = Math.Max(1, weeks.Count / 6);
        for (var i = 0; i < weeks.Count; i += step)
        {
            // NOTE: labels near the right edge are anchored at their end so they are not cut off.
            var anchor = i > weeks.Count - step ? "end" : "start";
            sb.Append(F($"<text x='{left + i * bw:0.#}' y='{height - 6}' class='axis' text-anchor='{anchor}'>{Esc(weeks[i].Week)}</text>"));
        }

        return sb.Append("</svg>").ToString();
    }

    /// <summary>A horizontal share bar with a marker at the recommended limit.</summary>
    public static string ShareBar(double share, double limit, string label)
    {
        const int width = 360, height = 40;
        var sb = Start(width, height, F($"{label}: {share * 100:0}% (limit {limit * 100:0}%)"));
        sb.Append(F($"<rect x='0' y='8' width='{width}' height='16' class='track'/>"));
        sb.Append(F($"<rect x='0' y='8' width='{share * width:0.#}' height='16' class='{(share > limit ? "bar over" : "bar")}'/>"));
        sb.Append(F($"<line x1='{limit * width:0.#}' x2='{limit * width:0.#}' y1='4' y2='28' class='limit'/>"));
        sb.Append(F($"<text x='{limit * width + 4:0.#}' y='38' class='axis'>{limit * 100:0}% limit</text>"));
        return sb.Append("</svg>").ToString();
    }

    /// <summary>Labelled horizontal bars, largest first (accounts, weekdays, topics).</summary>
    public static string Bars(IReadOnlyList<(string Label, double Value, string Tip)> items, string title, string unit)
    {
        const int width = 480, row = 22, labelW = 170;
        if (items.Count == 0) return "";
        var height = items.Count * row + 8;
        var max = Math.Max(1e-9, items.Max(i => i.Value));
        var sb = Start(width, height, title);
        for (var i = 0; i < items.Count; i++)
        {
            var (label, value, tip) = items[i];
            var w = value / max * (width - labelW - 60);
            var y = 4 + i * row;
            sb.Append(F($"<text x='{labelW - 6}' y='{y + 14}' class='label' text-anchor='end'>{Esc(Clip(label))}</text>"));
            sb.Append(F($"<rect x='{labelW}' y='{y + 3}' width='{Math.Max(1, w):0.#}' height='14' class='bar'><title>{Esc(tip)}</title></rect>"));
            sb.Append(F($"<text x='{labelW + w + 6:0.#}' y='{y + 14}' class='axis'>{Esc(unit == "%" ? (value * 100).ToString("0", Inv) + "%" : value.ToString("0.#", Inv))}</text>"));
        }

        return sb.Append("</svg>").ToString();
    }

    /// <summary>One stacked bar of originals, replies, thread replies and reposts.</summary>
    public static string Mix(MixReview m)
    {
        const int width = 480, height = 48;
        var parts = new (string Label, int Count, string Cls)[]
        {
            ("originals", m.Originals, "s1"), ("replies", m.Replies, "s2"), ("thread replies", m.SelfReplies, "s3"), ("reposts", m.Reposts, "s4"),
        };
        var total = Math.Max(1, m.Total);
        var sb = Start(width, height, $"Mix: {m.Originals} originals, {m.Replies} replies, {m.SelfReplies} thread replies, {m.Reposts} reposts");
        double x = 0;
        foreach (var (label, count, cls) in parts)
        {
            var w = count * (double)width / total;
            if (w <= 0) continue;
            sb.Append(F($"<rect x='{x:0.#}' y='4' width='{w:0.#}' height='18' class='{cls}'><title>{label}: {count}</title></rect>"));
            if (w > 60) sb.Append(F($"<text x='{x + 4:0.#}' y='38' class='axis'>{label} {count * 100.0 / total:0}%</text>"));
            x += w;
        }

        return sb.Append("</svg>").ToString();
    }

    private static StringBuilder Start(int width, int height, string title) =>
        new StringBuilder().Append(F($"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 {width} {height}' width='{width}' height='{height}' role='img' aria-label='{Esc(title)}'><title>{Esc(title)}</title>"));

    private static string Clip(string s) => s.Length > 26 ? s[..25] + "…" : s;

    internal static string Esc(string s) => WebUtility.HtmlEncode(s);

    private static string F(FormattableString s) => s.ToString(Inv);
}
