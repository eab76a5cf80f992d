#!/usr/bin/env bash
# The case store's speed, as part of `make bench`: ingest throughput on one core (extraction
# included, ~5 KB documents) and `casebook search` latency over a store of 100,000 documents
# (bench/store_bench.cc). Prints one table and appends it to bench/results/<date>-<host>.md.
#
#   bench/store_bench.sh [BUILD_DIR]
# Environment: CASEBOOK_BENCH_STORE_DIR (where the generated stores live, default
# BUILD_DIR/bench-store; the 100,000-document store is kept and reused while the engine and
# the corpus generator are unchanged), CASEBOOK_BENCH_STORE_DOCS (default 100000),
# CASEBOOK_BENCH_INGEST_DOCS (default 3000).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
dir=${CASEBOOK_BENCH_STORE_DIR:-$build/bench-store}
docs=${CASEBOOK_BENCH_STORE_DOCS:-100000}
ingest_docs=${CASEBOOK_BENCH_INGEST_DOCS:-3000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
echo "bench: the case store (ingest on 1 core; search over $docs documents)" >&2
"$build/bench/store_bench" --dir "$dir" --examples examples --search-docs "$docs" \
  --ingest-docs "$ingest_docs" --threads "$(nproc)" --cli "$build/casebook" --kv "$tmp/store.kv"
load_end=$(cut -d' ' -f1-3 /proc/loadavg)
python3 - "$tmp/store.kv" > "$tmp/table.md" <<'PY'
import sys
kv = {}
for line in open(sys.argv[1]):
    k, _, v = line.strip().partition("=")
    if k:
        kv[k] = float(v)
yes = lambda ok: "**met**" if ok else "**not met**"
rows = []
if "ingest_docs" in kv:
    rows.append(("ingest, extraction included, 1 core, encrypted store",
         f"{kv['ingest_docs_per_s']:.0f} docs/s ({kv['ingest_docs']:.0f} documents, mean "
         f"{kv['ingest_mean_bytes'] / 1000:.1f} KB); extraction alone "
         f"{kv['ingest_extract_docs_per_s']:.0f} docs/s, storing alone "
         f"{kv['ingest_store_docs_per_s']:.0f} docs/s, "
         f"{kv.get('ingest_store_cpu_docs_per_s', 0):.0f} by CPU time "
         f"({kv['ingest_store_share']:.0f}% of the "
         f"time); {kv['ingest_db_kb_per_doc']:.1f} KB on disk per document"
         + (f"; off a core: extraction {kv['ingest_extract_wait_ms']:.0f} ms, storing "
            f"{kv['ingest_store_wait_ms']:.0f} ms (disk syncs, or a core held by other work)"
            if "ingest_store_wait_ms" in kv else ""),
         ">= 1,000 docs/s", yes(kv["ingest_docs_per_s"] >= 1000)))
if "build_seconds" in kv:
    rows.append(("building the search store (all cores)",
                 f"{kv['search_docs'] / kv['build_seconds']:.0f} docs/s", "", ""))
labels = {"common_detained": "`detained` (common)", "common_police": "`police` (common)",
          "common_two_terms": "`relatives detained` (two common terms)",
          "phrase": "`\"human rights\"` (phrase)",
          "common_typed": "`detained --type arrest_detention`",
          "common_country_from": "`police --country TJ --from 2020`",
          "mid_tortured": "`tortured` (less common)", "rare_samizdat": "`samizdat` (rare)",
          "absent": "`xylophone` (absent)"}
for key, label in labels.items():
    p95 = kv[f"q_{key}_p95"]
    cpu = (f"; CPU p50 {kv[f'q_{key}_cpu_p50']:.1f} ms, p95 {kv[f'q_{key}_cpu_p95']:.1f} ms"
           if f"q_{key}_cpu_p95" in kv else "")
    rows.append((f"search {label}, in process", f"p50 {kv[f'q_{key}_p50']:.1f} ms, p95 "
                 f"{p95:.1f} ms, {kv[f'q_{key}_rows']:.0f} rows{cpu}", "p95 < 50 ms",
                 yes(p95 < 50)))
if "open_ms" in kv:
    rows.append(("opening the encrypted store (key derivation included)",
                 f"{kv['open_ms']:.0f} ms median of 5", "", ""))
if "cli_detained_p95" in kv:
    rows.append(("`casebook search detained`, whole command (start, key, open, print)",
                 f"p50 {kv['cli_detained_p50']:.0f} ms, p95 {kv['cli_detained_p95']:.0f} ms",
                 "", ""))
print(f"store: {kv['search_docs']:.0f} documents, {kv['search_db_mb']:.0f} MB\n")
print("| measure | value | target | |")
print("|---|---|---|---|")
for r in rows:
    print("| " + " | ".join(r) + " |")
PY
result="bench/results/$(date -u +%Y-%m-%d)-$(hostname -s 2>/dev/null || echo host).md"
{
  echo "## $(date -u +%Y-%m-%dT%H:%M:%SZ) casebook store $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo
  echo "machine: $(nproc) cores, load average $load_start at the start, $load_end at the end"
  echo
  cat "$tmp/table.md"
  echo
  echo "Generated reports (bench/store_corpus.h) plus the project's examples. Search times are"
  echo "search_store() in the process, p95 of 40 runs after 3 warm-up runs, 20 rows each;"
  echo "wall time (the target) and the thread's CPU time, steadier on a shared machine."
  echo
} > "$tmp/section.md"
cat "$tmp/section.md"
mkdir -p bench/results
cat "$tmp/section.md" >> "$result"
echo "bench: appended to $result" >&2
