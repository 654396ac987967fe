using Preround.Core.Domain;
using static Preround.Web.Pages.Html;

namespace Preround.Web.Pages;

/// <summary>The compose page: write a post, see it checked as you type, fix it, fit it to the platform.</summary>
internal static class ComposePage
{
    internal static readonly (string Value, string Label)[] Roles =
    [
        ("unknown", "Not set"), ("ms1", "Medical student, year 1"), ("ms2", "Medical student, year 2"), ("ms3", "Medical student, year 3"),
        ("ms4", "Medical student, year 4"), ("resident", "Resident"), ("fellow", "Fellow"), ("attending", "Attending physician"),
        ("nurse", "Nurse"), ("np", "Nurse practitioner"), ("pa", "Physician assistant"), ("pharmacist", "Pharmacist"), ("other", "Other"),
    ];

    internal static readonly (string Value, string Label)[] Platforms =
    [
        ("x", "X"), ("bluesky", "Bluesky"), ("mastodon", "Mastodon"), ("threads", "Threads"), ("linkedin", "LinkedIn"),
        ("instagram", "Instagram"), ("facebook", "Facebook"), ("tiktok", "TikTok"),
    ];

    internal static readonly (string Value, string Label)[] Accounts = [("professional", "Professional"), ("personal", "Personal")];

    internal static readonly (string Value, string Label)[] Contexts = [("post", "A post"), ("comment", "A comment or reply"), ("review-reply", "A reply to a patient review")];

    public static string Render(AuthorProfile author, Platform platform) => Layout.Page("Compose", "compose", $$"""
        <div class="compose">
          <section class="editor-pane" aria-labelledby="compose-title">
            <div class="pane-head">
              <h1 id="compose-title">Compose</h1>
              <p class="lede">Checked on this computer as you type. Nothing is sent anywhere or saved.</p>
            </div>
            <form class="context-bar" id="context" aria-label="Who is posting, and where">
              <div class="field"><label for="role">Your role</label><select id="role" name="role" data-pref="role">{{Options(Roles, author.Role.Name())}}</select></div>
              <div class="field"><label for="platform">Platform</label><select id="platform" name="platform" data-pref="platform">{{Options(Platforms, platform.Name())}}</select></div>
              <div class="field"><label for="account">Account</label><select id="account" name="account" data-pref="account">{{Options(Accounts, author.Account.Name())}}</select></div>
              <div class="field"><label for="draft-context">Writing</label><select id="draft-context" name="context">{{Options(Contexts, "post")}}</select></div>
            </form>
            <div class="editor" id="editor">
              <div class="mirror" id="mirror" aria-hidden="true"></div>
              <textarea id="draft" name="draft" rows="10" spellcheck="true" autocomplete="off"
                aria-describedby="draft-hint count-main" placeholder="Write your post here…"></textarea>
              <label for="draft" class="sr-only">Draft post</label>
            </div>
            <div class="editor-foot">
              <span id="draft-hint" class="hint">Flagged words are highlighted in place. Ctrl+Enter checks at once.</span>
              <span class="spacer"></span>
              <span id="status" class="status" role="status" aria-live="polite"></span>
              <button type="button" id="undo" class="btn btn-quiet" hidden>Undo last fix</button>
              <button type="button" id="attach" class="btn" aria-describedby="photo-hint">Attach photo</button>
              <input type="file" id="photo" accept="image/jpeg,image/png,image/webp,image/heic,image/heif,.heic" hidden aria-label="Photo to post with the draft">
              <button type="button" id="redact" class="btn" aria-describedby="redact-hint">Redact</button>
              <span id="count-main" class="count" aria-live="off">0 / 280</span>
            </div>
            <p id="photo-hint" class="sr-only">Checks a photo's location data, and text readable in it, with the draft.</p>
            <p id="redact-hint" class="sr-only">Suggests a safer version of the draft; nothing changes until you choose to use it.</p>
            <section class="card redaction" id="redaction" aria-labelledby="redaction-title" hidden>
              <div class="card-head">
                <h2 id="redaction-title">Safer version</h2>
                <span id="redaction-state" class="pill pill-neutral"></span>
              </div>
              <p id="redaction-text" class="redaction-text"></p>
              <h3>What changed</h3>
              <ul id="redaction-changes" class="redaction-list"></ul>
              <h3>Still risky</h3>
              <ul id="redaction-residual" class="redaction-list"></ul>
              <div class="form-actions">
                <button type="button" class="btn btn-primary" id="redaction-use">Use this version</button>
                <button type="button" class="btn btn-quiet" id="redaction-close">Keep mine</button>
              </div>
            </section>
            <section class="card photo" id="photo-card" aria-labelledby="photo-title" hidden>
              <div class="card-head">
                <h2 id="photo-title">Photo <span id="photo-name" class="mono"></span></h2>
                <span id="photo-state" class="muted" role="status" aria-live="polite"></span>
                <button type="button" class="btn btn-small btn-quiet" id="photo-remove">Remove photo</button>
              </div>
              <div class="photo-body">
                <div class="photo-frame" id="photo-frame"><img id="photo-preview" alt="The attached photo, with what was found in it outlined"></div>
                <div class="photo-notes">
                  <ol id="photo-findings" class="findings"></ol>
                  <p id="photo-empty" class="empty" hidden>Nothing found in the photo or its metadata.</p>
                  <ul id="photo-notices" class="notices"></ul>
                </div>
              </div>
            </section>
            <section class="card thread" aria-labelledby="thread-title">
              <div class="card-head">
                <h2 id="thread-title">Thread preview</h2>
                <span id="thread-summary" class="muted"></span>
              </div>
              <ol id="thread-parts" class="thread-parts"></ol>
              <p id="thread-empty" class="empty">A draft longer than the platform allows is split here into numbered posts, each within the limit.</p>
            </section>
            {{PlanCompose.Card()}}
          </section>
          <aside class="review-pane" aria-label="Check results">
            <div id="verdict" class="verdict verdict-none" role="status" aria-live="polite">
              <div class="verdict-icon" aria-hidden="true"></div>
              <div><p class="verdict-title">Nothing checked yet</p><p class="verdict-sub">Start writing; the check runs as you type.</p></div>
            </div>
            <section class="card" aria-labelledby="findings-title">
              <div class="card-head"><h2 id="findings-title">Findings</h2><span id="finding-count" class="pill pill-neutral">0</span></div>
              <ol id="findings" class="findings"></ol>
              <p id="findings-empty" class="empty">No findings.</p>
            </section>
            <section class="card" aria-labelledby="counters-title">
              <div class="card-head"><h2 id="counters-title">Length on each platform</h2></div>
              <table class="counters" id="counters">
                <caption class="sr-only">Length of the draft as each platform counts it</caption>
                <thead><tr><th scope="col">Platform</th><th scope="col" class="num">Used</th><th scope="col" class="num">Limit</th><th scope="col"><span class="sr-only">Status</span></th></tr></thead>
                <tbody></tbody>
              </table>
            </section>
          </aside>
        </div>
        """, "prefs.js", "compose.js", "compose-plan.js");
}
