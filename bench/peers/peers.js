// Times casebook's peers (compromise, wink-nlp) on a folder of documents, for bench/run.sh.
// Documents are read and stripped of HTML before the clock starts: only the NLP is timed.
//
//   node bench/peers/peers.js DIR [--max-mb N] [--only compromise|wink-nlp]
// Takes the first documents by path up to N MB and prints one JSON line per peer:
// {"peer", "docs", "bytes" (as read), "text_bytes" (stripped), "words", "seconds", ...}.
'use strict';
const fs = require('fs');
const path = require('path');

const args = process.argv.slice(2);
const dir = args[0];
const maxMb = args.includes('--max-mb') ? Number(args[args.indexOf('--max-mb') + 1]) : Infinity;

// A deliberately simple tag stripper, the same for both peers: drops <script>/<style>
// blocks and every tag, decodes the five common entities and numeric references, and
// squeezes blank space. ('<p>A &amp; B</p>' becomes 'A & B'.)
function stripHtml(html) {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<\/(p|div|h[1-6]|li|tr|br|article|section|header|footer)\s*>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g,
             (_, e) => ({amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' '}[e]))
    .replace(/[ \t\r\f\v]+/g, ' ')
    .replace(/\n\s*\n+/g, '\n\n')
    .trim();
}

function listFiles(d) {
  const out = [];
  for (const e of fs.readdirSync(d, {withFileTypes: true})) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) out.push(...listFiles(p));
    else if (/\.(html?|txt|md)$/.test(e.name)) out.push(p);
  }
  return out.sort();
}

const docs = [];
let bytes = 0;
for (const f of listFiles(dir)) {
  const raw = fs.readFileSync(f, 'utf8');
  const size = Buffer.byteLength(raw);
  if (docs.length > 0 && bytes + size > maxMb * 1e6) break;
  bytes += size;
  docs.push(/\.html?$/.test(f) ? stripHtml(raw) : raw);
}
const textBytes = docs.reduce((s, t) => s + Buffer.byteLength(t), 0);
const words = docs.reduce((s, t) => s + (t.match(/\S+/g) || []).length, 0);

function time(peer, fn) {
  // Warm up on the first ten documents, untimed: lazy set-up and V8's JIT are start-up, not
  // throughput (they are then timed again with the rest).
  timing = false;
  for (const t of docs.slice(0, 10)) fn(t);
  timing = true;
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  let found = 0;
  for (const t of docs) found += fn(t);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;  // all of Node's threads, GC included
  const rss = process.memoryUsage().rss;
  console.log(JSON.stringify({peer, docs: docs.length, bytes, text_bytes: textBytes, words,
                              sentences, seconds, cpu_seconds: cpuSeconds, found,
                              rss_mb: Math.round(rss / 1e6)}));
}

let timing = false;  // true once the warm-up is over
let sentences = 0;  // wink-nlp's sentence count, for the sentences/s of the published figures
const which = args.includes('--only') ? args[args.indexOf('--only') + 1] : 'all';

if (which === 'all' || which === 'compromise') {
  // compromise core: people, places, organisations, and dates as its #Date tag (the
  // compromise-dates plugin, which also resolves them, is not used: it would only be slower).
  const nlp = require('compromise');
  time('compromise', (t) => {
    const d = nlp(t);
    return d.people().length + d.places().length + d.organizations().length +
        d.match('#Date+').length;
  });
}

if (which === 'all' || which === 'wink-nlp') {
  const winkNLP = require('wink-nlp');
  const model = require('wink-eng-lite-web-model');
  const wink = winkNLP(model);
  time('wink-nlp', (t) => {
    const d = wink.readDoc(t);
    if (timing) sentences += d.sentences().length();
    return d.entities().out().length;
  });
}
