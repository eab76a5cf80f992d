#!/usr/bin/env bash
# `make bench`: builds a benchmark corpus outside the repo (the HRDsAttack train and dev
# articles as HTML pages, as the scorer writes them, plus the project's examples, replicated
# to at least 50 MB), measures casebook and its peers (compromise, wink-nlp) on it in the same
# run, prints one table and appends it with the machine's description to bench/results/.
#
#   bench/run.sh [BUILD_DIR]
# Environment: CASEBOOK_BENCH_CORPUS (corpus folder, default /tmp/casebook-bench-corpus),
# CASEBOOK_BENCH_MB (corpus size, default 50), CASEBOOK_BENCH_COMPROMISE_MB (compromise's
# share of the corpus, default 1: it runs at tens of KB/s), CASEBOOK_BENCH_WINK_MB (default 3),
# CASEBOOK_BENCH_REPEAT (best of K casebook runs, default 2).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
corpus=${CASEBOOK_BENCH_CORPUS:-/tmp/casebook-bench-corpus}
shared=$(cd .. && pwd)/shared
min_mb=${CASEBOOK_BENCH_MB:-50}
compromise_mb=${CASEBOOK_BENCH_COMPROMISE_MB:-1}
wink_mb=${CASEBOOK_BENCH_WINK_MB:-3}
repeat=${CASEBOOK_BENCH_REPEAT:-2}
threads=$(nproc)
log() { echo "bench: $*" >&2; }
bytes_of() { du -sb "$1" | cut -f1; }  # apparent size: du -m would count 4 KB blocks

# 1. The corpus. `.complete` records how it was made, so a change of size rebuilds it.
stamp="v2 $min_mb MB"
if [ "$(cat "$corpus/.complete" 2>/dev/null)" != "$stamp" ]; then
  log "building the corpus in $corpus"
  rm -rf "$corpus" && mkdir -p "$corpus/base"
  if [ -d "$shared/eval/hrdsattack" ]; then
    python3 - "$shared/eval" "$corpus/base" <<'PY'
import json, os, sys
sys.path.insert(0, sys.argv[1])
from score_hrd import write_html
for split in ("train", "dev"):
    path = os.path.join(sys.argv[1], "hrdsattack", split + ".json")
    for sample in json.load(open(path, encoding="utf-8")):
        write_html(sample, sys.argv[2])
PY
  else
    log "warning: $shared/eval/hrdsattack not found; the corpus is the examples alone"
  fi
  cp examples/* "$corpus/base/"
  copy=0
  while [ "$(bytes_of "$corpus")" -lt $((min_mb * 1000000)) ]; do
    copy=$((copy + 1))
    mkdir -p "$corpus/copy$copy" && cp "$corpus/base/"* "$corpus/copy$copy/"
  done
  echo "$stamp" > "$corpus/.complete"
fi

# 2. The peers, pinned by bench/peers/package-lock.json.
if [ ! -d bench/peers/node_modules/wink-nlp ] || [ ! -d bench/peers/node_modules/compromise ]; then
  log "installing the peers (npm ci in bench/peers)"
  npm ci --prefix bench/peers --no-audit --no-fund --loglevel=error >&2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
load_start=$(cut -d' ' -f1-3 /proc/loadavg)

# 3. casebook: throughput on 1 thread and on all cores, stage shares, peak memory.
log "casebook throughput (1 and $threads threads, best of $repeat)"
"$build/bench/extract_throughput" "$corpus" --threads "$threads" --repeat "$repeat" \
  --kv "$tmp/casebook.kv" > "$tmp/casebook.md"

# 4. The CLI: start-up plus one ~5 KB document (median of 21 runs), and peak memory and wall
# time of `casebook extract --jobs N` over the whole corpus, disk reads and output included.
log "casebook CLI: one 5 KB document x21, then the whole corpus"
python3 - "$build/casebook" "$corpus" "$threads" > "$tmp/cli.kv" <<'PY'
import os, resource, statistics, subprocess, sys, time
cli, corpus, threads = sys.argv[1], sys.argv[2], sys.argv[3]
base = os.path.join(corpus, "base")
docs = [os.path.join(base, f) for f in sorted(os.listdir(base)) if f.endswith(".html")]
one = min(docs, key=lambda p: abs(os.path.getsize(p) - 5000))
null = subprocess.DEVNULL
subprocess.run([cli, "extract", one], stdout=null, stderr=null)  # page cache warm
def child_cpu():
    u = resource.getrusage(resource.RUSAGE_CHILDREN)
    return u.ru_utime + u.ru_stime
times, cpus = [], []
for _ in range(21):
    c, t = child_cpu(), time.perf_counter()
    subprocess.run([cli, "extract", one], stdout=null, stderr=null)
    times.append((time.perf_counter() - t) * 1000)
    cpus.append((child_cpu() - c) * 1000)
print(f"one_bytes={os.path.getsize(one)}")
print(f"one_ms_median={statistics.median(times):.1f}")
print(f"one_ms_min={min(times):.1f}")
print(f"one_cpu_ms_median={statistics.median(cpus):.1f}")
t = time.perf_counter()
rc = subprocess.run([cli, "extract", "--jobs", threads, "--format", "jsonl", corpus],
                    stdout=null, stderr=null).returncode
print(f"all_seconds={time.perf_counter() - t:.2f}")
print(f"all_rc={rc}")
print(f"all_rss_mb={resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.0f}")
PY

# 5. The peers on the first documents of the same corpus (HTML stripped to text first, by the
# same simple function for both; only their processing is timed).
log "compromise on the first $compromise_mb MB"
node bench/peers/peers.js "$corpus" --only compromise --max-mb "$compromise_mb" > "$tmp/peers.jsonl"
log "wink-nlp on the first $wink_mb MB"
node bench/peers/peers.js "$corpus" --only wink-nlp --max-mb "$wink_mb" >> "$tmp/peers.jsonl"
load_end=$(cut -d' ' -f1-3 /proc/loadavg)

# 6. One table, printed and appended.
mkdir -p bench/results
result="bench/results/$(date -u +%Y-%m-%d)-$(hostname -s 2>/dev/null || echo host).md"
python3 - "$tmp" "$threads" > "$tmp/table.md" <<'PY'
import json, sys
tmp, threads = sys.argv[1], int(sys.argv[2])
def kv(name):
    out = {}
    for line in open(f"{tmp}/{name}"):
        k, _, v = line.strip().partition("=")
        if k:
            out[k] = float(v)
    return out
cb, cli = kv("casebook.kv"), kv("cli.kv")
peers = {p["peer"]: p for p in map(json.loads, open(f"{tmp}/peers.jsonl"))}
versions = json.load(open("bench/peers/package.json"))["dependencies"]
wink = peers["wink-nlp"]
words_per_mb = wink["words"] / (wink["bytes"] / 1e6)
sents_per_mb = wink["sentences"] / (wink["bytes"] / 1e6)
one, one_cpu = cb["t1_mbs"], cb["t1_cpu_mbs"]
yes = lambda ok: "**met**" if ok else "**not met**"
rows = []
x = lambda r: f"{r:.1f}x" if r < 10 else f"{r:.0f}x"
rows.append(("casebook, 1 thread", f"{one:.2f} MB/s ({one_cpu:.2f} per CPU-s), "
             f"{cb['t1_docs']:.0f} docs/s, ~{one * words_per_mb:,.0f} words/s; "
             f"{cb['t1_cores']:.2f} cores busy", "1", ">= 10 MB/s per core", yes(one >= 10)))
if "tn_mbs" in cb:
    scale = cb["tn_mbs"] / one
    # What N free cores would give: N times 1 thread's speed, discounted by how much less work
    # each CPU-second does with N threads (contention), independent of load from elsewhere.
    free = threads * cb["tn_cpu_mbs"] / one_cpu
    rows.append((f"casebook, {threads} threads", f"{cb['tn_mbs']:.2f} MB/s "
                 f"({cb['tn_cpu_mbs']:.2f} per CPU-s), {cb['tn_docs']:.0f} docs/s; "
                 f"{cb['tn_cores']:.2f} cores busy",
                 f"scaling {scale:.2f}x as measured, ~{free:.2f}x on {threads} free cores "
                 f"(from MB per CPU-s)", f">= 1.8x on 2 cores", yes(scale >= 1.8)))
for name in ("compromise", "wink-nlp"):
    p = peers[name]
    mbs, cpu_mbs = p["bytes"] / 1e6 / p["seconds"], p["bytes"] / 1e6 / p["cpu_seconds"]
    what = "people, places, organisations, #Date" if name == "compromise" else "entities()"
    target = (">= 50x", yes(one / mbs >= 50)) if name == "compromise" else ("", "")
    rows.append((f"{name} {versions[name]} ({what}), 1 thread, on {p['bytes'] / 1e6:.1f} MB",
                 f"{mbs:.3f} MB/s ({cpu_mbs:.3f} per CPU-s), {p['docs'] / p['seconds']:.1f} "
                 f"docs/s, {p['words'] / p['seconds']:,.0f} words/s",
                 f"{x(one / mbs)} ({x(one_cpu / cpu_mbs)} per CPU-s)", *target))
for name, rate, unit, per_mb in (("spaCy en_core_web_lg, CPU (published)", 10000, "words", words_per_mb),
                                 ("MITIE NER (published)", 53600, "words", words_per_mb),
                                 ("TABARI (published)", 8500, "sentences", sents_per_mb)):
    rows.append((name, f"~{rate:,} {unit}/s, i.e. ~{rate / per_mb:.2f} MB/s of this corpus",
                 f"~{x(one * per_mb / rate)}", "", ""))
rows.append((f"peak memory, `casebook extract --jobs {threads} --format jsonl` over the corpus",
             f"{cli['all_rss_mb']:.0f} MB ({cli['all_seconds']:.1f} s, "
             f"{cb['bytes'] / 1e6 / cli['all_seconds']:.1f} MB/s with disk and output)",
             "", "< 300 MB", yes(cli["all_rss_mb"] < 300)))
rows.append(("peak memory, extract_throughput (corpus held in memory)",
             f"{cb['rss_peak_mb']:.0f} MB, {cb['rss_loaded_mb']:.0f} MB of it before the first run",
             "", "", ""))
rows.append((f"start-up + one {cli['one_bytes'] / 1000:.1f} KB document, `casebook extract`",
             f"{cli['one_ms_median']:.0f} ms median of 21 (min {cli['one_ms_min']:.0f}; "
             f"CPU {cli['one_cpu_ms_median']:.0f} ms)", "", "< 100 ms",
             yes(cli["one_ms_median"] < 100)))
rows.append(("stage shares, 1 thread", f"ingest {cb['share_ingest']:.0f}%, nlp "
             f"{cb['share_nlp']:.0f}%, extract {cb['share_extract']:.0f}%, json "
             f"{cb['share_json']:.0f}%", "", "", ""))
print(f"corpus: {cb['docs']:.0f} documents, {cb['bytes'] / 1e6:.1f} MB, median "
      f"{cb['median_bytes']:.0f} bytes, ~{words_per_mb:,.0f} words and "
      f"~{sents_per_mb:,.0f} sentences per MB (wink-nlp's count on the stripped text)\n")
print("| measure | value | casebook (1 thread) is | target | |")
print("|---|---|---|---|---|")
for r in rows:
    print("| " + " | ".join(r) + " |")
PY
{
  echo "## $(date -u +%Y-%m-%dT%H:%M:%SZ) casebook $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')," \
    "$(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr); node $(node --version);" \
    "load average $load_start at the start, $load_end at the end (a shared machine: compare" \
    "the ratios, measured side by side, rather than the absolute figures)"
  echo
  cat "$tmp/table.md"
  echo
  echo "Peers get the documents' text from a simple tag stripper (bench/peers/peers.js) before"
  echo "their clock starts; casebook's figures include its own HTML ingest. MB are of the HTML"
  echo "files as read. Peers run on the first documents of the corpus (compromise on" \
    "$compromise_mb MB, wink-nlp on $wink_mb MB) to keep \`make bench\` short. \"per CPU-s\":"
  echo "MB per second of the process's CPU time, steadier than wall time when other work shares"
  echo "the cores. Published figures are converted with wink-nlp's word and sentence counts."
  echo
} > "$tmp/section.md"
cat "$tmp/section.md"
cat "$tmp/section.md" >> "$result"
log "appended to $result"
bench/store_bench.sh "$build"  # the case store: ingest docs/s, search p95 (bench/README.md)
# The HTTP server under wrk: search and event listing on a 10,000-document store.
bench/serve_load.sh "$build"
