using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Preround.Archives;
using Preround.Web.Hosting;
using static Preround.Web.Pages.Html;

namespace Preround.Web.Pages;

/// <summary>The audit page: upload an archive, watch it being checked, read the report, download it.</summary>
internal static class AuditPage
{
    private static readonly (string Value, string Label)[] Sources =
    [
        ("", "Recognise it"), ("x", "X (Twitter)"), ("mastodon", "Mastodon"), ("bluesky", "Bluesky"), ("facebook", "Facebook"),
        ("instagram", "Instagram"), ("linkedin", "LinkedIn"), ("generic", "CSV or JSON Lines"),
    ];

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/audit", (WebOptions options) => PageEndpoints.Html(Render(options))).ExcludeFromDescription();

    public static string Render(WebOptions options) => Layout.Page("Audit", "audit", $$"""
        <div class="page audit">
          <div class="pane-head">
            <h1>Audit your archive</h1>
            <p class="lede">See what a selection committee or a patient would find in your posting history. The archive is read on
            this computer, checked post by post, and deleted as soon as it has been read; the report stays in this app's memory
            until you forget it or {{options.Audit.ResultLifetime.TotalMinutes:0}} minutes pass.</p>
          </div>

          <section class="card" id="upload-card" aria-labelledby="upload-title">
            <div class="card-head"><h2 id="upload-title">Archive</h2></div>
            <form id="audit-form" class="audit-form" enctype="multipart/form-data" method="post" action="/api/audit" novalidate>
              <div class="field grow drop" id="drop">
                <label for="archive">Archive file</label>
                <input id="archive" name="archive" type="file" required aria-describedby="archive-hint"
                  accept=".zip,.js,.json,.car,.csv,.jsonl,.ndjson,.tar,.gz,.tgz">
                <p id="archive-hint" class="hint">The .zip your platform sends (X, Mastodon, Facebook, Instagram, LinkedIn), a Bluesky
                <code>.car</code> repository, or one exported file such as <code>tweets.js</code>, <code>outbox.json</code> or
                <code>Shares.csv</code>. At most {{options.MaxUploadBytes >> 20:N0}} MiB.</p>
              </div>
              <div class="form-row">
                <div class="field"><label for="audit-role">Check the posts as</label><select id="audit-role" name="role" data-pref="role">{{Options(ComposePage.Roles, "unknown")}}</select></div>
                <div class="field"><label for="audit-account">Account</label><select id="audit-account" name="account" data-pref="account">{{Options(ComposePage.Accounts, "professional")}}</select></div>
                <div class="field"><label for="audit-specialty">Specialty</label><input id="audit-specialty" name="specialty" type="text" maxlength="100" autocomplete="off" data-pref="specialty" placeholder="e.g. cardiology"></div>
              </div>
              <details class="more">
                <summary>More options</summary>
                <div class="form-row">
                  <div class="field"><label for="audit-source">Format</label><select id="audit-source" name="source">{{Options(Sources, "")}}</select></div>
                  <div class="field"><label for="audit-platform">Platform of a CSV</label><select id="audit-platform" name="platform"><option value="">Not set</option>{{Options(ComposePage.Platforms, null)}}</select></div>
                  <div class="field"><label for="audit-text-column">Text column</label><input id="audit-text-column" name="text_column" type="text" maxlength="100" autocomplete="off" placeholder="text"></div>
                  <div class="field"><label for="audit-date-column">Date column</label><input id="audit-date-column" name="date_column" type="text" maxlength="100" autocomplete="off" placeholder="date"></div>
                </div>
                <label class="check"><input id="audit-skip-reposts" name="skip_reposts" type="checkbox" value="true"> Leave out reposts (retweets, boosts)</label>
              </details>
              <div class="form-actions">
                <button type="submit" class="btn btn-primary" id="audit-start">Start audit</button>
                <span class="muted">Formats read: {{E(string.Join(", ", ArchiveImporter.FormatNames))}}.</span>
              </div>
            </form>
            <div id="audit-error" class="alert alert-block" role="alert" hidden></div>
          </section>

          <section class="card" id="progress-card" aria-labelledby="progress-title" hidden>
            <div class="card-head"><h2 id="progress-title">Checking <span id="progress-file" class="mono"></span></h2>
              <button type="button" class="btn btn-small" id="audit-cancel">Cancel</button></div>
            <progress id="audit-progress" aria-labelledby="progress-text"></progress>
            <p id="progress-text" class="muted" role="status" aria-live="polite">Uploading…</p>
          </section>

          <section id="result" aria-labelledby="result-title" hidden>
            <div class="card result-head">
              <div class="card-head">
                <h2 id="result-title">Report for <span id="result-file" class="mono"></span></h2>
                <a class="btn btn-small" id="download-html" href="#" download>Download HTML</a>
                <a class="btn btn-small" id="download-json" href="#" download>JSON</a>
                <a class="btn btn-small" id="download-csv" href="#" download>CSV</a>
                <button type="button" class="btn btn-small btn-quiet" id="audit-forget">Forget this audit</button>
              </div>
              <dl class="tiles" id="result-tiles"></dl>
            </div>
            <iframe id="report-frame" class="report-frame" title="Audit report" sandbox="allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>
          </section>
        </div>
        """, "prefs.js", "audit.js");
}
