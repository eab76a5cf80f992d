// The API client and small DOM helpers shared by the views. Text from the store is only ever
// put into the page as text nodes (never as HTML), so a document cannot inject markup.
export const state = { user: null, csrf: '' };

export class ApiError extends Error {
  constructor(status, code, message) { super(message); this.status = status; this.code = code; }
}

export async function api(method, path, body) {
  const opts = { method, credentials: 'same-origin', headers: {} };
  if (method !== 'GET') opts.headers['X-CSRF-Token'] = state.csrf;
  if (body !== undefined) {
    opts.headers['Content-Type'] = 'application/json';
    opts.body = JSON.stringify(body);
  }
  const res = await fetch('/api/v1' + path, opts);
  const type = res.headers.get('Content-Type') || '';
  const data = type.startsWith('application/json') ? await res.json() : await res.text();
  if (!res.ok) {
    const e = data && data.error ? data.error : { code: 'http_' + res.status, message: res.statusText };
    if (res.status === 401 && path !== '/login') { state.user = null; location.hash = '#/login'; }
    throw new ApiError(res.status, e.code, e.message);
  }
  return data;
}

// el('a', {href: '#/x', class: 'y', onclick: fn}, 'text', child...)
export function el(tag, attrs, ...children) {
  const svg = ['svg', 'line', 'circle', 'rect', 'text', 'g', 'title'].includes(tag);
  const n = svg ? document.createElementNS('http://www.w3.org/2000/svg', tag)
                : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) n.addEventListener(k.slice(2), v);
    else n.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    n.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return n;
}

export function show(...nodes) {
  const main = document.getElementById('main');
  main.replaceChildren(...nodes);
  const h = main.querySelector('h1');
  if (h) document.title = h.textContent + ' · casebook';
}

export function say(text, error) {
  const s = document.getElementById('status');
  s.textContent = text || '';
  s.className = 'status' + (error ? ' error' : '');
  if (text && !error) setTimeout(() => { if (s.textContent === text) s.textContent = ''; }, 4000);
}

export function can(role) {
  const order = ['viewer', 'analyst', 'editor', 'admin'];
  return state.user && order.indexOf(state.user.role) >= order.indexOf(role);
}

export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== '' && v !== undefined && v !== null) q.set(k, v);
  const s = q.toString();
  return s ? '?' + s : '';
}

// «highlighted» snippet text -> nodes with <mark>.
export function snippet(text) {
  const out = [];
  const re = /«([^»]*)»/g;
  let last = 0, m;
  while ((m = re.exec(text))) {
    out.push(text.slice(last, m.index), el('mark', {}, m[1]));
    last = re.lastIndex;
  }
  out.push(text.slice(last));
  return out;
}

export function dateRange(e) {
  const a = e.date_start || '', b = e.date_end || '';
  if (!a) return 'undated';
  return (b && b !== a ? a + ' – ' + b : a) + (e.approximate ? ' (approx.)' : '');
}

export function confBadge(on) { return on ? el('span', { class: 'badge conf' }, 'confidential') : null; }

export function field(label, input) { return el('label', {}, label + ' ', input); }
