// "Add to calendar" on the compose page: queues the current draft for the chosen time on the selected platform through
// this app's /api/plan/queue (the same queue service as `preround plan add`), then shows the check and any
// cooling-off hold. The time defaults to the next suggested slot, or to the slot a calendar link carried (?at=).
(() => {
  'use strict';

  const $ = (id) => document.getElementById(id);
  const form = $('plan-form');
  if (!form) return;
  const draft = $('draft');
  const platformSel = $('platform');
  const at = $('plan-at');
  const note = $('plan-note');
  const result = $('plan-result');
  const platformTag = $('plan-platform');
  const button = $('plan-add');

  let touched = false;
  const pad = (n) => String(n).padStart(2, '0');
  const localValue = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  const show = (iso) => new Date(iso).toLocaleString(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

  function syncPlatform() {
    platformTag.textContent = platformSel.options[platformSel.selectedIndex].text;
  }

  async function defaultTime() {
    const given = new URLSearchParams(location.search).get('at');
    if (given && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(given)) {
      at.value = given;
      return;
    }
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);
    tomorrow.setHours(8, 30, 0, 0);
    at.value = localValue(tomorrow);
    try {
      // The calendar answers with no slots (not an error) until a strategy sets a weekly target.
      const day = (d) => localValue(d).slice(0, 10);
      const until = new Date();
      until.setDate(until.getDate() + 15);
      const response = await fetch(`/api/plan/calendar?from=${day(new Date())}&to=${day(until)}`, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      if (!response.ok) return;
      const now = Date.now();
      const slots = ((await response.json()).suggested_slots || []).filter((s) => new Date(s).getTime() > now);
      // NOTE: the answer may come after the user has picked a time; never overwrite theirs.
      if (slots.length > 0 && !touched) at.value = localValue(new Date(slots[0]));
    } catch { /* keep tomorrow */ }
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function render(post) {
    clear(result);
    const box = el('div', post.hold_until ? 'notice notice-hold' : 'notice notice-ok');
    box.id = 'plan-added';
    const head = el('p');
    head.append(el('strong', '', `Added to the calendar for ${show(post.planned_at)}.`), ` Check: ${post.verdict}, ${post.findings.length} finding${post.findings.length === 1 ? '' : 's'}. `);
    const link = el('a', '', `Open post ${post.id}`);
    link.href = `/plan/queue/${post.id}`;
    head.append(link);
    box.append(head);
    if (post.hold_until) {
      const hold = el('p', 'hold');
      hold.id = 'plan-hold';
      hold.append(el('strong', '', `Held until ${show(post.hold_until)}`), `: ${post.hold_reason}`);
      box.append(hold);
    }
    result.append(box);
  }

  function fail(message) {
    clear(result);
    const box = el('div', 'notice notice-error', message);
    box.setAttribute('role', 'alert');
    result.append(box);
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (draft.value.trim().length === 0) { fail('Write the draft first.'); draft.focus(); return; }
    if (!at.value) { fail('Choose when it should go out.'); at.focus(); return; }
    button.disabled = true;
    try {
      const response = await fetch('/api/plan/queue', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify({ text: draft.value, platform: platformSel.value, planned_at: at.value, note: note.value || null }),
      });
      const body = await response.json().catch(() => ({}));
      if (!response.ok) {
        const detail = body.errors ? Object.values(body.errors).flat().join(' ') : (body.detail || `The draft was not added (${response.status}).`);
        fail(detail);
        return;
      }
      render(body);
    } catch {
      fail('The app did not answer; is `preround serve` still running?');
    } finally {
      button.disabled = false;
    }
  });

  at.addEventListener('input', () => { touched = true; });
  platformSel.addEventListener('change', syncPlatform);
  syncPlatform();
  defaultTime();
})();
