// Plan pages: the calendar grid is keyboard navigable (roving focus over the days: arrows, Home/End, Page Up/Down for
// the previous and next month or week), and the review form says it is working while a large archive uploads.
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

  const reviewForm = document.getElementById('review-form');
  if (reviewForm) {
    reviewForm.addEventListener('submit', () => {
      const busy = document.getElementById('review-busy');
      if (busy) busy.hidden = false;
    });
  }
})();
