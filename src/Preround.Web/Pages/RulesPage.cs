using Preround.Core.Domain;
using Preround.Core.Engine;
using static Preround.Web.Pages.Html;

namespace Preround.Web.Pages;

/// <summary>The rules browser: every rule in force, and each rule's page.</summary>
internal static class RulesPage
{
    public static string List(Analyzer analyzer)
    {
        var rules = analyzer.Rules.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        var categories = rules.Select(r => r.Category).Distinct().Order(StringComparer.Ordinal).ToList();
        var rows = string.Concat(rules.Select(r =>
        {
            var enabled = analyzer.Policy.IsEnabled(r);
            var severity = enabled ? (analyzer.Policy.SeverityFor(r) ?? r.DefaultSeverity).Name() : "off";
            return $"""
                <tr data-category="{E(r.Category)}" data-search="{E((r.Id + " " + r.Title + " " + r.Category).ToLowerInvariant())}">
                  <td><a href="/rules/{Uri.EscapeDataString(r.Id)}" class="mono">{E(r.Id)}</a></td>
                  <td>{E(r.Title)}</td>
                  <td><span class="tag">{E(Category(r.Category))}</span></td>
                  <td><span class="sev sev-{E(severity)}">{E(SeverityLabel(severity))}</span></td>
                </tr>
                """;
        }));
        var body = rules.Count == 0
            ? "<p class=\"empty\">No rules are loaded. Rules arrive with the checker; a policy file can add your organisation's own.</p>"
            : $$"""
              <div class="toolbar" role="search">
                <div class="field grow"><label for="rule-filter">Search rules</label><input id="rule-filter" type="search" placeholder="Id, title or category" autocomplete="off"></div>
                <div class="field"><label for="rule-category">Category</label><select id="rule-category"><option value="">All categories</option>{{Options(categories.Select(c => (c, Category(c))), null)}}</select></div>
              </div>
              <table class="data" id="rules-table">
                <caption class="sr-only">Rules</caption>
                <thead><tr><th scope="col">Id</th><th scope="col">What it finds</th><th scope="col">Category</th><th scope="col">Severity</th></tr></thead>
                <tbody>{{rows}}</tbody>
              </table>
              <p class="muted" id="rule-count" role="status">{{rules.Count}} rules</p>
              """;
        return Layout.Page("Rules", "rules", $$"""
            <div class="page">
              <div class="pane-head"><h1>Rules</h1><p class="lede">What the checker looks for, why it matters, and how severe each finding is under your policy.</p></div>
              <section class="card">{{body}}</section>
            </div>
            """, "rules.js");
    }

    public static string? Detail(Analyzer analyzer, string id)
    {
        var rule = analyzer.Rules.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));
        if (rule is null) return null;
        var enabled = analyzer.Policy.IsEnabled(rule);
        var severity = enabled ? (analyzer.Policy.SeverityFor(rule) ?? rule.DefaultSeverity).Name() : "off";
        var doc = RuleDocs.Find(rule.Id);
        var docHtml = doc is null ? "" : $"<section class=\"card prose\">{Markdown.ToHtml(doc)}</section>";
        return Layout.Page($"{rule.Id} {rule.Title}", "rules", $$"""
            <div class="page narrow-page">
              <p class="crumbs"><a href="/rules">Rules</a> <span aria-hidden="true">/</span> <span class="mono">{{E(rule.Id)}}</span></p>
              <div class="pane-head"><h1><span class="mono">{{E(rule.Id)}}</span> {{E(rule.Title)}}</h1></div>
              <section class="card">
                <dl class="facts">
                  <div><dt>Category</dt><dd><span class="tag">{{E(Category(rule.Category))}}</span></dd></div>
                  <div><dt>Severity</dt><dd><span class="sev sev-{{E(severity)}}">{{E(SeverityLabel(severity))}}</span></dd></div>
                  <div><dt>Offers a fix</dt><dd>{{(rule.OffersSuggestion ? "Yes" : "No")}}</dd></div>
                </dl>
                <h2>Why it matters</h2>
                <p>{{E(rule.Rationale)}}</p>
                <h2>Message</h2>
                <p class="mono-block">{{E(rule.MessageFormat)}}</p>
                {{(rule.DefaultSuggestion is { } s ? $"<h2>Suggested fix</h2><p>{E(s)}</p>" : "")}}
              </section>
              {{docHtml}}
            </div>
            """);
    }

    public static string NotFound(string id) => Layout.Page("Rule not found", "rules", $"""
        <div class="page narrow-page"><section class="card"><h1>No rule '{E(id)}'</h1><p><a href="/rules">See every rule</a>.</p></section></div>
        """);

    internal static string Category(string category) => category.Replace('_', ' ') switch
    {
        var c when c.Length > 0 => char.ToUpperInvariant(c[0]) + c[1..],
        var c => c,
    };

    internal static string SeverityLabel(string severity) => severity switch
    {
        "block" => "Block",
        "warn" => "Warn",
        "info" => "Info",
        _ => "Off",
    };
}
