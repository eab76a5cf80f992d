#!/usr/bin/env bash
# `make bench`: builds a benchmark corpus outside the repo (the HRDsAttack train and dev
# articles as HTML pages, as the scorer writes them, plus the project's examples, replicated
# to at least 50 MB), measures casebook on it, and appends the result with the machine's
# description to bench/results/.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
corpus=${CASEBOOK_BENCH_CORPUS:-/tmp/casebook-bench-corpus}
shared=$(cd .. && pwd)/shared
min_mb=${CASEBOOK_BENCH_MB:-50}

if [ ! -f "$corpus/.complete" ]; then
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
  fi
  cp examples/* "$corpus/base/"
  copy=0
  while [ "$(du -sm "$corpus" | cut -f1)" -lt "$min_mb" ]; do
    copy=$((copy + 1))
    mkdir -p "$corpus/copy$copy" && cp "$corpus/base/"* "$corpus/copy$copy/"
  done
  touch "$corpus/.complete"
fi

mkdir -p bench/results
result="bench/results/$(date -u +%Y-%m-%d)-$(hostname -s 2>/dev/null || echo host).md"
{
  echo "## $(date -u +%Y-%m-%dT%H:%M:%SZ) casebook $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/{print $2}') GiB"
  echo
} >> "$result"
"$build/bench/extract_throughput" "$corpus" --threads "$(nproc)" --append "$result"
echo "appended to $result"
