// Plan pages: the calendar grid is keyboard navigable (roving focus over the days: arrows, Home/End, Page Up/Down for
// the previous and next month or week), and upload forms post through fetch with the antiforgery header.
(() => {
  'use strict';

  const grid = document.getElementById('calendar');
  if (grid) {
    const cells = () => Array.from(grid.querySelectorAll('td[role="gridcell"]'));

    function focusCell(cell) {
      for (const c of cells()) c.tabIndex = -1;
      cell.tabIndex = 0;
      cell.focus();
    }

    function go(id) {
      const link = document.getElementById(id);
      if (link) location.href = link.href;
    }

    grid.addEventListener('keydown', (event) => {
      const cell = event.target.closest ? event.target.closest('td[role="gridcell"]') : null;
      if (!cell || event.target !== cell) return; // keys inside a post link behave as links
      const all = cells();
      const index = all.indexOf(cell);
      const column = index % 7;
      let next = -1;
      switch (event.key) {
        case 'ArrowRight': next = index + 1; break;
        case 'ArrowLeft': next = index - 1; break;
        case 'ArrowDown': next = index + 7; break;
        case 'ArrowUp': next = index - 7; break;
        case 'Home': next = index - column; break;
        case 'End': next = index - column + 6; break;
        case 'PageUp': event.preventDefault(); go('cal-prev'); return;
        case 'PageDown': event.preventDefault(); go('cal-next'); return;
        case 'Enter': {
          const first = cell.querySelector('a');
          if (first) { event.preventDefault(); first.focus(); }
          return;
        }
        default: return;
      }
      event.preventDefault();
      if (next >= 0 && next < all.length) focusCell(all[next]);
      else go(next < 0 ? 'cal-prev' : 'cal-next');
    });

    grid.addEventListener('click', (event) => {
      const cell = event.target.closest('td[role="gridcell"]');
      if (cell && event.target === cell) focusCell(cell);
    });
  }

  // Upload forms (review, CSV import) are sent with fetch so that csrf.js adds the antiforgery header (a browser's
  // multipart post must carry it); the page the server answers with replaces this one's content.
  document.addEventListener('submit', async (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || form.dataset.upload !== 'fetch') return;
    event.preventDefault();
    const busy = form.querySelector('[data-busy]');
    const button = form.querySelector('button[type="submit"]');
    if (busy) busy.hidden = false;
    if (button) button.disabled = true;
    try {
      const response = await fetch(form.action, { method: 'POST', body: new FormData(form), headers: { Accept: 'text/html' } });
      const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
      const next = doc.querySelector('main');
      if (!next) throw new Error(`unexpected answer (${response.status})`);
      document.querySelector('main').replaceWith(next);
      document.title = doc.title;
      if (response.redirected) history.pushState(null, '', response.url);
      const focus = next.querySelector('#review') || next.querySelector('[role="alert"]') || next.querySelector('.notice') || next;
      if (!focus.hasAttribute('tabindex')) focus.setAttribute('tabindex', '-1');
      focus.focus();
    } catch (error) {
      if (busy) { busy.hidden = false; busy.textContent = `The upload failed: ${error.message}. Is preround serve still running?`; }
    } finally {
      if (button) button.disabled = false;
    }
  });
})();
