#!/usr/bin/env bash
# Side-by-side load runs of two casebook binaries on copies of one bench store, alternating
# old and new in each round, so a loaded, noisy machine weighs on both alike. Needs the store
# and viewer session of bench/serve_load.sh, and a copy of that store taken before a newer
# binary migrated it (`cp cb.db cb-old.db` in the bench folder), for the older binary.
#
#   bench/serve_compare.sh OLD_BIN NEW_BIN [ROUNDS] [SECONDS]
# Extra arguments for the new server: CASEBOOK_NEW_ARGS (e.g. "--cache-entries 0").
set -euo pipefail
cd "$(dirname "$0")/.."
old=$1 new=$2 rounds=${3:-2} seconds=${4:-10}
dir=${CASEBOOK_SERVE_DIR:-/tmp/casebook-serve-bench}
read -r -a new_args <<<"${CASEBOOK_NEW_ARGS:-}"
cookie=$(awk '$6 == "casebook_session" {print "casebook_session=" $7}' "$dir/viewer.cookies")
server=
trap '[ -z "$server" ] || kill $server 2>/dev/null || true' EXIT
urls=("/api/v1/search?q=Nazarov&limit=20" "/api/v1/search?q=police&limit=20"
  "/api/v1/events?limit=50" "/api/v1/events?limit=50&type=arrest_detention&from=2020"
  "varied:search" "varied:events")
one() {  # one server, every URL; prints "url rps p99 errors" lines
  local bin=$1 db=$2
  shift 2
  local port=$((20000 + RANDOM % 20000))
  "$bin" serve --db "$db" --listen "127.0.0.1:$port" "$@" >/dev/null 2>&1 &
  server=$!
  for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/api/v1/health" >/dev/null && break; sleep 0.2; done
  for u in "${urls[@]}"; do
    local path=$u script=() varied=
    if [[ $u == varied:* ]]; then
      varied=${u#varied:}
      path=/api/v1/events
      script=(-s bench/serve_varied.lua)
    fi
    local out
    out=$(CASEBOOK_VARIED=$varied wrk -t2 -c50 -d"${seconds}s" --latency "${script[@]}" \
      -H "Cookie: $cookie" "http://127.0.0.1:$port$path")
    echo "$u $(awk '/Requests\/sec/ {print $2}' <<<"$out") $(awk '$1 == "99%" {print $2}' <<<"$out")" \
      "$(awk '/Non-2xx/ {n=$NF} /Socket errors/ {s=$0} END {print (n ? n : 0) "/" (s ? s : "none")}' <<<"$out" | tr ' ' '_')"
  done
  kill "$server"
  wait "$server" 2>/dev/null || true
  server=
}
echo "| round | binary | request | requests/s | p99 | non-2xx/socket errors |"
echo "|---|---|---|---|---|---|"
for r in $(seq "$rounds"); do
  cp "$dir/cb-old.db" "$dir/compare-old.db"
  cp "$dir/cb.db" "$dir/compare-new.db"
  one "$old" "$dir/compare-old.db" | while read -r u rps p99 err; do
    echo "| $r | old | \`$u\` | $rps | $p99 | $err |"
  done
  one "$new" "$dir/compare-new.db" "${new_args[@]}" | while read -r u rps p99 err; do
    echo "| $r | new | \`$u\` | $rps | $p99 | $err |"
  done
  echo "load average $(cut -d' ' -f1-3 /proc/loadavg) after round $r" >&2
done
rm -f "$dir"/compare-{old,new}.db*
