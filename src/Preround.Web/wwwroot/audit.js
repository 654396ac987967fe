// Audit page: uploads the archive to this app's /api/audit, follows the job (posts read, then checked of the total),
// shows the report in the page and offers it as HTML, JSON and CSV. Cancelling forgets the job and its report.
(() => {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const form = $('audit-form');
  const fileInput = $('archive');
  const startBtn = $('audit-start');
  const errorBox = $('audit-error');
  const progressCard = $('progress-card');
  const progressBar = $('audit-progress');
  const progressText = $('progress-text');
  const progressFile = $('progress-file');
  const cancelBtn = $('audit-cancel');
  const result = $('result');
  const resultFile = $('result-file');
  const tiles = $('result-tiles');
  const frame = $('report-frame');
  const forgetBtn = $('audit-forget');
  const SESSION_KEY = 'preround.audit';
  const POLL_MS = 400;

  let jobId = null;
  let pollTimer = 0;

  function showError(message) {
    errorBox.textContent = message;
    errorBox.hidden = !message;
  }

  async function problemText(response) {
    try {
      const p = await response.json();
      return p.detail || p.title || `The request failed (${response.status}).`;
    } catch { return `The request failed (${response.status}).`; }
  }

  function setBusy(busy) {
    startBtn.disabled = busy;
    fileInput.disabled = busy;
  }

  function n(x) { return Number(x).toLocaleString(); }

  function renderProgress(status) {
    progressCard.hidden = false;
    progressFile.textContent = status.file;
    const p = status.progress;
    if (status.state === 'reading') {
      progressBar.removeAttribute('value');
      progressText.textContent = `Reading the archive: ${n(p.read)} posts found so far…`;
    } else if (status.state === 'checking') {
      progressBar.max = Math.max(1, p.total || 0);
      progressBar.value = p.checked;
      progressText.textContent = `Checked ${n(p.checked)} of ${n(p.total)} posts (${n(p.read)} read).`;
    }
  }

  function tile(value, label, tone) {
    const div = document.createElement('div');
    div.className = `tile${tone ? ` tile-${tone}` : ''}`;
    const dd = document.createElement('dd');
    dd.textContent = value;
    const dt = document.createElement('dt');
    dt.textContent = label;
    div.append(dd, dt);
    return div;
  }

  function renderResult(status) {
    const r = status.result;
    progressCard.hidden = true;
    result.hidden = false;
    resultFile.textContent = status.file;
    tiles.replaceChildren(
      tile(n(r.total_posts), 'posts audited'),
      tile(n(r.flagged_posts), 'flagged', r.flagged_posts > 0 ? 'warn' : 'ok'),
      tile(n(r.block_posts), 'need action first', r.block_posts > 0 ? 'block' : 'ok'),
      tile(n(r.deleted_posts), 'already deleted'),
    );
    $('download-html').href = `${status.links.html}?download=true`;
    $('download-json').href = `${status.links.json}?download=true`;
    $('download-csv').href = `${status.links.csv}?download=true`;
    frame.src = status.links.html;
  }

  function fitFrame() {
    try {
      const doc = frame.contentDocument;
      if (doc && doc.documentElement) frame.style.height = `${doc.documentElement.scrollHeight + 4}px`;
    } catch { /* not loaded yet */ }
  }
  frame.addEventListener('load', () => { fitFrame(); setTimeout(fitFrame, 200); });
  window.addEventListener('resize', fitFrame);

  function reset() {
    clearTimeout(pollTimer);
    jobId = null;
    sessionStorage.removeItem(SESSION_KEY);
    progressCard.hidden = true;
    result.hidden = true;
    frame.removeAttribute('src');
    setBusy(false);
  }

  async function poll() {
    if (!jobId) return;
    const id = jobId;
    let response;
    try {
      response = await fetch(`/api/audit/${encodeURIComponent(id)}`, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    } catch {
      pollTimer = setTimeout(poll, POLL_MS * 3);
      return;
    }
    if (id !== jobId) return;
    if (!response.ok) {
      const message = await problemText(response);
      reset();
      showError(message);
      return;
    }
    const status = await response.json();
    if (status.state === 'done') {
      setBusy(false);
      renderResult(status);
      return;
    }
    if (status.state === 'failed' || status.state === 'canceled') {
      reset();
      showError(status.state === 'failed' ? status.error : 'The audit was canceled.');
      return;
    }
    renderProgress(status);
    pollTimer = setTimeout(poll, POLL_MS);
  }

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    showError('');
    if (!fileInput.files || fileInput.files.length === 0) {
      showError('Choose the archive file first.');
      fileInput.focus();
      return;
    }
    reset();
    setBusy(true);
    progressCard.hidden = false;
    progressFile.textContent = fileInput.files[0].name;
    progressBar.removeAttribute('value');
    progressText.textContent = 'Uploading…';
    const body = new FormData();
    // Fields first, the file last: the server can refuse a bad field before reading a large upload.
    for (const [name, value] of new FormData(form)) if (name !== 'archive') body.append(name, value);
    body.append('archive', fileInput.files[0], fileInput.files[0].name);
    let response;
    try {
      response = await fetch('/api/audit', { method: 'POST', body, headers: { Accept: 'application/json' } });
    } catch (error) {
      reset();
      showError(`The upload did not reach the app: ${error.message}`);
      return;
    }
    if (response.status !== 202) {
      const message = await problemText(response);
      reset();
      showError(message);
      return;
    }
    const status = await response.json();
    jobId = status.id;
    sessionStorage.setItem(SESSION_KEY, jobId);
    renderProgress(status);
    poll();
  });

  async function forget() {
    const id = jobId;
    reset();
    if (id) await fetch(`/api/audit/${encodeURIComponent(id)}`, { method: 'DELETE' }).catch(() => {});
  }

  cancelBtn.addEventListener('click', async () => {
    await forget();
    showError('');
    progressText.textContent = 'Canceled.';
    fileInput.focus();
  });
  forgetBtn.addEventListener('click', async () => {
    await forget();
    fileInput.focus();
  });

  // A reload resumes the audit this tab started.
  const resumed = sessionStorage.getItem(SESSION_KEY);
  if (resumed) {
    jobId = resumed;
    setBusy(true);
    poll();
  }
})();
