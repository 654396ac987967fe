using Preround.Archives;
using Preround.Planning.Review;
using static Preround.Web.Pages.Html;

namespace Preround.Web.Pages;

/// <summary>The review: upload a posting history, read the charts (inline SVG) and the next actions in the page.</summary>
internal static class ReviewPage
{
    public static string Render(string token, string? error, IDictionary<string, string[]>? errors, ReviewReport? report, string? fileName)
    {
        var result = report is null ? "" : $"""
            <section class="card review-report" id="review" aria-label="Review of {E(fileName ?? "your history")}">
              {ReviewHtmlWriter.Body(report, topLevel: 2)}
              <p class="muted">Read from {E(fileName ?? "the upload")}; the file was deleted as soon as it was read.</p>
            </section>
            """;
        var content = $$"""
            <form method="post" action="/plan/review" enctype="multipart/form-data" class="card stack review-form" aria-labelledby="upload-title" id="review-form" data-upload="fetch">
              {{token}}
              <div class="card-head"><h2 id="upload-title">Upload your history</h2></div>
              <div class="field"><label for="history">Archive or export</label><input id="history" name="history" type="file" required aria-describedby="history-help"></div>
              <p id="history-help" class="hint">A platform archive (X, Mastodon, Bluesky, Facebook, Instagram, LinkedIn), a folder's .zip, or a CSV/JSONL with a date and text column. It is read here, compared with your strategy and queue, and deleted; nothing is kept.</p>
              <div class="form-row">
                <div class="field"><label for="high-profile">High-profile accounts you reply to</label><input id="high-profile" name="high_profile" type="text" placeholder="celebdoc, bigjournal"></div>
                <div class="field"><label for="archive-format">Format</label><select id="archive-format" name="archive_format"><option value="">Detect</option>{{Options(ArchiveImporter.FormatNames.Select(f => (f, f == "x" ? "X" : char.ToUpperInvariant(f[0]) + f[1..])), null)}}</select></div>
              </div>
              {{PlanFrame.Errors(errors)}}
              <div><button type="submit" class="btn btn-primary">Review</button> <span class="hint" id="review-busy" data-busy hidden role="status">Reading the archive…</span></div>
            </form>
            {{result}}
            """;
        return PlanFrame.Page("Review", "review", "How your posting measures against your plan: cadence, promotion, variety, engagement and networking, with next actions.", content, null, error, "plan.js");
    }
}
