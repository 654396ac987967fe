// Settings page: saves role, specialty, account and platform in this browser (localStorage), and validates or
// applies a policy pack through this app's /api/policy. Pack errors are listed as file:line:column.
(() => {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const prefsForm = $('prefs-form');
  const prefsStatus = $('prefs-status');
  const policyForm = $('policy-form');
  const pathInput = $('policy-path');
  const fileInput = $('policy-file');
  const result = $('policy-result');
  const resetBtn = $('policy-reset');
  const PATH_KEY = 'preround.policyPath';

  prefsForm.addEventListener('submit', (e) => {
    e.preventDefault();
    const values = Object.fromEntries(new FormData(prefsForm));
    window.preroundPrefs.save(values);
    prefsStatus.textContent = 'Saved in this browser.';
  });
  $('prefs-clear').addEventListener('click', () => {
    window.preroundPrefs.clear();
    prefsForm.reset();
    prefsStatus.textContent = 'Forgotten. Compose starts from the defaults again.';
  });

  try { pathInput.value = localStorage.getItem(PATH_KEY) || ''; } catch { /* storage off */ }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.textContent = text;
    return node;
  }

  function showErrors(errors) {
    const box = el('div', 'alert alert-block');
    box.setAttribute('role', 'alert');
    box.append(el('p', null, 'The pack cannot be used:'));
    const list = el('ul', 'errors');
    for (const e of errors) list.append(el('li', 'mono', `${e.file}:${e.line}:${e.column}: ${e.message}`));
    box.append(list);
    result.replaceChildren(box);
  }

  function showOk(message) {
    result.replaceChildren(el('div', 'alert alert-ok', message));
  }

  async function body() {
    const file = fileInput.files && fileInput.files[0];
    if (file) {
      if (file.size > 1048576) throw new Error(`${file.name} is larger than 1 MiB; a policy or pack is a few KiB.`);
      return { yaml: await file.text(), name: file.name };
    }
    const path = pathInput.value.trim();
    if (!path) throw new Error('Give the path of a .preround.yml or pack, or choose a file to upload.');
    return { path };
  }

  async function send(method, url) {
    let payload;
    try { payload = await body(); } catch (error) { showErrors([{ file: 'input', line: 0, column: 0, message: error.message }]); return null; }
    const response = await fetch(url, { method, headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(payload) });
    const json = await response.json().catch(() => ({}));
    if (payload.path) { try { localStorage.setItem(PATH_KEY, payload.path); } catch { /* storage off */ } }
    return { response, json };
  }

  $('policy-validate').addEventListener('click', async () => {
    const r = await send('POST', '/api/policy/validate');
    if (!r) return;
    if (!r.response.ok) { showErrors([{ file: 'request', line: 0, column: 0, message: r.json.detail || `failed (${r.response.status})` }]); return; }
    if (r.json.valid) showOk(`Valid ${r.json.kind}${r.json.kind === 'pack' || r.json.pack_rules > 0 ? ` with ${r.json.pack_rules} rules` : ''}. Choose "Use for checks" to apply it.`);
    else showErrors(r.json.errors);
  });

  policyForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    const r = await send('PUT', '/api/policy');
    if (!r) return;
    if (!r.response.ok) { showErrors(r.json.errors || [{ file: 'request', line: 0, column: 0, message: r.json.detail || `failed (${r.response.status})` }]); return; }
    $('policy-current').textContent = `Built-in rules plus ${r.json.pack} (${r.json.pack_rules} rules from the pack)`;
    $('policy-count').textContent = String(r.json.rules);
    resetBtn.hidden = false;
    showOk('In force for every check until the app stops.');
  });

  resetBtn.addEventListener('click', async () => {
    const response = await fetch('/api/policy', { method: 'DELETE' });
    if (!response.ok) return;
    const status = await (await fetch('/api/policy', { headers: { Accept: 'application/json' } })).json();
    $('policy-current').textContent = 'The rules this app was started with';
    $('policy-count').textContent = String(status.rules);
    resetBtn.hidden = true;
    showOk('Back to the rules this app was started with.');
  });
})();
