#!/usr/bin/env bash
# `make demo`: ingests examples/ into a fresh local store, creates an admin account with a
# one-time password (printed once), then serves the web UI until Ctrl-C.
# Usage: tools/demo.sh BUILD_DIR [LISTEN]   (LISTEN defaults to 127.0.0.1:8080)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
listen="${2:-${CASEBOOK_LISTEN:-127.0.0.1:8080}}"
bin="$build/casebook"
dir="$build/demo"
rm -rf "$dir"
mkdir -p "$dir"
# A key file keeps the demo store encrypted, as a real one should be.
head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$dir/key"
chmod 600 "$dir/key"
export CASEBOOK_KEY_FILE="$dir/key"
"$bin" ingest --db "$dir/casebook.db" examples/
"$bin" user add admin --role admin --db "$dir/casebook.db"
echo "Sign in as admin with the password above."
exec "$bin" serve --db "$dir/casebook.db" --listen "$listen"
