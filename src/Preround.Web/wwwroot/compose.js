// Compose page: checks the draft as the user types (debounced), highlights flagged spans in a mirror behind the
// textarea, lists findings with why and fix, applies a fix in one click (undoable), and measures the draft for every
// platform. Talks only to this app's own /api. Draft text is never stored by this script.
(() => {
  'use strict';

  const $ = (id) => document.getElementById(id);
  const draft = $('draft');
  const mirror = $('mirror');
  const roleSel = $('role');
  const platformSel = $('platform');
  const accountSel = $('account');
  const contextSel = $('draft-context');
  const verdictBox = $('verdict');
  const findingsList = $('findings');
  const findingsEmpty = $('findings-empty');
  const findingCount = $('finding-count');
  const countersBody = document.querySelector('#counters tbody');
  const countMain = $('count-main');
  const statusEl = $('status');
  const undoBtn = $('undo');
  const threadList = $('thread-parts');
  const threadEmpty = $('thread-empty');
  const threadSummary = $('thread-summary');
  const redactBtn = $('redact');
  const redaction = $('redaction');
  const attachBtn = $('attach');
  const photoInput = $('photo');
  const photoCard = $('photo-card');

  const PLATFORM_NAMES = { x: 'X', bluesky: 'Bluesky', mastodon: 'Mastodon', threads: 'Threads', linkedin: 'LinkedIn', instagram: 'Instagram', facebook: 'Facebook', tiktok: 'TikTok' };
  const SEVERITY_LABEL = { block: 'Block', warn: 'Warn', info: 'Info' };
  const SEVERITY_RANK = { info: 1, warn: 2, block: 3 };
  const DEBOUNCE_MS = 140;

  let timer = 0;
  let seq = 0;
  let controller = null;
  let findings = [];        // findings for `checkedText`, spans shifted while the user types
  let checkedText = '';
  let fitForPlatform = null; // the selected platform's fit
  let activeIndex = -1;
  let lastCheck = null;      // the last check answer, to redraw the verdict when a photo's findings arrive
  let lastFit = null;
  let photo = null;          // { file, url, state: 'checking'|'done'|'error', findings, notices, error }
  let proposal = null;       // the redaction on offer: { from, text }
  const undoStack = [];

  // ---- API ---------------------------------------------------------------------------------------------------------
  async function post(path, body, signal) {
    const response = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
      signal,
      credentials: 'same-origin',
    });
    if (!response.ok) {
      let detail = `The check failed (${response.status}).`;
      try {
        const problem = await response.json();
        detail = problem.detail || problem.title || detail;
      } catch { /* not JSON */ }
      throw new Error(detail);
    }
    return response.json();
  }

  function context() {
    const prefs = window.preroundPrefs ? window.preroundPrefs.load() : {};
    const ctx = { role: roleSel.value, platform: platformSel.value, account: accountSel.value, context: contextSel.value };
    if (prefs.specialty) ctx.specialty = prefs.specialty;
    return ctx;
  }

  // ---- Checking ----------------------------------------------------------------------------------------------------
  function schedule(delay = DEBOUNCE_MS) {
    clearTimeout(timer);
    timer = setTimeout(run, delay);
  }

  async function run() {
    clearTimeout(timer);
    const text = draft.value;
    const mine = ++seq;
    if (controller) controller.abort();
    controller = new AbortController();
    const ctx = context();
    if (text.trim().length === 0) {
      checkedText = text;
      findings = [];
      fitForPlatform = null;
      lastCheck = null;
      lastFit = null;
      renderEmpty();
      return;
    }
    const started = performance.now();
    const slow = setTimeout(() => setStatus('Checking…'), 300);
    try {
      const [check, fit] = await Promise.all([
        post('/api/check', { text, ...ctx }, controller.signal),
        post('/api/fit', { text, context: ctx.context }, controller.signal),
      ]);
      const selected = fit.platforms.find((p) => p.platform === ctx.platform) || null;
      let thread = null;
      if (selected && !selected.valid) {
        thread = await post('/api/thread', { text, platform: ctx.platform }, controller.signal);
      }
      if (mine !== seq) return;
      checkedText = text;
      // Most severe first, then in reading order.
      findings = [...check.findings].sort((a, b) => (SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]) || (a.start - b.start));
      fitForPlatform = selected;
      activeIndex = -1;
      lastCheck = check;
      lastFit = selected;
      renderVerdict(check, selected);
      renderFindings();
      renderMirror();
      renderCounters(fit.platforms, ctx.platform);
      renderThread(thread, selected);
      setStatus(`Checked in ${Math.max(1, Math.round(performance.now() - started))} ms`);
    } catch (error) {
      if (error.name === 'AbortError') return;
      if (mine === seq) setStatus(error.message, true);
    } finally {
      clearTimeout(slow);
    }
  }

  // While the user types, keep existing highlights where the text around them has not changed.
  function shiftFindings(oldText, newText) {
    let prefix = 0;
    const max = Math.min(oldText.length, newText.length);
    while (prefix < max && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
    let suffix = 0;
    while (suffix < max - prefix && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) suffix++;
    const oldEditEnd = oldText.length - suffix;
    const delta = newText.length - oldText.length;
    findings = findings.flatMap((f) => {
      if (f.start + f.length <= prefix) return [f];
      if (f.start >= oldEditEnd) return [{ ...f, start: f.start + delta }];
      return [];
    });
    if (fitForPlatform && fitForPlatform.fitsUntil != null) {
      fitForPlatform = { ...fitForPlatform, fitsUntil: fitForPlatform.fitsUntil >= oldEditEnd ? fitForPlatform.fitsUntil + delta : fitForPlatform.fitsUntil };
    }
    checkedText = newText;
  }

  // ---- Rendering ---------------------------------------------------------------------------------------------------
  function setStatus(message, isError = false) {
    statusEl.textContent = message;
    statusEl.classList.toggle('error', isError);
  }

  function renderEmpty() {
    setVerdict('none', 'Nothing checked yet', 'Start writing; the check runs as you type.');
    findingsList.replaceChildren();
    findingsEmpty.hidden = false;
    findingsEmpty.textContent = 'No findings.';
    findingCount.textContent = '0';
    renderMirror();
    post('/api/fit', { text: '', context: contextSel.value }).then((fit) => renderCounters(fit.platforms, platformSel.value)).catch(() => {});
    renderThread(null, null);
    setStatus('');
  }

  function setVerdict(kind, title, sub) {
    verdictBox.className = `verdict verdict-${kind}`;
    verdictBox.dataset.verdict = kind;
    verdictBox.querySelector('.verdict-title').textContent = title;
    verdictBox.querySelector('.verdict-sub').textContent = sub;
  }

  function plural(n, one, many) { return `${n} ${n === 1 ? one : many}`; }

  // One verdict for the post: the draft's findings, the photo's, and whether it fits the platform. A draft whose
  // only problem is its length (or another platform-fit finding) is not "fine to post": it does not fit as one post.
  function renderVerdict(check, fit) {
    if (!check) return;
    const photoFindings = photo && photo.state === 'done' ? photo.findings : [];
    const risk = check.findings.filter((f) => f.category !== 'platform_fit' && !isPhotoFinding(f)).concat(photoFindings);
    const fitFindings = check.findings.filter((f) => f.category === 'platform_fit' && f.severity !== 'info');
    const count = (s) => risk.filter((f) => f.severity === s).length;
    const platformName = PLATFORM_NAMES[check.platform] || check.platform;
    const tooLong = fit && !fit.valid;
    const fitNote = tooLong ? ` Too long for ${platformName} by ${fit.over}; see the thread preview.` : fitFindings.length > 0 ? ` ${fitFindings[0].message}` : '';
    const inPhoto = photoFindings.filter((f) => f.severity !== 'info').length;
    const photoNote = inPhoto > 0 ? ` ${plural(inPhoto, 'finding is', 'findings are')} in the photo.` : '';
    if (count('block') > 0) {
      setVerdict('block', 'Do not post as is', `${plural(count('block'), 'finding risks', 'findings risk')} a confidentiality or regulatory breach.${photoNote}${fitNote}`);
    } else if (count('warn') > 0) {
      setVerdict('warn', 'Reconsider before posting', `${plural(count('warn'), 'finding', 'findings')} may harm trust or breach policy.${photoNote}${fitNote}`);
    } else if (tooLong || fitFindings.length > 0) {
      const sub = tooLong
        ? `${fit.over.toLocaleString()} over the ${fit.limit.toLocaleString()} limit: shorten it, or post it as the thread below.`
        : fitFindings.map((f) => f.message).join(' ');
      setVerdict('fit', `Does not fit ${platformName} as it is`, sub);
    } else {
      const info = count('info') + check.findings.filter((f) => f.category === 'platform_fit' && f.severity === 'info').length;
      const sub = info > 0 ? `${plural(info, 'suggestion', 'suggestions')} to consider.` : `No problems found for ${platformName}.`;
      setVerdict('ok', 'Looks fine to post', sub);
    }
  }

  // Findings the server merged in from a photo sit at the end of the text with no length.
  function isPhotoFinding(f) { return f.length === 0 && f.match === '' && /^\[/.test(f.message); }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.textContent = text;
    return node;
  }

  function categoryLabel(c) { const s = c.replace(/_/g, ' '); return s.charAt(0).toUpperCase() + s.slice(1); }

  function fixText(f) { return f.replacement != null ? f.replacement : f.suggestion; }

  function renderFindings() {
    findingsList.replaceChildren();
    findingCount.textContent = String(findings.length);
    findingsEmpty.hidden = findings.length > 0;
    findingsEmpty.textContent = 'No findings.';
    findings.forEach((f, i) => {
      const li = el('li', `finding f-${f.severity}`);
      li.id = `finding-${i}`;
      li.dataset.index = String(i);
      const head = el('div', 'finding-head');
      head.append(el('span', `sev sev-${f.severity}`, SEVERITY_LABEL[f.severity] || f.severity), el('span', 'cat', categoryLabel(f.category)), el('span', 'spacer'));
      const rule = el('a', 'rule', f.rule);
      rule.href = `/rules/${encodeURIComponent(f.rule)}`;
      rule.title = 'Open the rule\u2019s page';
      head.append(rule);
      li.append(head, el('p', 'finding-msg', f.message));
      const dl = el('dl');
      if (f.rationale) {
        const why = el('div');
        why.append(el('dt', null, 'Why'), el('dd', null, f.rationale));
        dl.append(why);
      }
      const fix = fixText(f);
      if (fix) {
        const row = el('div');
        const dd = el('dd');
        dd.append(el('span', 'fix', fix));
        row.append(el('dt', null, 'Suggested fix'), dd);
        dl.append(row);
      }
      li.append(dl);
      const actions = el('div', 'finding-actions');
      if (fix && f.length > 0) {
        const apply = el('button', 'btn btn-small btn-primary', 'Apply fix');
        apply.type = 'button';
        apply.dataset.apply = String(i);
        apply.setAttribute('aria-label', `Apply fix: replace \u201c${f.match}\u201d with \u201c${fix}\u201d`);
        actions.append(apply);
      }
      const show = el('button', 'btn btn-small btn-quiet', 'Show in text');
      show.type = 'button';
      show.dataset.show = String(i);
      show.setAttribute('aria-label', `Show \u201c${f.match}\u201d in the draft`);
      actions.append(show);
      li.append(actions);
      findingsList.append(li);
    });
  }

  function escapeHtml(s) {
    return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  }

  function renderMirror() {
    const text = draft.value;
    const cut = fitForPlatform && fitForPlatform.fitsUntil != null ? Math.min(fitForPlatform.fitsUntil, text.length) : -1;
    const points = new Set([0, text.length]);
    for (const f of findings) {
      if (f.length <= 0 || f.start >= text.length) continue;
      points.add(f.start);
      points.add(Math.min(text.length, f.start + f.length));
    }
    if (cut >= 0) points.add(cut);
    const sorted = [...points].sort((a, b) => a - b);
    let html = '';
    for (let k = 0; k + 1 < sorted.length; k++) {
      const a = sorted[k];
      const b = sorted[k + 1];
      if (a === b) continue;
      const segment = escapeHtml(text.slice(a, b));
      let worst = null;
      const covering = [];
      findings.forEach((f, i) => {
        if (f.start <= a && f.start + f.length >= b && f.length > 0) {
          covering.push(i);
          if (!worst || SEVERITY_RANK[f.severity] > SEVERITY_RANK[worst]) worst = f.severity;
        }
      });
      const over = cut >= 0 && a >= cut;
      if (worst) {
        const active = covering.includes(activeIndex) ? ' hl-active' : '';
        html += `<mark class="hl hl-${worst}${over ? ' over' : ''}${active}" data-findings="${covering.join(' ')}">${segment}</mark>`;
      } else if (over) {
        html += `<span class="over">${segment}</span>`;
      } else {
        html += segment;
      }
    }
    // A trailing newline needs a character after it, or the mirror's last line collapses.
    mirror.innerHTML = html + (text.endsWith('\n') || text.length === 0 ? '\u200b' : '');
    syncMirror();
  }

  function syncMirror() {
    const scrollbar = draft.offsetWidth - draft.clientWidth;
    mirror.style.paddingRight = `${18 + scrollbar}px`;
    mirror.scrollTop = draft.scrollTop;
  }

  function renderCounters(platforms, selected) {
    countersBody.replaceChildren();
    for (const p of platforms) {
      const tr = el('tr');
      if (p.platform === selected) tr.className = 'selected';
      tr.dataset.platform = p.platform;
      const name = el('td', null, PLATFORM_NAMES[p.platform] || p.platform);
      const used = el('td', 'num', p.length.toLocaleString());
      if (p.bytes != null) used.title = `${p.bytes.toLocaleString()} of ${p.byteLimit.toLocaleString()} bytes`;
      const limit = el('td', 'num', p.limit.toLocaleString());
      const state = el('td');
      const ratio = p.limit > 0 ? p.length / p.limit : 0;
      const bar = el('span', `bar${!p.valid ? ' over' : ratio > 0.9 ? ' near' : ''}`);
      const fill = el('span');
      fill.style.width = `${Math.min(100, Math.round(ratio * 100))}%`;
      bar.append(fill);
      bar.setAttribute('aria-hidden', 'true');
      const label = el('span', `state${p.valid ? '' : ' bad'}`, p.valid ? `${(p.limit - p.length).toLocaleString()} left` : `${p.over.toLocaleString()} over`);
      state.append(bar, label);
      tr.append(name, used, limit, state);
      countersBody.append(tr);
      if (p.platform === selected) {
        countMain.textContent = `${p.length.toLocaleString()} / ${p.limit.toLocaleString()}`;
        countMain.classList.toggle('over-limit', !p.valid);
        countMain.setAttribute('aria-label', `${p.length} of ${p.limit} characters on ${PLATFORM_NAMES[p.platform]}`);
      }
    }
  }

  function renderThread(thread, fit) {
    threadList.replaceChildren();
    if (!thread || thread.count <= 1) {
      threadSummary.textContent = '';
      threadEmpty.hidden = false;
      threadEmpty.textContent = fit && fit.valid
        ? `Fits in one post on ${PLATFORM_NAMES[fit.platform]}.`
        : 'A draft longer than the platform allows is split here into numbered posts, each within the limit.';
      return;
    }
    threadEmpty.hidden = true;
    threadSummary.textContent = `${thread.count} posts on ${PLATFORM_NAMES[thread.platform]}`;
    for (const part of thread.parts) {
      const li = el('li', `thread-part${part.valid ? '' : ' invalid'}`);
      li.append(el('p', null, part.text));
      const meta = el('div', 'part-meta');
      meta.append(el('span', null, `Post ${part.number} of ${thread.count}`), el('span', null, `${part.length} / ${part.limit}`));
      li.append(meta);
      threadList.append(li);
    }
  }

  function setActive(index) {
    if (index === activeIndex) return;
    activeIndex = index;
    for (const li of findingsList.children) li.classList.toggle('active', Number(li.dataset.index) === index);
    for (const mark of mirror.querySelectorAll('mark')) {
      mark.classList.toggle('hl-active', index >= 0 && mark.dataset.findings.split(' ').includes(String(index)));
    }
  }

  // ---- Fixes and undo ----------------------------------------------------------------------------------------------
  function replaceRange(start, end, replacement) {
    const expected = draft.value.slice(0, start) + replacement + draft.value.slice(end);
    draft.focus();
    draft.setSelectionRange(start, end);
    // NOTE: insertText keeps the browser's own undo (Ctrl+Z) working; fall back to setting the value.
    let done = false;
    try { done = document.execCommand('insertText', false, replacement); } catch { done = false; }
    if (!done || draft.value !== expected) draft.value = expected;
    draft.setSelectionRange(start + replacement.length, start + replacement.length);
  }

  function applyFix(index) {
    const f = findings[index];
    if (!f) return;
    const fix = fixText(f);
    const current = draft.value.slice(f.start, f.start + f.length);
    if (!fix || current !== f.match) {
      setStatus('The draft changed; checking again before applying.');
      run();
      return;
    }
    undoStack.push({ text: draft.value, start: draft.selectionStart, end: draft.selectionEnd, label: f.rule });
    replaceRange(f.start, f.start + f.length, fix);
    undoBtn.hidden = false;
    shiftFindings(checkedText, draft.value);
    renderMirror();
    setStatus(`Applied the fix for ${f.rule}.`);
    run();
  }

  // ---- Redaction ---------------------------------------------------------------------------------------------------
  async function requestRedaction() {
    const text = draft.value;
    if (!text.trim()) { setStatus('Write something first; there is nothing to redact.'); return; }
    redactBtn.disabled = true;
    setStatus('Looking for a safer version…');
    try {
      const r = await post('/api/redact', { text, ...context() });
      proposal = { from: text, text: r.text };
      renderRedaction(r);
      setStatus(r.changed ? 'A safer version is ready below; nothing changes until you use it.' : 'Nothing to redact.');
    } catch (error) {
      setStatus(error.message, true);
    } finally {
      redactBtn.disabled = false;
    }
  }

  function renderRedaction(r) {
    redaction.hidden = false;
    const state = $('redaction-state');
    state.textContent = r.clear ? 'Clear for privacy' : 'Still risky';
    state.className = `pill ${r.clear ? 'pill-ok' : 'pill-warn'}`;
    // The rewrite with each replacement marked.
    const textBox = $('redaction-text');
    textBox.replaceChildren();
    const changes = [...r.changes].sort((a, b) => a.start - b.start);
    let cursor = 0;
    let shifted = 0;
    for (const c of changes) {
      const start = c.start + shifted;
      if (start < cursor || r.text.slice(start, start + c.replacement.length) !== c.replacement) { shifted += c.replacement.length - c.length; continue; }
      textBox.append(document.createTextNode(r.text.slice(cursor, start)));
      if (c.replacement.length > 0) textBox.append(el('mark', 'redacted', c.replacement));
      cursor = start + c.replacement.length;
      shifted += c.replacement.length - c.length;
    }
    textBox.append(document.createTextNode(r.text.slice(cursor)));
    const changeList = $('redaction-changes');
    changeList.replaceChildren(...(r.changes.length === 0
      ? [el('li', 'muted', 'Nothing was changed.')]
      : r.changes.map((c) => el('li', null, c.replacement.length === 0
        ? `Removed \u201c${c.original}\u201d (${kindLabel(c.kind)})`
        : `\u201c${c.original}\u201d \u2192 \u201c${c.replacement}\u201d (${kindLabel(c.kind)})`))));
    const residual = $('redaction-residual');
    residual.replaceChildren(...(r.residual.length === 0
      ? [el('li', 'muted', 'Nothing identifying is left that the checker can see. Read it once more as a patient would.')]
      : r.residual.map((note) => el('li', null, note))));
    $('redaction-use').disabled = !r.changed;
    $('redaction-use').focus();
  }

  function kindLabel(kind) { return kind.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase(); }

  function useRedaction() {
    if (!proposal) return;
    if (draft.value !== proposal.from) {
      setStatus('The draft changed since the safer version was made; redact again.', true);
      return;
    }
    undoStack.push({ text: draft.value, start: draft.selectionStart, end: draft.selectionEnd, label: 'redaction' });
    replaceRange(0, draft.value.length, proposal.text);
    undoBtn.hidden = false;
    closeRedaction();
    setStatus('Used the safer version. Undo brings yours back.');
    shiftFindings(checkedText, draft.value);
    renderMirror();
    run();
  }

  function closeRedaction() {
    proposal = null;
    redaction.hidden = true;
  }

  // ---- Photo -------------------------------------------------------------------------------------------------------
  async function attachPhoto(file) {
    if (photo && photo.url) URL.revokeObjectURL(photo.url);
    photo = { file, url: URL.createObjectURL(file), state: 'checking', findings: [], notices: [], error: null };
    renderPhoto();
    const body = new FormData();
    const ctx = context();
    body.append('text', draft.value);
    for (const [k, v] of Object.entries(ctx)) body.append(k, v);
    body.append('image', file, file.name);
    const mine = photo;
    try {
      const response = await fetch('/api/check', { method: 'POST', body, headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      if (!response.ok) {
        let detail = `The photo could not be checked (${response.status}).`;
        try { const p = await response.json(); detail = p.detail || p.title || detail; } catch { /* not JSON */ }
        throw new Error(detail);
      }
      const result = await response.json();
      if (mine !== photo) return;
      const report = result.images[0];
      photo.state = 'done';
      photo.findings = report.findings;
      photo.notices = [...new Set([...(result.notices || []), ...report.notices])];
    } catch (error) {
      if (mine !== photo) return;
      photo.state = 'error';
      photo.error = error.message;
    }
    renderPhoto();
    renderVerdict(lastCheck, lastFit);
  }

  function removePhoto() {
    if (photo && photo.url) URL.revokeObjectURL(photo.url);
    photo = null;
    photoInput.value = '';
    renderPhoto();
    renderVerdict(lastCheck, lastFit);
    attachBtn.focus();
  }

  function whereInPhoto(f) {
    const loc = f.location || {};
    if (loc.field) return `in the file's metadata (${loc.field})`;
    if (loc.region) return `in the picture, ${loc.region}`;
    return 'in the picture';
  }

  function renderPhoto() {
    photoCard.hidden = !photo;
    attachBtn.textContent = photo ? 'Replace photo' : 'Attach photo';
    if (!photo) return;
    $('photo-name').textContent = photo.file.name;
    const img = $('photo-preview');
    img.hidden = false;
    img.onerror = () => { img.hidden = true; };
    if (img.src !== photo.url) img.src = photo.url;
    const frameBox = $('photo-frame');
    for (const box of frameBox.querySelectorAll('.photo-box')) box.remove();
    const state = $('photo-state');
    const list = $('photo-findings');
    list.replaceChildren();
    $('photo-empty').hidden = true;
    const notices = $('photo-notices');
    notices.replaceChildren(...photo.notices.map((n) => el('li', 'notice', n)));
    if (photo.state === 'checking') { state.textContent = 'Checking the photo…'; return; }
    if (photo.state === 'error') { state.textContent = ''; list.append(el('li', 'finding f-block', photo.error)); return; }
    state.textContent = `${plural(photo.findings.length, 'finding', 'findings')}`;
    $('photo-empty').hidden = photo.findings.length > 0;
    const place = () => {
      for (const box of frameBox.querySelectorAll('.photo-box')) box.remove();
      if (!img.naturalWidth) return;
      photo && photo.findings.forEach((f, i) => {
        const b = f.location && f.location.box;
        if (!b) return;
        const div = el('div', `photo-box sev-${f.severity}`);
        div.style.left = `${(100 * b.x) / img.naturalWidth}%`;
        div.style.top = `${(100 * b.y) / img.naturalHeight}%`;
        div.style.width = `${(100 * b.width) / img.naturalWidth}%`;
        div.style.height = `${(100 * b.height) / img.naturalHeight}%`;
        div.dataset.index = String(i + 1);
        div.setAttribute('aria-hidden', 'true');
        frameBox.append(div);
      });
    };
    if (img.complete) place(); else img.onload = place;
    photo.findings.forEach((f, i) => {
      const li = el('li', `finding f-${f.severity}`);
      const head = el('div', 'finding-head');
      head.append(el('span', `sev sev-${f.severity}`, SEVERITY_LABEL[f.severity] || f.severity), el('span', 'cat', categoryLabel(f.category)), el('span', 'spacer'));
      const rule = el('a', 'rule', f.rule);
      rule.href = `/rules/${encodeURIComponent(f.rule)}`;
      head.append(rule);
      li.append(head, el('p', 'finding-msg', `${i + 1}. ${f.message}`));
      const dl = el('dl');
      const found = el('div');
      found.append(el('dt', null, 'Found'), el('dd', null, `\u201c${f.quote}\u201d ${whereInPhoto(f)}`));
      dl.append(found);
      if (f.rationale) { const why = el('div'); why.append(el('dt', null, 'Why'), el('dd', null, f.rationale)); dl.append(why); }
      if (f.suggestion) { const fix = el('div'); fix.append(el('dt', null, 'What to do'), el('dd', null, f.suggestion)); dl.append(fix); }
      li.append(dl);
      list.append(li);
    });
  }

  function undo() {
    const last = undoStack.pop();
    if (!last) return;
    draft.value = last.text;
    draft.focus();
    draft.setSelectionRange(last.start, last.end);
    undoBtn.hidden = undoStack.length === 0;
    setStatus(`Undid the fix for ${last.label}.`);
    run();
  }

  // ---- Events ------------------------------------------------------------------------------------------------------
  draft.addEventListener('input', () => {
    shiftFindings(checkedText, draft.value);
    renderMirror();
    schedule();
  });
  draft.addEventListener('scroll', syncMirror);
  draft.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); run(); }
  });
  const caretMoved = () => {
    const pos = draft.selectionStart;
    setActive(findings.findIndex((f) => f.start <= pos && pos <= f.start + f.length && f.length > 0));
  };
  draft.addEventListener('click', caretMoved);
  draft.addEventListener('keyup', caretMoved);
  for (const sel of [roleSel, platformSel, accountSel, contextSel]) sel.addEventListener('change', () => run());
  new ResizeObserver(syncMirror).observe(draft);

  findingsList.addEventListener('click', (e) => {
    const button = e.target.closest('button');
    if (!button) return;
    if (button.dataset.apply) applyFix(Number(button.dataset.apply));
    if (button.dataset.show) {
      const f = findings[Number(button.dataset.show)];
      if (!f) return;
      draft.focus();
      draft.setSelectionRange(f.start, f.start + f.length);
      setActive(Number(button.dataset.show));
    }
  });
  findingsList.addEventListener('mouseover', (e) => {
    const li = e.target.closest('li.finding');
    if (li) setActive(Number(li.dataset.index));
  });
  undoBtn.addEventListener('click', undo);
  redactBtn.addEventListener('click', requestRedaction);
  $('redaction-use').addEventListener('click', useRedaction);
  $('redaction-close').addEventListener('click', () => { closeRedaction(); redactBtn.focus(); });
  attachBtn.addEventListener('click', () => photoInput.click());
  photoInput.addEventListener('change', () => { if (photoInput.files && photoInput.files[0]) attachPhoto(photoInput.files[0]); });
  $('photo-remove').addEventListener('click', removePhoto);

  if (draft.value) run(); else renderEmpty();
})();
