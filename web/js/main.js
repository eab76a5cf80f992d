// Start-up and routing: #/search, #/doc/ID, #/events, #/timeline, #/people, #/person/ID,
// #/review, #/upload, #/users, #/audit, #/login. Each route draws one view into <main>.
import { api, can, el, say, state } from './api.js';
import { loginView, reviewView, usersView, auditView } from './views_admin.js';
import { docView, uploadView } from './views_doc.js';
import { peopleView, personView, timelineView } from './views_people.js';
import { eventsView, searchView } from './views_search.js';

const routes = [
  ['search', 'Search', 'viewer', searchView],
  ['events', 'Events', 'viewer', eventsView],
  ['timeline', 'Timeline', 'viewer', timelineView],
  ['people', 'People', 'viewer', peopleView],
  ['review', 'Review', 'editor', reviewView],
  ['upload', 'Upload', 'editor', uploadView],
  ['users', 'Users', 'admin', usersView],
  ['audit', 'Audit', 'admin', auditView],
];

function drawNav(current) {
  const nav = document.getElementById('nav');
  nav.replaceChildren(...(state.user ? routes.filter(r => can(r[2])).map(r =>
    el('a', { href: '#/' + r[0], 'aria-current': r[0] === current ? 'page' : null }, r[1])) : []));
  const who = document.getElementById('who');
  who.replaceChildren(...(state.user ? [
    `${state.user.name} (${state.user.role})`,
    el('button', { class: 'secondary', type: 'button', onclick: logout }, 'Sign out')] : []));
}

async function logout() {
  try { await api('POST', '/logout'); } catch (e) { /* signed out either way */ }
  state.user = null;
  location.hash = '#/login';
}

async function route() {
  const [name, arg] = location.hash.replace(/^#\/?/, '').split('?')[0].split('/');
  say('');
  if (!state.user && name !== 'login') {
    try {
      const me = await api('GET', '/me');
      state.user = me;
      state.csrf = me.csrf;
    } catch (e) {
      location.hash = '#/login';
      return;
    }
  }
  drawNav(name === 'doc' ? 'search' : name === 'person' ? 'people' : name);
  const views = { login: loginView, doc: docView, person: personView };
  for (const r of routes) views[r[0]] = r[3];
  const view = views[name] || searchView;
  try {
    await view(arg, new URLSearchParams(location.hash.split('?')[1] || ''));
  } catch (e) {
    say(e.message, true);
  }
  document.getElementById('main').focus();
}

window.addEventListener('hashchange', route);
window.addEventListener('DOMContentLoaded', route);
