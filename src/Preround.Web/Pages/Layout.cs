using static Preround.Web.Pages.Html;

namespace Preround.Web.Pages;

/// <summary>The frame every page shares: header with navigation, main content, the page's own scripts. No inline script or style (the CSP forbids both).</summary>
internal static class Layout
{
    private static readonly (string Href, string Label, string Key)[] Nav =
    [
        ("/", "Compose", "compose"),
        ("/audit", "Audit", "audit"),
        ("/plan", "Plan", "plan"),
        ("/rules", "Rules", "rules"),
        ("/settings", "Settings", "settings"),
    ];

    public static string Page(string title, string active, string main, params string[] scripts) =>
        $$"""
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light">
        <title>{{E(title)}} · Preround</title>
        <link rel="stylesheet" href="/assets/app.css">
        <link rel="stylesheet" href="/assets/plan.css">
        <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
        </head>
        <body>
        <a class="skip" href="#main">Skip to content</a>
        <header class="topbar">
          <a class="brand" href="/" aria-label="Preround home">
            <svg class="brand-mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><rect x="2" y="2" width="20" height="20" rx="6"/><path d="M7 12.5l3.2 3.2L17 8.8"/></svg>
            <span>Preround</span>
          </a>
          <nav aria-label="Main">
            <ul>{{string.Concat(Nav.Select(n => $"<li><a href=\"{n.Href}\"{(n.Key == active ? " aria-current=\"page\"" : "")}>{E(n.Label)}</a></li>"))}}</ul>
          </nav>
          <span class="local-badge" title="Everything runs on this computer; nothing is sent anywhere.">
            <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M4 7V5a4 4 0 1 1 8 0v2h.5A1.5 1.5 0 0 1 14 8.5v5a1.5 1.5 0 0 1-1.5 1.5h-9A1.5 1.5 0 0 1 2 13.5v-5A1.5 1.5 0 0 1 3.5 7H4zm2 0h4V5a2 2 0 1 0-4 0v2z"/></svg>
            Local only
          </span>
        </header>
        <main id="main" tabindex="-1">
        {{main}}
        </main>
        {{string.Concat(scripts.Prepend("csrf.js").Select(s => $"<script src=\"/assets/{E(s)}\" defer></script>"))}}
        </body>
        </html>
        """;

    /// <summary>The page shown to a browser without the access token.</summary>
    public static string TokenPage() => Page("Access token required", "", """
        <section class="narrow card">
          <h1>Access token required</h1>
          <p>This Preround app was started with an access token. Open the address that <code>preround serve</code> printed
          (it ends in <code>?token=…</code>), or enter the token here.</p>
          <form method="get" action="/" class="stack">
            <label for="token">Access token</label>
            <input id="token" name="token" type="password" autocomplete="off" required minlength="16">
            <button type="submit" class="btn btn-primary">Continue</button>
          </form>
        </section>
        """);
}
