using Preround.Core.Domain;
using Preround.Planning.Strategy;
using Preround.Web.Api;
using static Preround.Web.Pages.Html;

namespace Preround.Web.Pages;

/// <summary>The strategy form: the same questions as <c>preround plan init</c>, saved to the same store.</summary>
internal static class StrategyPage
{
    public static string Render(StrategyRequest values, string token, string? notice, IDictionary<string, string[]>? errors, StrategyProfile? saved)
    {
        var goals = Checks("goal", StrategyWireNames.Goals, values.Goals, n => StrategyWireNames.TryParseGoal(n, out var g) ? Cap(g.Describe()) : n);
        var audiences = Checks("audience", StrategyWireNames.Audiences, values.Audiences, n => StrategyWireNames.TryParseAudience(n, out var a) ? Cap(a.Describe()) : n);
        var platforms = Checks("platform", ComposePage.Platforms.Select(p => p.Value).ToList(), values.Platforms, n => ComposePage.Platforms.First(p => p.Value == n).Label);
        var advice = saved is null ? "" : StrategyAdvisor.Advise(saved) is { Count: > 0 } lines
            ? "<section class=\"card\" aria-labelledby=\"advice-title\"><div class=\"card-head\"><h2 id=\"advice-title\">Advice on this plan</h2></div><ul class=\"advice\">" +
              string.Concat(lines.Select(l => $"<li>{E(l)}</li>")) + "</ul></section>"
            : "<section class=\"card\"><p class=\"empty\">This plan looks sustainable. Suggested slots on the calendar now follow your weekly target.</p></section>";
        var content = $$"""
            {{advice}}
            <form method="post" action="/plan/strategy" class="card strategy-form" aria-labelledby="strategy-title">
              {{token}}
              <div class="card-head"><h2 id="strategy-title">Your strategy</h2></div>
              <fieldset><legend>Goals <span class="hint">(the first one you tick leads)</span></legend><div class="checks">{{goals}}</div></fieldset>
              <fieldset><legend>Audience</legend><div class="checks">{{audiences}}</div></fieldset>
              <div class="field"><label for="lane">Your lane: the topics you post about</label><input id="lane" name="lane" type="text" value="{{E(string.Join(", ", values.Lane ?? []))}}" placeholder="heart failure, sleep, shift work" aria-describedby="lane-help"><span id="lane-help" class="hint">Comma-separated; three to five topics you know well.</span></div>
              <fieldset><legend>Platforms <span class="hint">(one or two to start)</span></legend><div class="checks">{{platforms}}</div></fieldset>
              <div class="form-row">
                <div class="field"><label for="weekly">Posts a week</label><input id="weekly" name="weekly_target" type="number" min="1" max="{{StrategyProfile.MaxWeeklyTarget}}" value="{{values.WeeklyTarget?.ToString() ?? "2"}}" required></div>
                <div class="field"><label for="minutes">Minutes a week you can give it</label><input id="minutes" name="minutes_per_week" type="number" min="0" max="10080" value="{{values.MinutesPerWeek?.ToString() ?? "60"}}"></div>
                <div class="field"><label for="role">Your role</label><select id="role" name="role">{{Options(ComposePage.Roles, values.Role ?? "unknown")}}</select></div>
                <div class="field"><label for="account">Account</label><select id="account" name="account">{{Options(ComposePage.Accounts, values.Account ?? "professional")}}</select></div>
                <div class="field"><label for="specialty">Specialty</label><input id="specialty" name="specialty" type="text" maxlength="100" value="{{E(values.Specialty)}}" placeholder="e.g. cardiology"></div>
              </div>
              {{PlanFrame.Errors(errors)}}
              <div><button type="submit" class="btn btn-primary">Save strategy</button></div>
            </form>
            """;
        return PlanFrame.Page("Strategy", "strategy", "Why you post, for whom, about what, and how often you can keep it up. Every suggestion and review measures against this.", content, notice, null);
    }

    /// <summary>The form's values from a saved profile.</summary>
    public static StrategyRequest From(StrategyProfile? s) => s is null ? new StrategyRequest() : new StrategyRequest
    {
        Goals = s.Goals.Select(g => g.Name()).ToList(), Audiences = s.Audiences.Select(a => a.Name()).ToList(), Lane = s.Lane,
        Platforms = s.Platforms.Select(p => p.Name()).ToList(), WeeklyTarget = s.WeeklyTarget, MinutesPerWeek = s.MinutesPerWeek,
        Role = s.Role.Name(), Account = s.Account.Name(), Specialty = s.Specialty,
    };

    private static string Checks(string name, IReadOnlyList<string> all, IReadOnlyList<string>? chosen, Func<string, string> label) =>
        string.Concat(all.Select(v =>
            $"<label class=\"check\"><input type=\"checkbox\" name=\"{name}\" value=\"{E(v)}\"{((chosen ?? []).Contains(v) ? " checked" : "")}> {E(label(v))}</label>"));

    private static string Cap(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
