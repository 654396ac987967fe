using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Preround.Web.Hosting;
using static Preround.Web.Pages.Html;

namespace Preround.Web.Pages;

/// <summary>Settings: who you are (kept in this browser) and the policy pack checks use (kept in this app's memory).</summary>
internal static class SettingsPage
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/settings", (ActiveAnalyzer active) => PageEndpoints.Html(Render(active))).ExcludeFromDescription();

    public static string Render(ActiveAnalyzer active)
    {
        var analyzer = active.Current;
        var inForce = active.PackSource is { } source
            ? $"Built-in rules plus <span class=\"mono\">{E(source)}</span> ({active.PackRules} rules from the pack)"
            : "The rules this app was started with (built-in rules, plus any <code>--policy</code> or <code>.preround.yml</code> found when it started)";
        return Layout.Page("Settings", "settings", $$"""
            <div class="page narrow-page settings">
              <div class="pane-head"><h1>Settings</h1>
                <p class="lede">Nothing here leaves this computer. Your details are kept in this browser only; a policy pack is used
                by this app until it stops.</p></div>

              <section class="card" aria-labelledby="about-title">
                <div class="card-head"><h2 id="about-title">About you</h2></div>
                <p class="muted">Compose and audit start from these. Checks weigh some findings by role: a student describing a
                procedure, or an attending giving advice, reads differently.</p>
                <form id="prefs-form" class="stack">
                  <div class="form-row">
                    <div class="field"><label for="pref-role">Your role</label><select id="pref-role" name="role" data-pref="role">{{Options(ComposePage.Roles, "unknown")}}</select></div>
                    <div class="field"><label for="pref-specialty">Specialty</label><input id="pref-specialty" name="specialty" type="text" maxlength="100" autocomplete="off" data-pref="specialty" placeholder="e.g. emergency medicine"></div>
                  </div>
                  <div class="form-row">
                    <div class="field"><label for="pref-account">Account type</label><select id="pref-account" name="account" data-pref="account">{{Options(ComposePage.Accounts, "professional")}}</select></div>
                    <div class="field"><label for="pref-platform">Usual platform</label><select id="pref-platform" name="platform" data-pref="platform">{{Options(ComposePage.Platforms, "x")}}</select></div>
                  </div>
                  <div class="form-actions">
                    <button type="submit" class="btn btn-primary" id="prefs-save">Save settings</button>
                    <button type="button" class="btn btn-quiet" id="prefs-clear">Forget my settings</button>
                    <span id="prefs-status" class="muted" role="status" aria-live="polite"></span>
                  </div>
                </form>
              </section>

              <section class="card" aria-labelledby="policy-title">
                <div class="card-head"><h2 id="policy-title">Policy pack</h2></div>
                <p>In force: <span id="policy-current">{{inForce}}</span>. <span id="policy-count">{{analyzer.Rules.Count}}</span> rules.</p>
                <p class="muted">A <code>.preround.yml</code> policy turns rules off or changes their severity and may name your
                organisation's rule packs; a pack adds rules of its own. See <a href="/rules">the rules</a> for what is in force.</p>
                <form id="policy-form" class="stack">
                  <div class="field"><label for="policy-path">Path on this computer</label>
                    <input id="policy-path" name="path" type="text" autocomplete="off" spellcheck="false" placeholder="/home/me/.preround.yml" aria-describedby="policy-path-hint">
                    <p id="policy-path-hint" class="hint">A policy given by path may name packs beside it.</p></div>
                  <div class="field"><label for="policy-file">Or upload a policy or pack</label>
                    <input id="policy-file" name="file" type="file" accept=".yml,.yaml,text/yaml"></div>
                  <div class="form-actions">
                    <button type="button" class="btn" id="policy-validate">Validate</button>
                    <button type="submit" class="btn btn-primary" id="policy-use">Use for checks</button>
                    <button type="button" class="btn btn-quiet" id="policy-reset"{{(active.PackSource is null ? " hidden" : "")}}>Go back to the startup rules</button>
                  </div>
                </form>
                <div id="policy-result" class="policy-result" role="status" aria-live="polite"></div>
              </section>
            </div>
            """, "prefs.js", "settings.js");
    }
}
