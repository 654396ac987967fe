// Adds this app's antiforgery token to every same-origin POST/PUT/PATCH/DELETE a page's script sends with fetch().
// The token comes from /api/antiforgery (which also sets the cookie it pairs with). Loaded first on every page.
(() => {
  'use strict';
  const original = window.fetch.bind(window);
  const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
  let token = null;

  function fetchToken() {
    if (!token) {
      token = original('/api/antiforgery', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then((r) => { if (!r.ok) throw new Error(`antiforgery token: ${r.status}`); return r.json(); })
        .catch((e) => { token = null; throw e; });
    }
    return token;
  }

  window.fetch = async (input, init = {}) => {
    const method = (init.method || (input instanceof Request ? input.method : 'GET')).toUpperCase();
    const url = new URL(input instanceof Request ? input.url : String(input), window.location.href);
    if (!UNSAFE.has(method) || url.origin !== window.location.origin) return original(input, init);
    const { header, token: value } = await fetchToken();
    const headers = new Headers(init.headers || (input instanceof Request ? input.headers : undefined));
    headers.set(header, value);
    return original(input, { ...init, headers, credentials: 'same-origin' });
  };
  // Ask early so the first check does not wait for it.
  fetchToken().catch(() => {});
})();
