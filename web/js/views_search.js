// The search page (query, facets, highlighted snippets) and the event table (filters,
// sortable columns, CSV export of the same filters).
import { api, confBadge, dateRange, el, field, query, show, snippet } from './api.js';

function filterInputs(params) {
  const mk = (name, label, attrs) => {
    const input = el('input', Object.assign({ name, id: 'f-' + name, value: params.get(name) || '' }, attrs || {}));
    return el('label', { for: 'f-' + name }, label + ' ', input);
  };
  return [mk('type', 'Type', { size: 16 }), mk('country', 'Country', { size: 3 }),
    mk('from', 'From', { size: 10, placeholder: 'YYYY-MM-DD' }), mk('to', 'To', { size: 10, placeholder: 'YYYY-MM-DD' })];
}

function formParams(form) {
  const p = {};
  for (const [k, v] of new FormData(form)) if (v) p[k] = v;
  return p;
}

export async function searchView(_, params) {
  const q = params.get('q') || '';
  const box = el('input', { type: 'search', name: 'q', id: 'q', value: q, size: 40, required: true });
  const form = el('form', { class: 'row', role: 'search', onsubmit: (ev) => {
    ev.preventDefault();
    location.hash = '#/search' + query(formParams(form));
  } }, el('label', { for: 'q' }, 'Search'), box, ...filterInputs(params), el('button', { type: 'submit' }, 'Search'));
  if (!q) {
    show(el('h1', {}, 'Search'), form, el('p', { class: 'muted' }, 'Words from documents or evidence; quotes for phrases.'));
    box.focus();
    return;
  }
  const p = Object.fromEntries(params);
  const page = await api('GET', '/search' + query(Object.assign({ limit: 20 }, p)));
  const facetList = (name, counts) => el('section', { class: 'facets', 'aria-label': name },
    el('h2', {}, name === 'type' ? 'Event type' : 'Country'),
    el('ul', {}, ...Object.entries(counts).sort((a, b) => b[1] - a[1]).map(([k, n]) =>
      el('li', {}, el('a', { href: '#/search' + query(Object.assign({}, p, { [name]: k, cursor: '' })) }, k), ` (${n})`))));
  const results = page.items.map(r => el('article', { class: 'result' },
    el('h2', {}, el('a', { href: `#/doc/${r.document}` + (r.event ? `?event=${r.event}` : '') }, r.title || `Document ${r.document}`)),
    el('div', { class: 'muted' }, [r.published, r.type, r.date].filter(Boolean).join(' · ')),
    el('p', { class: 'snippet' }, ...snippet(r.snippet))));
  show(el('h1', {}, `Search: ${q}`), form,
    el('div', { class: 'layout' },
      el('section', { 'aria-label': 'Results' }, el('p', {}, page.total_capped ? `At least ${page.total} matching documents (the newest ${page.total} are ranked and counted)` : `${page.total} matching documents`), ...results,
        page.next_cursor ? el('p', {}, el('a', { href: '#/search' + query(Object.assign({}, p, { cursor: page.next_cursor })) }, 'More results')) : null),
      el('aside', {}, facetList('type', page.facets.type), facetList('country', page.facets.country))));
}

const columns = [['id', 'Id'], ['date_start', 'Date'], ['type', 'Type'], ['victims', 'Victims'],
  ['perpetrators', 'Perpetrators'], ['place', 'Place'], ['country', 'Country'], ['review', 'Review'], ['source', 'Source']];

export async function eventsView(_, params) {
  const p = Object.fromEntries(params);
  const review = el('select', { name: 'review', id: 'f-review' }, ...['', 'unreviewed', 'accepted', 'rejected', 'edited']
    .map(v => el('option', { value: v, selected: v === (p.review || '') }, v || 'any')));
  const form = el('form', { class: 'row', onsubmit: (ev) => {
    ev.preventDefault();
    location.hash = '#/events' + query(formParams(form));
  } }, ...filterInputs(params), el('label', { for: 'f-review' }, 'Review ', review), el('button', { type: 'submit' }, 'Filter'));
  const data = await api('GET', '/events' + query(Object.assign({ limit: 500 }, p)));
  let items = data.items;
  let sortKey = 'date_start', asc = true;
  const tbody = el('tbody');
  const head = el('tr');
  const draw = () => {
    items.sort((a, b) => {
      const x = a[sortKey] ?? '', y = b[sortKey] ?? '';
      return (x < y ? -1 : x > y ? 1 : 0) * (asc ? 1 : -1);
    });
    head.replaceChildren(...columns.map(([k, label]) => el('th', { scope: 'col', 'aria-sort': k === sortKey ? (asc ? 'ascending' : 'descending') : 'none' },
      el('button', { type: 'button', onclick: () => { asc = k === sortKey ? !asc : true; sortKey = k; draw(); } }, label))));
    tbody.replaceChildren(...items.map(e => el('tr', {},
      el('td', {}, el('a', { href: `#/doc/${e.document}?event=${e.id}` }, e.id), ' ', confBadge(e.confidential)),
      el('td', {}, dateRange(e)), el('td', {}, e.type), el('td', {}, e.victims), el('td', {}, e.perpetrators),
      el('td', {}, e.place), el('td', {}, e.country), el('td', {}, e.review || '—'), el('td', {}, e.source))));
  };
  draw();
  const csv = '/api/v1/exports/csv' + query(p);
  show(el('h1', {}, 'Events'), form,
    el('p', {}, `${items.length} events${data.next_cursor ? ' (first 500)' : ''}. `,
      el('a', { href: csv, download: 'casebook-events.csv' }, 'Export CSV'), ' · ',
      el('a', { href: '/api/v1/exports/acled-csv' + query(p), download: 'casebook-acled.csv' }, 'ACLED CSV'), ' · ',
      el('a', { href: '/api/v1/exports/jsonl', download: 'casebook.jsonl' }, 'JSON Lines')),
    el('table', {}, el('thead', {}, head), tbody));
}
