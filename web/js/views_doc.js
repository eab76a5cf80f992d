// The document view: the text with entities and event triggers highlighted in place
// (displaCy-style labels), a fact panel for the selected one with its review buttons; and
// the upload page. Spans are UTF-8 byte ranges, so the text is cut as bytes.
import { api, can, confBadge, dateRange, el, field, say, show } from './api.js';
import { reviewButtons } from './views_admin.js';

function marksOf(doc) {
  const marks = [];
  for (const ev of doc.events) {
    if (ev.trigger[1] > ev.trigger[0]) marks.push({ start: ev.trigger[0], end: ev.trigger[1], kind: 'event', label: ev.type, ev });
  }
  for (const en of doc.entities) {
    for (const [s, e] of en.mentions) marks.push({ start: s, end: e, kind: en.kind, label: en.kind, en });
  }
  marks.sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start) || (a.kind === 'event' ? -1 : 1));
  const kept = [];
  let end = 0;
  for (const m of marks) if (m.start >= end) { kept.push(m); end = m.end; }
  return kept;
}

function eventPanel(doc, ev, redraw) {
  const parts = (ev.participants || []).map(p => {
    const en = doc.entities.find(e => e.id === p.entity);
    const name = en && en.kind === 'person' && en.cluster ? el('a', { href: `#/person/${en.cluster}` }, p.name) : p.name;
    return el('li', {}, `${p.role}: `, name);
  });
  const panel = [el('h2', {}, 'Event'), el('dl', {},
    el('dt', {}, 'Type'), el('dd', {}, ev.type),
    el('dt', {}, 'When'), el('dd', {}, dateRange(ev)),
    el('dt', {}, 'Where'), el('dd', {}, [ev.place, ev.country].filter(Boolean).join(', ') || '—'),
    el('dt', {}, 'Rule'), el('dd', {}, ev.rule),
    el('dt', {}, 'Confidence'), el('dd', {}, ev.confidence),
    el('dt', {}, 'Review'), el('dd', {}, ev.review || 'unreviewed'),
    ev.negated ? [el('dt', {}, 'Negated'), el('dd', {}, 'yes')] : null,
    ev.hypothetical ? [el('dt', {}, 'Hypothetical'), el('dd', {}, 'yes')] : null),
  el('h2', {}, 'Arguments'), el('ul', {}, ...parts),
  el('p', {}, el('q', {}, ev.evidence))];
  return reviewButtons(ev, redraw).then(b => panel.concat([b]));
}

function entityPanel(en) {
  return [el('h2', {}, en.kind), el('dl', {},
    el('dt', {}, 'Name'), el('dd', {}, en.name),
    el('dt', {}, 'Rule'), el('dd', {}, en.rule || '—'),
    el('dt', {}, 'Roles'), el('dd', {}, (en.roles || []).join(', ') || '—'),
    el('dt', {}, 'Mentions'), el('dd', {}, en.mentions.length)),
  en.kind === 'person' && en.cluster ? el('p', {}, el('a', { href: `#/person/${en.cluster}` }, 'Case file')) : null];
}

export async function docView(id, params) {
  const doc = await api('GET', `/documents/${id}`);
  const bytes = new TextEncoder().encode(doc.text);
  const dec = new TextDecoder();
  const panel = el('aside', { class: 'panel', 'aria-live': 'polite', 'aria-label': 'Selected fact' },
    el('p', { class: 'muted' }, 'Select a highlighted name or event (click, or Tab and Enter) to see the fact.'));
  const nodes = [];
  let pos = 0;
  const marks = marksOf(doc);
  const byEvent = {};
  const select = async (m, node) => {
    for (const n of text.querySelectorAll('.selected')) n.classList.remove('selected');
    node.classList.add('selected');
    const redraw = () => docView(id, new URLSearchParams(m.ev ? 'event=' + m.ev.id : ''));
    panel.replaceChildren(...(m.ev ? await eventPanel(doc, m.ev, redraw) : entityPanel(m.en)));
  };
  for (const m of marks) {
    nodes.push(dec.decode(bytes.subarray(pos, m.start)));
    const node = el('mark', { class: `ent k-${m.kind}`, tabindex: 0, role: 'button',
      'aria-label': `${m.label}: ${dec.decode(bytes.subarray(m.start, m.end))}` },
      dec.decode(bytes.subarray(m.start, m.end)), el('span', { class: 'lab', 'aria-hidden': 'true' }, m.label));
    node.addEventListener('click', () => select(m, node));
    node.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); select(m, node); } });
    if (m.ev) byEvent[m.ev.id] = [m, node];
    nodes.push(node);
    pos = m.end;
  }
  nodes.push(dec.decode(bytes.subarray(pos)));
  const text = el('div', { class: 'doctext', lang: 'en' }, ...nodes);
  const tools = [];
  if (can('editor')) {
    tools.push(el('button', { type: 'button', class: 'secondary', onclick: async () => {
      try { await api('PUT', `/documents/${id}/confidential`, { confidential: !doc.marked_confidential }); docView(id, params); } catch (e) { say(e.message, true); }
    } }, doc.marked_confidential ? 'Unmark confidential' : 'Mark confidential'));
    tools.push(el('button', { type: 'button', class: 'danger', onclick: async () => {
      if (!confirm('Delete this document and everything drawn from it?')) return;
      try { await api('DELETE', `/documents/${id}`); say('Deleted'); location.hash = '#/search'; } catch (e) { say(e.message, true); }
    } }, 'Delete'));
  }
  show(el('h1', {}, doc.title || doc.source, ' ', confBadge(doc.confidential)),
    el('p', { class: 'muted' }, [doc.published, doc.site, doc.source].filter(Boolean).join(' · '), ' ',
      doc.url ? el('a', { href: doc.url, rel: 'noreferrer noopener' }, doc.url) : null),
    el('div', { class: 'row' }, ...tools),
    el('p', { class: 'muted' }, `${doc.events.length} events, ${doc.entities.length} entities. Labels: `,
      ...['person', 'organization', 'place', 'group', 'event'].map(k => el('mark', { class: `ent k-${k}` }, k)), ' '),
    el('div', { class: 'layout' }, text, panel));
  const want = params && params.get('event');
  if (want && byEvent[want]) {
    const [m, node] = byEvent[want];
    node.scrollIntoView({ block: 'center' });
    select(m, node);
  }
}

export async function uploadView() {
  const content = el('textarea', { id: 'up-content', name: 'content' });
  const file = el('input', { id: 'up-file', type: 'file', accept: '.txt,.html,.htm,.md,text/plain,text/html' });
  const source = el('input', { id: 'up-source', name: 'source', size: 30 });
  const format = el('select', { id: 'up-format' }, ...['auto', 'text', 'html'].map(f => el('option', { value: f }, f)));
  const date = el('input', { id: 'up-date', size: 10, placeholder: 'YYYY-MM-DD' });
  const conf = el('input', { id: 'up-conf', type: 'checkbox' });
  file.addEventListener('change', async () => {
    const f = file.files[0];
    if (!f) return;
    content.value = await f.text();
    if (!source.value) source.value = f.name;
    if (/\.html?$/i.test(f.name)) format.value = 'html';
  });
  const form = el('form', { onsubmit: async (ev) => {
    ev.preventDefault();
    try {
      const r = await api('POST', '/documents', { content: content.value, source: source.value || 'upload',
        format: format.value === 'auto' ? '' : format.value, confidential: conf.checked, date: date.value });
      say(r.unchanged ? 'Already in the store' : `Stored with ${r.events} events`);
      location.hash = `#/doc/${r.id}`;
    } catch (e) { say(e.message, true); }
  } },
  el('h1', {}, 'Upload a document'),
  el('p', {}, el('label', { for: 'up-file' }, 'File '), file),
  el('p', {}, el('label', { for: 'up-content' }, 'Text or HTML'), content),
  el('div', { class: 'row' }, el('label', { for: 'up-source' }, 'Source name'), source,
    el('label', { for: 'up-format' }, 'Format'), format,
    el('label', { for: 'up-date' }, 'Reference date'), date,
    el('label', { for: 'up-conf' }, conf, ' Confidential')),
  el('p', {}, el('button', { type: 'submit' }, 'Upload and extract')));
  show(form);
}
