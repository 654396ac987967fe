namespace Preround.Web.Pages;

/// <summary>"Add to calendar" on the compose page: the draft, a time and the selected platform go into the queue.</summary>
internal static class PlanCompose
{
    public static string Card() => """
        <section class="card add-to-calendar" aria-labelledby="plan-title">
          <div class="card-head"><h2 id="plan-title">Add to calendar</h2><a href="/plan" class="btn btn-small btn-quiet">Open the calendar</a></div>
          <form id="plan-form" class="plan-row" novalidate>
            <div class="field"><label for="plan-at">When</label><input id="plan-at" name="planned_at" type="datetime-local" required aria-describedby="plan-help"></div>
            <div class="field"><span class="label-like" id="plan-platform-label">On</span><span id="plan-platform" class="tag" aria-labelledby="plan-platform-label">the platform chosen above</span></div>
            <div class="field"><label for="plan-note">Private note</label><input id="plan-note" name="note" type="text" maxlength="2000" placeholder="optional"></div>
            <div><button type="submit" id="plan-add" class="btn btn-primary">Add to calendar</button></div>
          </form>
          <p id="plan-help" class="hint">The draft is checked again and queued; a draft flagged for venting, a personal attack, partisan combat or career oversharing waits before it can be marked ready.</p>
          <div id="plan-result" role="status" aria-live="polite"></div>
        </section>
        """;
}
