#!/usr/bin/env bash
# Load test of `casebook serve` with wrk (Debian): a generated store of 10,000 invented
# reports (5% of them confidential), signed in as a viewer (the slowest role: every query
# carries the confidentiality conditions), 30 s each of search and event listing with
# 2 threads and 50 connections on loopback. Prints requests/s, p99 and errors, and appends
# them to bench/results/serve-<date>.md. Targets: p99 < 50 ms, zero errors.
# Three sets of runs: the fixed URLs with the response cache off (every request does the
# work), ~50 varied searches and listings cycled by bench/serve_varied.lua (cache off), and
# the fixed URLs with the server's default cache (every answer after the first is cached).
#
#   bench/serve_load.sh [BUILD_DIR]
# Environment: CASEBOOK_SERVE_DOCS (default 10000), CASEBOOK_SERVE_SECONDS (default 30),
# CASEBOOK_SERVE_DIR (store and corpus, default /tmp/casebook-serve-bench).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
bin="$build/casebook"
docs=${CASEBOOK_SERVE_DOCS:-10000}
seconds=${CASEBOOK_SERVE_SECONDS:-30}
dir=${CASEBOOK_SERVE_DIR:-/tmp/casebook-serve-bench}
log() { echo "serve bench: $*" >&2; }
command -v wrk >/dev/null || { log "wrk is missing (make deps installs it)"; exit 1; }

# 1. The store, rebuilt when the document count changes.
stamp="v2 $docs"  # v2: rebuilt with schema 5 (search_rows)
if [ "$(cat "$dir/.complete" 2>/dev/null)" != "$stamp" ]; then
  rm -rf "$dir" && mkdir -p "$dir/docs"
  log "writing $docs invented reports"
  python3 - "$dir/docs" "$docs" <<'PY'
import random, sys
out, n = sys.argv[1], int(sys.argv[2])
rng = random.Random(7)
given = ["Aziz", "Bahrom", "Dilnoza", "Elena", "Farid", "Gulnara", "Hasan", "Irina", "Jamal",
         "Karim", "Laylo", "Marat", "Nodira", "Oleg", "Parviz", "Ruslan", "Sabina", "Timur",
         "Umida", "Viktor", "Yusuf", "Zarina", "Anvar", "Malika", "Sergei", "Olga"]
surnames = ["Aliyev", "Bakirov", "Chernov", "Davletov", "Ergashev", "Fayzullin", "Gafurov",
            "Hamidov", "Ismoilov", "Juraev", "Kasymov", "Mirzoev", "Nazarov", "Orlov",
            "Petrenko", "Qodirov", "Rahimov", "Sultanov", "Tursunov", "Usmonov", "Valiev",
            "Yakubov", "Zakirov", "Karimov", "Saidov", "Abdullaev", "Levchenko", "Sokolov"]
places = [("Minsk", "Belarus"), ("Tashkent", "Uzbekistan"), ("Almaty", "Kazakhstan"),
          ("Baku", "Azerbaijan"), ("Tbilisi", "Georgia"), ("Yerevan", "Armenia"),
          ("Bishkek", "Kyrgyzstan"), ("Dushanbe", "Tajikistan"), ("Moscow", "Russia"),
          ("Istanbul", "Turkey"), ("Cairo", "Egypt"), ("Tehran", "Iran")]
roles = ["journalist", "lawyer", "blogger", "activist", "human rights defender", "editor",
         "teacher", "poet"]
months = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
acts = [
    "Police in {country} detained the {role} {name} in {city} on {date}.",
    "A court in {city} sentenced the {role} {name} to {years} years in prison on {date}.",
    "Security officers searched the home of the {role} {name} in {city} on {date}.",
    "Unknown men beat the {role} {name} outside his office in {city} on {date}.",
    "Authorities in {country} charged the {role} {name} with extremism on {date}.",
]
after = [
    "{rel_name}, the {rel} of {short}, said the charges were politically motivated.",
    "Colleagues of {short} said the case was meant to silence critics of the government.",
    "The {rel} of {short}, {rel_name}, was questioned by police the next day.",
]
filler = ("Local monitors said at least {k} people had faced similar pressure this year. "
          "The organisation called for the release of everyone held for peaceful expression. ")
for i in range(n):
    g, s = rng.choice(given), rng.choice(surnames)
    city, country = rng.choice(places)
    y, m, d = rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28)
    date = f"{d} {months[m - 1]} {y}"
    name = f"{g} {s}"
    text = rng.choice(acts).format(country=country, role=rng.choice(roles), name=name,
                                   city=city, date=date, years=rng.randint(2, 12))
    text += " " + rng.choice(after).format(rel=rng.choice(["brother", "sister", "wife", "father"]),
                                           rel_name=f"{rng.choice(given)} {s}", short=s)
    text += " " + filler.format(k=rng.randint(3, 90)) + f"Report {i}."
    with open(f"{out}/r{i:05d}.txt", "w", encoding="utf-8") as f:
        f.write(f"---\ntitle: {name} in {city}\npublished: {y}-{m:02d}-{min(d + 2, 28):02d}\n---\n")
        f.write(text + "\n")
PY
  log "ingesting (this takes a minute or two)"
  "$bin" ingest --db "$dir/cb.db" --jobs "$(nproc)" --batch 500 "$dir/docs" 2>&1 | tail -1 >&2
  echo "$stamp" > "$dir/.complete"
  rm -f "$dir/viewer.pw"
fi

# 2. Accounts (once per store) and 5% of the documents marked confidential through the API.
server=
start_server() {
  [ -z "$server" ] || { kill "$server"; wait "$server" 2>/dev/null || true; }
  port=$((20000 + RANDOM % 20000))
  "$bin" serve --db "$dir/cb.db" --listen "127.0.0.1:$port" "$@" > "$dir/serve.log" 2>&1 &
  server=$!
  base="http://127.0.0.1:$port/api/v1"
  for _ in $(seq 50); do curl -sf "$base/health" >/dev/null && break; sleep 0.2; done
}
trap '[ -z "$server" ] || kill $server 2>/dev/null || true' EXIT
start_server --cache-entries 0
login() {
  curl -sf -c "$dir/$1.cookies" -H 'Content-Type: application/json' \
    -d "{\"name\":\"bench-$1\",\"password\":\"$2\"}" "$base/login"
}
if [ ! -s "$dir/viewer.pw" ]; then
  "$bin" user add bench-editor --role editor --db "$dir/cb.db" 2>/dev/null | tail -1 > "$dir/editor.pw"
  "$bin" user add bench-viewer --role viewer --db "$dir/cb.db" 2>/dev/null | tail -1 > "$dir/viewer.pw"
  csrf=$(login editor "$(cat "$dir/editor.pw")" | python3 -c 'import json,sys; print(json.load(sys.stdin)["csrf"])')
  for id in $(seq 7 20 "$docs"); do
    curl -sf -b "$dir/editor.cookies" -H "X-CSRF-Token: $csrf" -X PUT \
      -H 'Content-Type: application/json' -d '{"confidential":true}' \
      "$base/documents/$id/confidential" >/dev/null
  done
fi
login viewer "$(cat "$dir/viewer.pw")" >/dev/null
cookie=$(awk '$6 == "casebook_session" {print "casebook_session=" $7}' "$dir/viewer.cookies")

# 3. wrk, one endpoint at a time; `run NAME PATH [search|events]`, the third argument for the
# varied runs.
run() {
  local name=$1 path=$2 varied=${3:-}
  curl -sf -H "Cookie: $cookie" "http://127.0.0.1:$port$path" >/dev/null ||
    { log "$path fails"; exit 1; }
  local out script=()
  [ -z "$varied" ] || script=(-s bench/serve_varied.lua)
  out=$(CASEBOOK_VARIED=$varied wrk -t2 -c50 -d"${seconds}s" --latency "${script[@]}" \
    -H "Cookie: $cookie" "http://127.0.0.1:$port$path")
  local rps p99 non2xx sock
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
  sock=$(awk '/Socket errors/ {print $0}' <<<"$out")
  echo "| $name | \`$path\` | $rps | $p99 | ${non2xx:-0} | ${sock:-none} |"
}
fixed() {
  run "search (a surname, ~4% of documents)$1" "/api/v1/search?q=Nazarov&limit=20"
  run "search (a word in every document)$1" "/api/v1/search?q=police&limit=20"
  run "event listing$1" "/api/v1/events?limit=50"
  run "event listing, filtered$1" "/api/v1/events?limit=50&type=arrest_detention&from=2020"
}
uncached=$(
  fixed ", no cache"
  run "46 varied searches, no cache" "/api/v1/search?q=police&limit=20" search
  run "50 varied event listings, no cache" "/api/v1/events?limit=50" events
)
start_server  # the default cache; the session stays valid across the restart
cached=$(fixed ", cached")
table=$(
  echo "| measure | request | requests/s | p99 | non-2xx | socket errors |"
  echo "|---|---|---|---|---|---|"
  echo "$uncached"
  echo "$cached"
)
result="bench/results/serve-$(date -u +%Y-%m-%d).md"
{
  echo "## $(date -u +%Y-%m-%dT%H:%M:%SZ) casebook serve $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')," \
    "load average $(cut -d' ' -f1-3 /proc/loadavg) at the end. Store: $docs invented reports" \
    "($(du -m "$dir/cb.db" | cut -f1) MB), 5% confidential; requests as a viewer; wrk" \
    "-t2 -c50 -d${seconds}s on loopback; server with its default 64 worker threads and 4 store connections;" \
    "varied runs cycle through bench/serve_varied.lua."
  echo
  echo "$table"
  echo
} | tee -a "$result"
log "appended to $result"
