// People: the list, a person's case file (identity, names, a small graph of relatives and
// affiliations, a chronology with sources, exports) and the timeline chart, where a date
// known only to the month or year, or marked approximate, is drawn as a range.
import { api, can, confBadge, dateRange, el, query, say, show } from './api.js';

export async function peopleView(_, params) {
  const p = Object.fromEntries(params);
  const name = el('input', { id: 'p-name', name: 'name', value: p.name || '', type: 'search' });
  const form = el('form', { class: 'row', role: 'search', onsubmit: (ev) => {
    ev.preventDefault();
    location.hash = '#/people' + query({ name: name.value });
  } }, el('label', { for: 'p-name' }, 'Name'), name, el('button', { type: 'submit' }, 'Find'));
  const page = await api('GET', '/people' + query(Object.assign({ limit: 200 }, p)));
  show(el('h1', {}, 'People'), form,
    el('table', {}, el('thead', {}, el('tr', {}, ...['Name', 'Country', 'Documents'].map(h => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, ...page.items.map(x => el('tr', {},
        el('td', {}, el('a', { href: `#/person/${x.id}` }, x.name || `Person ${x.id}`), ' ', confBadge(x.confidential)),
        el('td', {}, x.country), el('td', {}, x.documents))))),
    page.next_cursor ? el('p', {}, el('a', { href: '#/people' + query(Object.assign({}, p, { cursor: page.next_cursor })) }, 'Next page')) : null);
}

function graph(file) {
  const links = file.relatives.concat(file.affiliations).slice(0, 12);
  const w = 340, h = 280, cx = w / 2, cy = h / 2, r = 80;
  const svg = el('svg', { class: 'graph', width: '100%', height: h, viewBox: `0 0 ${w} ${h}`, role: 'img',
    'aria-label': `Relatives and affiliations of ${file.name}` });
  links.forEach((l, i) => {
    const a = (2 * Math.PI * i) / Math.max(links.length, 1) - Math.PI / 2;
    const x = cx + r * Math.cos(a), y = cy + r * Math.sin(a);
    svg.append(el('line', { x1: cx, y1: cy, x2: x, y2: y }),
      el('circle', { cx: x, cy: y, r: 8, class: l.kind === 'person' ? '' : 'org' }),
      el('text', { x: x + (x >= cx ? 12 : -12), y: y + 4, 'text-anchor': x >= cx ? 'start' : 'end' }, `${l.name} (${l.relation})`.slice(0, 24)));
  });
  svg.append(el('circle', { cx, cy, r: 11, class: 'me' }), el('text', { x: cx, y: cy - 16, 'text-anchor': 'middle' }, file.name));
  return svg;
}

export async function personView(id) {
  const f = await api('GET', `/people/${id}`);
  const linkList = (items) => el('ul', {}, ...items.map(l => el('li', {},
    `${l.relation}: `, l.kind === 'person' && l.cluster ? el('a', { href: `#/person/${l.cluster}` }, l.name) : l.name,
    l.role ? ` (${l.role})` : '', ' — ', el('a', { href: `#/doc/${l.document}` }, l.source))));
  const exports = [el('a', { href: `/api/v1/people/${id}`, download: `person-${id}.json` }, 'JSON case file'), ' · ',
    el('a', { href: `/api/v1/exports/csv?person=${id}`, download: `person-${id}-events.csv` }, 'Events CSV')];
  if (can('analyst')) exports.push(' · ', el('a', { href: `/api/v1/exports/casefile-md?person=${id}`, download: `person-${id}.md` }, 'Case file (Markdown)'));
  const tools = [];
  if (can('editor')) {
    tools.push(el('button', { type: 'button', class: 'secondary', onclick: async () => {
      try { await api('PUT', `/people/${id}/confidential`, { confidential: !f.confidential }); personView(id); } catch (e) { say(e.message, true); }
    } }, f.confidential ? 'Unmark confidential' : 'Mark confidential'));
    const into = el('input', { id: 'merge-into', size: 6, inputmode: 'numeric' });
    tools.push(el('label', { for: 'merge-into' }, 'Merge into person id'), into,
      el('button', { type: 'button', class: 'secondary', onclick: async () => {
        try { await api('POST', `/people/${id}/merge`, { into: Number(into.value) }); location.hash = `#/person/${into.value}`; } catch (e) { say(e.message, true); }
      } }, 'Merge'));
  }
  const merges = f.merges.map(m => el('li', {}, `merge ${m.id}: ${m.name} — ${m.reason} `,
    can('editor') ? el('button', { type: 'button', class: 'secondary', onclick: async () => {
      try { await api('POST', `/merges/${m.id}/unmerge`); personView(id); } catch (e) { say(e.message, true); }
    } }, 'Unmerge') : null));
  show(el('h1', {}, f.name, ' ', confBadge(f.confidential)),
    el('p', {}, ...exports), el('div', { class: 'row' }, ...tools),
    el('div', { class: 'layout' },
      el('section', {},
        el('h2', {}, 'Identity'), el('dl', {},
          el('dt', {}, 'Names'), el('dd', {}, f.names.join('; ')),
          el('dt', {}, 'Roles'), el('dd', {}, f.roles.join('; ') || '—'),
          el('dt', {}, 'Country'), el('dd', {}, f.country || '—'),
          el('dt', {}, 'Sex'), el('dd', {}, f.sex || '—')),
        el('h2', {}, 'Chronology'),
        el('table', {}, el('thead', {}, el('tr', {}, ...['Date', 'Event', 'Role', 'Source', 'Evidence'].map(h => el('th', { scope: 'col' }, h)))),
          el('tbody', {}, ...f.chronology.map(c => el('tr', {}, el('td', {}, dateRange(c)),
            el('td', {}, el('a', { href: `#/doc/${c.document}?event=${c.event}` }, c.type)), el('td', {}, c.role),
            el('td', {}, c.source, c.published ? ` (${c.published})` : ''), el('td', {}, c.evidence))))),
        relativesChronology(f),
        el('p', {}, el('a', { href: `#/timeline?person=${id}` }, 'Timeline chart'))),
      el('aside', {}, el('h2', {}, 'Relatives and affiliations'), graph(f),
        el('h3', {}, 'Relatives'), linkList(f.relatives), el('h3', {}, 'Affiliations'), linkList(f.affiliations),
        el('h3', {}, 'Merges'), el('ul', {}, ...merges))));
}

// Acts against the person's relatives, each naming the relative: what an exile's family at
// home went through ("political hostages"), even where no event names the exile.
function relativesChronology(f) {
  const items = f.relatives_chronology || [];
  if (!items.length) return null;
  return el('section', {}, el('h2', {}, 'Acts against relatives'),
    el('table', {}, el('thead', {}, el('tr', {}, ...['Date', 'Relative', 'Event', 'Source', 'Evidence'].map(h => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, ...items.map(c => el('tr', {}, el('td', {}, dateRange(c)),
        el('td', {}, el('a', { href: `#/person/${c.relative_cluster}` }, c.relative)),
        el('td', {}, el('a', { href: `#/doc/${c.document}?event=${c.event}` }, c.type)),
        el('td', {}, c.source, c.published ? ` (${c.published})` : ''), el('td', {}, c.evidence))))));
}

// "2021" -> [Jan 1, Dec 31]; "2021-03" -> the month; a full date -> that day.
function span(d) {
  const [y, m, day] = d.split('-').map(Number);
  if (!y) return null;
  if (!m) return [Date.UTC(y, 0, 1), Date.UTC(y, 11, 31)];
  if (!day) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 0)];
  return [Date.UTC(y, m - 1, day), Date.UTC(y, m - 1, day)];
}

function chart(items) {
  const rows = items.map(e => {
    const a = span(e.date_start), b = e.date_end ? span(e.date_end) : a;
    return a && b ? { e, from: a[0], to: Math.max(a[1], b[1]), exact: a[0] === a[1] && !e.date_end && !e.approximate } : null;
  }).filter(Boolean);
  if (!rows.length) return el('p', {}, 'No dated events.');
  const min = Math.min(...rows.map(r => r.from)), max = Math.max(...rows.map(r => r.to)) + 864e5;
  const w = 900, left = 10, right = 320, rowH = 20, top = 24;
  const x = t => left + ((t - min) / (max - min)) * (w - left - right);
  const svg = el('svg', { class: 'tl', width: w, height: top + rows.length * rowH + 10, role: 'img',
    'aria-label': 'Timeline of events; bars span uncertain dates' });
  const y0 = new Date(min).getUTCFullYear(), y1 = new Date(max).getUTCFullYear();
  const step = Math.max(1, Math.ceil((y1 - y0 + 1) / 10));
  for (let y = y0; y <= y1; y += step) {
    const t = Date.UTC(y, 0, 1);
    if (t < min) continue;
    svg.append(el('line', { x1: x(t), x2: x(t), y1: 14, y2: top + rows.length * rowH }), el('text', { x: x(t) + 2, y: 12 }, y));
  }
  rows.forEach((r, i) => {
    const y = top + i * rowH;
    const rect = el('rect', { x: x(r.from), y: y + 3, width: Math.max(4, x(r.to) - x(r.from)), height: rowH - 6, class: r.exact ? 'exact' : '' },
      el('title', {}, `${dateRange(r.e)} ${r.e.type}`));
    svg.append(rect, el('text', { x: w - right + 8, y: y + 14 }, `${dateRange(r.e)} ${r.e.type} ${r.e.victims || ''}`.slice(0, 48)));
  });
  return svg;
}

export async function timelineView(_, params) {
  const p = Object.fromEntries(params);
  const mode = el('select', { id: 't-mode' }, ...[['q', 'Query'], ['country', 'Country'], ['person', 'Person id']]
    .map(([v, l]) => el('option', { value: v, selected: p[v] !== undefined }, l)));
  const val = el('input', { id: 't-value', value: p.q || p.country || p.person || '', required: true });
  const form = el('form', { class: 'row', onsubmit: (ev) => {
    ev.preventDefault();
    location.hash = '#/timeline' + query({ [mode.value]: val.value });
  } }, el('label', { for: 't-mode' }, 'Timeline for'), mode, el('label', { for: 't-value' }, 'Value'), val,
  el('button', { type: 'submit' }, 'Draw'));
  if (!p.q && !p.country && !p.person) {
    show(el('h1', {}, 'Timeline'), form);
    return;
  }
  const data = await api('GET', '/timeline' + query(p));
  show(el('h1', {}, 'Timeline'), form,
    el('p', { class: 'muted' }, 'Solid bars: exact days. Light bars: a month, a year, a range or an approximate date.'),
    chart(data.items),
    el('h2', {}, 'Events'),
    el('table', {}, el('thead', {}, el('tr', {}, ...['Date', 'Type', 'Victims', 'Place', 'Source'].map(h => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, ...data.items.map(e => el('tr', {}, el('td', {}, dateRange(e)),
        el('td', {}, el('a', { href: `#/doc/${e.document}?event=${e.event}` }, e.type)),
        el('td', {}, e.victims), el('td', {}, [e.place, e.country].filter(Boolean).join(', ')), el('td', {}, e.source))))));
}
