// The user's settings (role, specialty, account, platform), kept in this browser's localStorage only: nothing is
// sent anywhere or stored by the app. Any control with data-pref="<name>" starts from the saved value.
(() => {
  'use strict';
  const KEY = 'preround.settings';
  const FIELDS = ['role', 'specialty', 'account', 'platform'];

  function load() {
    try {
      const raw = window.localStorage.getItem(KEY);
      const parsed = raw ? JSON.parse(raw) : {};
      const out = {};
      for (const f of FIELDS) if (typeof parsed[f] === 'string') out[f] = parsed[f];
      return out;
    } catch { return {}; }
  }

  function save(values) {
    const clean = {};
    for (const f of FIELDS) if (typeof values[f] === 'string' && values[f] !== '') clean[f] = values[f];
    window.localStorage.setItem(KEY, JSON.stringify(clean));
    return clean;
  }

  function clear() { window.localStorage.removeItem(KEY); }

  function apply(root = document) {
    const prefs = load();
    for (const el of root.querySelectorAll('[data-pref]')) {
      const value = prefs[el.dataset.pref];
      if (value == null) continue;
      if (el.tagName === 'SELECT' && ![...el.options].some((o) => o.value === value)) continue;
      el.value = value;
    }
    return prefs;
  }

  window.preroundPrefs = { load, save, clear, apply };
  apply();
})();
