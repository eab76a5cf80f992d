#!/usr/bin/env bash
# Runs each libFuzzer target for SECONDS over its seed corpus, one at a time and niced, and
# prints one line per target: executions, coverage (libFuzzer's cov/ft), crashes.
# Usage: tests/fuzz/run.sh BUILD_DIR SECONDS TARGET...   (targets without the _fuzz suffix)
# New inputs go to BUILD_DIR/corpus/<target> (the seeds in tests/fuzz/corpus/ stay as written);
# a crashing input is saved in BUILD_DIR/artifacts/<target>/ and the script exits 1.
set -uo pipefail
cd "$(dirname "$0")/../.."
build=$1
seconds=$2
shift 2
status=0
for t in "$@"; do
  bin="$build/${t}_fuzz"
  work="$build/corpus/$t"
  art="$build/artifacts/$t"
  log="$build/logs/$t.log"
  mkdir -p "$work" "$art" "$build/logs"
  # The whole pipeline is slow per input; longer inputs mostly repeat what shorter ones reach.
  max_len=4096
  [ "$t" = extract ] && max_len=8192
  [ "$t" = search_query ] && max_len=512
  [ "$t" = api_body ] && max_len=2048
  nice -n 15 "$bin" "$work" "tests/fuzz/corpus/$t" -max_total_time="$seconds" \
    -max_len="$max_len" -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$art/" >"$log" 2>&1
  rc=$?
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$')
  cov=$(grep -E '^#[0-9]+' "$log" | grep -o 'cov: [0-9]* ft: [0-9]*' | tail -1)
  corpus=$(ls "$work" | wc -l)
  if [ $rc -ne 0 ]; then
    status=1
    echo "fuzz $t: FAILED (exit $rc) after ${execs:-?} executions; see $log and $art"
  else
    echo "fuzz $t: ${execs:-?} executions in ${seconds} s, $cov, corpus $corpus, no crash"
  fi
done
exit $status
