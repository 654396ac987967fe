// Rules page: filter the table by text and category as the user types.
(() => {
  'use strict';
  const filter = document.getElementById('rule-filter');
  const category = document.getElementById('rule-category');
  const table = document.getElementById('rules-table');
  const count = document.getElementById('rule-count');
  if (!filter || !table) return;
  const rows = [...table.tBodies[0].rows];
  function apply() {
    const q = filter.value.trim().toLowerCase();
    const c = category.value;
    let shown = 0;
    for (const row of rows) {
      const visible = (!q || row.dataset.search.includes(q)) && (!c || row.dataset.category === c);
      row.hidden = !visible;
      if (visible) shown++;
    }
    count.textContent = shown === rows.length ? `${rows.length} rules` : `${shown} of ${rows.length} rules`;
  }
  filter.addEventListener('input', apply);
  category.addEventListener('change', apply);
})();
