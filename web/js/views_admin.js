// Sign-in, the review queue (unreviewed facts, oldest first), user admin and the audit log.
import { api, can, confBadge, dateRange, el, field, say, show, state } from './api.js';

export async function loginView() {
  const name = el('input', { id: 'login-name', name: 'name', autocomplete: 'username', required: true });
  const pass = el('input', { id: 'login-pass', name: 'password', type: 'password',
    autocomplete: 'current-password', required: true });
  const form = el('form', { class: 'login', onsubmit: async (ev) => {
    ev.preventDefault();
    try {
      const me = await api('POST', '/login', { name: name.value, password: pass.value });
      state.user = me;
      state.csrf = me.csrf;
      location.hash = '#/search';
    } catch (e) { say(e.message, true); }
  } },
  el('h1', {}, 'Sign in'),
  el('label', { for: 'login-name' }, 'User name'), name,
  el('label', { for: 'login-pass' }, 'Password'), pass,
  el('p', {}, el('button', { type: 'submit' }, 'Sign in')));
  show(form);
  name.focus();
}

export async function reviewButtons(ev, after) {
  if (!can('editor')) return null;
  const act = async (action, extra) => {
    try {
      await api('POST', `/events/${ev.id}/review`, Object.assign({ action }, extra || {}));
      say(`Event ${ev.id}: ${action}ed`);
      if (after) after();
    } catch (e) { say(e.message, true); }
  };
  const fieldSel = el('select', { 'aria-label': 'Field to edit' },
    ...['type', 'date_start', 'date_end', 'outcome', 'country'].map(f => el('option', { value: f }, f)));
  const value = el('input', { 'aria-label': 'New value', size: 12 });
  return el('div', { class: 'row' },
    el('button', { type: 'button', onclick: () => act('accept') }, 'Accept'),
    el('button', { type: 'button', class: 'danger', onclick: () => act('reject') }, 'Reject'),
    fieldSel, value,
    el('button', { type: 'button', class: 'secondary',
      onclick: () => act('edit', { field: fieldSel.value, value: value.value }) }, 'Edit'));
}

export async function reviewView(_, params) {
  const cursor = params.get('cursor') || '';
  const page = await api('GET', '/review?limit=50' + (cursor ? '&cursor=' + cursor : ''));
  const rows = [];
  for (const ev of page.items) {
    rows.push(el('tr', {},
      el('td', {}, el('a', { href: `#/doc/${ev.document}?event=${ev.id}` }, ev.type), ' ', confBadge(ev.confidential)),
      el('td', {}, dateRange(ev)), el('td', {}, ev.victims), el('td', {}, ev.evidence),
      el('td', {}, await reviewButtons(ev, () => reviewView(_, params)))));
  }
  show(el('h1', {}, 'Review queue'),
    el('p', { class: 'muted' }, 'Unreviewed facts, oldest first.'),
    el('table', {}, el('thead', {}, el('tr', {}, ...['Event', 'Date', 'Victims', 'Evidence', 'Decision'].map(h => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, ...rows)),
    page.next_cursor ? el('p', {}, el('a', { href: '#/review?cursor=' + page.next_cursor }, 'Next page')) : null);
}

export async function usersView() {
  const list = await api('GET', '/users');
  const roles = ['viewer', 'analyst', 'editor', 'admin'];
  const out = el('div', { role: 'status' });
  const name = el('input', { id: 'new-user', required: true });
  const role = el('select', { id: 'new-role' }, ...roles.map(r => el('option', { value: r }, r)));
  const form = el('form', { class: 'row', onsubmit: async (ev) => {
    ev.preventDefault();
    try {
      const u = await api('POST', '/users', { name: name.value, role: role.value });
      out.replaceChildren(`One-time password for ${u.name} (shown once): `, el('span', { class: 'password' }, u.password));
      name.value = '';
    } catch (e) { say(e.message, true); }
  } }, el('label', { for: 'new-user' }, 'Name'), name, el('label', { for: 'new-role' }, 'Role'), role,
  el('button', { type: 'submit' }, 'Create user'));
  const rows = list.items.map(u => {
    const sel = el('select', { 'aria-label': `Role of ${u.name}`, onchange: async () => {
      try { await api('PATCH', `/users/${u.id}`, { role: sel.value }); say(`${u.name} is now ${sel.value}`); } catch (e) { say(e.message, true); }
    } }, ...roles.map(r => el('option', { value: r, selected: r === u.role }, r)));
    return el('tr', {}, el('td', {}, u.name), el('td', {}, sel), el('td', {}, u.created_at),
      el('td', {}, el('button', { type: 'button', class: 'danger', onclick: async () => {
        if (!confirm(`Delete ${u.name}?`)) return;
        try { await api('DELETE', `/users/${u.id}`); usersView(); } catch (e) { say(e.message, true); }
      } }, 'Delete')));
  });
  show(el('h1', {}, 'Users'), form, out,
    el('table', {}, el('thead', {}, el('tr', {}, ...['Name', 'Role', 'Created', ''].map(h => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, ...rows)));
}

export async function auditView(_, params) {
  const cursor = params.get('cursor') || '';
  const page = await api('GET', '/audit?limit=100' + (cursor ? '&cursor=' + cursor : ''));
  show(el('h1', {}, 'Audit log'),
    el('p', {}, page.chain.ok ? `Chain intact (${page.chain.rows} rows).` : `Chain broken: ${page.chain.problem}`),
    el('table', {}, el('thead', {}, el('tr', {}, ...['#', 'When', 'Action', 'User', 'Detail'].map(h => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, ...page.items.map(r => el('tr', {}, el('td', {}, r.seq), el('td', {}, r.at),
        el('td', {}, r.action), el('td', {}, (r.detail && r.detail.user) || r.detail.reviewer || ''),
        el('td', {}, JSON.stringify(r.detail)))))),
    page.next_cursor ? el('p', {}, el('a', { href: '#/audit?cursor=' + page.next_cursor }, 'Older')) : null);
}
