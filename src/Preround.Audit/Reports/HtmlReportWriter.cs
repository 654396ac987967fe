using System.Globalization;
using System.Net;
using System.Text;
using Preround.Archives.Model;
using Preround.Audit.Profile;
using Preround.Core.Domain;
using Preround.Core.Reporting;

namespace Preround.Audit.Reports;

/// <summary>
/// One self-contained HTML file: no scripts, fonts or stylesheets from elsewhere; charts are inline SVG. Meant to be
/// opened in a browser, read top to bottom in a few minutes, and printed if need be.
/// </summary>
public static class HtmlReportWriter
{
    private static string E(string? s) => WebUtility.HtmlEncode(s ?? "");

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Date(DateTimeOffset d) => d.UtcDateTime.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>Writes the report.</summary>
    public static void Write(TextWriter output, AuditSummary summary, ReportContext context)
    {
        var sb = new StringBuilder(256 * 1024);
        ReportHtml.Open(sb, "Archive audit");
        Header(sb, summary, context);
        Tiles(sb, summary);
        Headline(sb, summary);
        ReportHtml.Contents(sb, ("charts", "Charts"), ("patterns", "Patterns"), ("cleanup", "Clean-up list"), ("bio", "Bio"), ("riskiest", "Riskiest posts"), ("notes", "What was read"));
        sb.Append("<div class=\"grid2\" id=\"charts\">");
        sb.Append("<section class=\"card\"><h2>Findings by category</h2><p class=\"muted\">Posts flagged at warn or block severity; the darker part of each bar is block.</p>")
          .Append(SvgCharts.CategoryBars(summary.Categories)).Append("</section>");
        Verdicts(sb, summary);
        sb.Append("</div>");
        Timeline(sb, summary);
        Patterns(sb, summary);
        Cleanup(sb, summary);
        Profiles(sb, context.Profiles);
        Riskiest(sb, summary);
        Notes(sb, context.Notes);
        ReportHtml.Close(sb, "Made on this computer by Preround on " + context.GeneratedAt.UtcDateTime.ToString("d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture) +
                             ". Nothing in this report was sent anywhere. Findings are prompts for your judgement, not verdicts on you.");
        output.Write(sb.ToString());
    }

    private static void Header(StringBuilder sb, AuditSummary s, ReportContext c)
    {
        var platforms = string.Join(", ", s.Platforms.OrderByDescending(p => p.Value).Select(p => PlatformLabel(p.Key)));
        var period = s.FirstPostAt is { } f && s.LastPostAt is { } l ? $"{Date(f)} – {Date(l)}" : "no dated posts";
        ReportHtml.Header(sb, "Archive audit", "What your posting history says",
            E(platforms.Length > 0 ? platforms : "No posts") + " · " + E(period) + " · checked as <strong>" + E(RoleLabel(c.Author.Role)) +
            "</strong> · <span class=\"path\">" + E(Path.GetFileName(c.Source.TrimEnd('/', '\\'))) + "</span>");
    }

    private static void Tiles(StringBuilder sb, AuditSummary s)
    {
        var flaggedShare = s.TotalPosts == 0 ? 0 : s.FlaggedPosts / (double)s.TotalPosts;
        var blocks = s.Verdicts.GetValueOrDefault(Verdict.Block);
        sb.Append("<section class=\"tiles\">");
        Tile(sb, N(s.TotalPosts), "posts audited",
            $"{N(s.Kinds.GetValueOrDefault(PostKind.Original))} originals · {N(s.Kinds.GetValueOrDefault(PostKind.Reply))} replies · {N(s.Kinds.GetValueOrDefault(PostKind.Repost))} reposts", "");
        Tile(sb, N(s.FlaggedPosts), "flagged", flaggedShare.ToString("P1", CultureInfo.InvariantCulture) + " of all posts", s.FlaggedPosts > 0 ? "warn" : "ok");
        Tile(sb, N(blocks), "need action first", blocks > 0 ? "confidentiality or regulatory risk" : "nothing at the highest severity", blocks > 0 ? "block" : "ok");
        Tile(sb, N(s.DeletedPosts), "already deleted", "still in the archive, and perhaps elsewhere", "");
        sb.Append("</section>");
    }

    private static void Tile(StringBuilder sb, string value, string label, string detail, string tone) => ReportHtml.Tile(sb, value, label, detail, tone);

    private static void Headline(StringBuilder sb, AuditSummary s)
    {
        string text;
        if (s.TotalPosts == 0) text = "No posts could be read from this archive; see the import notes at the end.";
        else if (s.FlaggedPosts == 0) text = "Nothing in these posts was flagged. A committee searching your name would find a clean trail.";
        else
        {
            var top = s.Categories.Take(2).Select(c => c.Label).ToList();
            text = $"A committee reading this trail would most likely notice {string.Join(" and ", top)}. " +
                   (s.Verdicts.GetValueOrDefault(Verdict.Block) > 0 ? "Start with the posts marked block in the clean-up list below." : "Nothing reached block severity; the clean-up list below is about judgement, not breaches.");
        }
        sb.Append("<p class=\"headline\">").Append(E(text)).Append("</p>");
    }

    private static void Verdicts(StringBuilder sb, AuditSummary s)
    {
        sb.Append("<section class=\"card\"><h2>Verdicts</h2><p class=\"muted\">Each post is judged by its worst finding.</p><div class=\"stack\">");
        foreach (var v in new[] { Verdict.Block, Verdict.Warn, Verdict.Ok })
        {
            var n = s.Verdicts.GetValueOrDefault(v);
            var share = s.TotalPosts == 0 ? 0 : 100.0 * n / s.TotalPosts;
            if (n > 0) sb.Append(CultureInfo.InvariantCulture, $"<div style=\"width:{Math.Max(share, 0.8):0.##}%;background:{Palette.For(v)}\" title=\"{v.Name()}: {n:N0}\"></div>");
        }
        sb.Append("</div><table class=\"compact\">");
        foreach (var v in new[] { Verdict.Block, Verdict.Warn, Verdict.Ok })
        {
            var n = s.Verdicts.GetValueOrDefault(v);
            sb.Append(CultureInfo.InvariantCulture, $"<tr><td><span class=\"dot\" style=\"background:{Palette.For(v)}\"></span>{VerdictLabel(v)}</td><td class=\"num\">{n:N0}</td><td class=\"num muted\">{(s.TotalPosts == 0 ? 0 : n / (double)s.TotalPosts):P1}</td></tr>");
        }
        if (s.UncheckedPosts > 0)
            sb.Append(CultureInfo.InvariantCulture, $"<tr><td>Only partly checked</td><td class=\"num\">{s.UncheckedPosts:N0}</td><td></td></tr>");
        sb.Append("</table></section>");
    }

    private static void Timeline(StringBuilder sb, AuditSummary s)
    {
        var categories = s.Categories.Select(c => c.Category).ToList();
        sb.Append("<section class=\"card\"><h2>Month by month</h2><p class=\"muted\">Above: every post that month. Below, on its own scale: flagged posts by category.</p>")
          .Append(SvgCharts.Timeline(s.Timeline, categories)).Append("<ul class=\"legend\">");
        foreach (var c in s.Categories)
            sb.Append("<li><span class=\"dot\" style=\"background:").Append(Palette.For(c.Category)).Append("\"></span>").Append(E(SvgCharts.Capitalise(c.Label))).Append("</li>");
        sb.Append("</ul></section>");
    }

    private static void Patterns(StringBuilder sb, AuditSummary s)
    {
        sb.Append("<section class=\"card\" id=\"patterns\"><h2>Patterns over time</h2>");
        if (s.Patterns.Count == 0)
        {
            sb.Append("<p class=\"muted\">No theme recurs: no category was flagged in three posts or more.</p></section>");
            return;
        }
        sb.Append("<ul class=\"patterns\">");
        foreach (var p in s.Patterns)
        {
            sb.Append("<li>");
            if (p.Category != "trend") sb.Append(SvgCharts.Sparkline(s.Timeline, p.Category));
            sb.Append("<span>").Append(E(p.Sentence)).Append("</span></li>");
        }
        sb.Append("</ul></section>");
    }

    private static void Cleanup(StringBuilder sb, AuditSummary s)
    {
        var shown = s.Riskiest.GroupBy(r => r.Post.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Post.CreatedAt, StringComparer.Ordinal);
        sb.Append("<section class=\"card\" id=\"cleanup\"><h2>Clean-up, in order</h2><p class=\"muted\">Red: urgent, do these first. Amber: read each one again. Grey: good to know.</p><ol class=\"cleanup\">");
        foreach (var item in s.Cleanup)
        {
            var last = item.PostIds.Count == 0;
            var sev = item.Severity.Name();
            sb.Append("<li class=\"sev-item-").Append(sev).Append(last ? " erasure\">" : "\">")
              .Append("<span class=\"when sev-").Append(sev).Append("\">").Append(item.Severity switch { Severity.Block => "urgent", Severity.Warn => "review", _ => "note" }).Append("</span>")
              .Append("<strong>").Append(E(item.Title)).Append("</strong><p>").Append(E(item.Detail)).Append("</p>");
            var links = item.PostIds.Where(shown.ContainsKey).Take(12).ToList();
            if (links.Count > 0)
            {
                sb.Append("<p class=\"links\">");
                foreach (var id in links) sb.Append("<a href=\"#").Append(E(Anchor(id))).Append("\" title=\"").Append(E(id)).Append("\">").Append(E(Date(shown[id]))).Append("</a> ");
                if (item.PostIds.Count > links.Count) sb.Append("<span class=\"muted\">and ").Append(N(item.PostIds.Count - links.Count)).Append(" more (all are listed in the JSON and CSV reports)</span>");
                sb.Append("</p>");
            }
            else if (item.PostIds.Count > 0)
            {
                sb.Append("<p class=\"links muted\">Listed one by one in the JSON and CSV reports.</p>");
            }
            sb.Append("</li>");
        }
        sb.Append("</ol></section>");
    }

    private static void Profiles(StringBuilder sb, IReadOnlyList<ProfileAuditResult> profiles)
    {
        foreach (var p in profiles)
        {
            sb.Append("<section class=\"card\" id=\"bio\"><h2>Your ").Append(E(PlatformLabel(p.Platform))).Append(" bio</h2>");
            sb.Append("<blockquote class=\"bio\">").Append(p.Bio.Length == 0 ? "<span class=\"muted\">(empty)</span>" : Highlighter.Render(p.Bio, p.Findings)).Append("</blockquote>");
            sb.Append("<ul class=\"checklist\">");
            foreach (var item in p.Checklist)
                sb.Append("<li class=\"").Append(item.Status.ToString().ToLowerInvariant()).Append("\"><span class=\"mark\">")
                  .Append(item.Status switch { ChecklistStatus.Pass => "✓", ChecklistStatus.Fail => "✕", _ => "?" }).Append("</span><strong>")
                  .Append(E(item.Name)).Append("</strong> ").Append(E(item.Note)).Append("</li>");
            sb.Append("</ul>");
            FindingList(sb, p.Findings);
            sb.Append("</section>");
        }
    }

    private static void Riskiest(StringBuilder sb, AuditSummary s)
    {
        sb.Append("<section id=\"riskiest\"><h2 class=\"section-title\">Riskiest posts first</h2>");
        if (s.Riskiest.Count == 0) sb.Append("<p class=\"muted\">No post was flagged.</p>");
        foreach (var a in s.Riskiest)
        {
            var p = a.Post;
            sb.Append("<article class=\"post v-").Append(a.Verdict.Name()).Append("\" id=\"").Append(E(Anchor(p.Id))).Append("\"><div class=\"post-head\">");
            sb.Append("<span class=\"badge v-").Append(a.Verdict.Name()).Append("\">").Append(E(VerdictLabel(a.Verdict))).Append("</span>");
            sb.Append("<time>").Append(E(Date(p.CreatedAt))).Append("</time><span class=\"muted\">").Append(E(PlatformLabel(p.Platform))).Append(" · ").Append(E(p.Kind.Name()));
            if (p.IsDeleted) sb.Append(" · deleted ").Append(E(Date(p.DeletedAt!.Value)));
            if (p.Visibility is PostVisibility.Followers) sb.Append(" · followers only");
            sb.Append("</span>");
            if (SafeUrl(p.Url) is { } url) sb.Append("<a class=\"open\" href=\"").Append(E(url)).Append("\" rel=\"noreferrer noopener\" target=\"_blank\">Open original ↗</a>");
            sb.Append("</div><p class=\"text\">").Append(p.Text.Length == 0 ? "<span class=\"muted\">(no text)</span>" : Highlighter.Render(p.Text, a.Findings)).Append("</p>");
            FindingList(sb, a.Findings);
            if (a.CheckError is not null) sb.Append("<p class=\"muted\">Note: ").Append(E(a.CheckError)).Append(".</p>");
            sb.Append("</article>");
        }
        sb.Append("</section>");
    }

    private static void FindingList(StringBuilder sb, IReadOnlyList<Finding> findings)
    {
        if (findings.Count == 0) return;
        sb.Append("<ul class=\"findings\">");
        // NOTE: several findings on one post often carry the same whole-post rewrite; show it once, at the end.
        var shared = findings.Count > 1 && findings.All(f => f.Suggestion is { Length: > 0 } && f.Suggestion == findings[0].Suggestion) ? findings[0].Suggestion : null;
        foreach (var f in findings.OrderByDescending(f => f.Severity))
        {
            sb.Append("<li><span class=\"sev sev-").Append(f.Severity.Name()).Append("\">").Append(E(f.Severity.Name())).Append("</span>")
              .Append("<span class=\"cat\" style=\"color:").Append(Palette.For(f.Category)).Append("\">").Append(E(CategoryLabels.For(f.Category))).Append("</span> ")
              .Append(E(f.Message));
            if (shared is null && f.Suggestion is { Length: > 0 } suggestion) sb.Append("<div class=\"suggest\">").Append(E(suggestion)).Append("</div>");
            sb.Append("<span class=\"rule\">").Append(E(f.RuleId)).Append("</span></li>");
        }
        sb.Append("</ul>");
        if (shared is not null) sb.Append("<p class=\"rewrite\"><strong>Suggested rewrite:</strong> ").Append(E(shared)).Append("</p>");
    }

    private static void Notes(StringBuilder sb, IReadOnlyList<ImportNote> notes)
    {
        sb.Append("<section class=\"card\" id=\"notes\"><h2>What was read, and what was not</h2>");
        if (notes.Count == 0)
        {
            sb.Append("<p class=\"muted\">Every file was read in full.</p></section>");
            return;
        }
        sb.Append("<table class=\"notes\"><thead><tr><th></th><th>File</th><th>Where</th><th>Note</th></tr></thead><tbody>");
        foreach (var n in notes.OrderByDescending(n => n.Level))
            sb.Append("<tr><td><span class=\"lvl lvl-").Append(n.Level.ToString().ToLowerInvariant()).Append("\">").Append(E(n.Level.ToString().ToLowerInvariant()))
              .Append("</span></td><td class=\"path\">").Append(E(n.File)).Append("</td><td class=\"muted\">").Append(E(n.Position)).Append("</td><td>").Append(E(n.Message)).Append("</td></tr>");
        sb.Append("</tbody></table></section>");
    }

    internal static string Anchor(string id)
    {
        var sb = new StringBuilder("post-");
        foreach (var c in id) sb.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        return sb.ToString();
    }

    // NOTE: only http(s) links become href: an archive could carry a javascript: URL.
    private static string? SafeUrl(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttps || u.Scheme == Uri.UriSchemeHttp) ? u.AbsoluteUri : null;

    private static string VerdictLabel(Verdict v) => v switch { Verdict.Block => "Block", Verdict.Warn => "Warn", _ => "OK" };

    internal static string PlatformLabel(Platform p) => p switch
    {
        Platform.X => "X", Platform.LinkedIn => "LinkedIn", Platform.TikTok => "TikTok", _ => p.ToString(),
    };

    private static string RoleLabel(AuthorRole r) => r switch
    {
        AuthorRole.Unknown => "role not given",
        AuthorRole.Ms1 or AuthorRole.Ms2 or AuthorRole.Ms3 or AuthorRole.Ms4 => $"medical student ({r.Name().ToUpperInvariant()})",
        AuthorRole.Np => "nurse practitioner",
        AuthorRole.Pa => "physician assistant",
        _ => r.Name(),
    };
}
