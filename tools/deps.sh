#!/usr/bin/env bash
# Installs what casebook needs to build and test on Debian 12: the Debian packages below
# (only those missing, non-interactively) and the pinned npm tarballs (cmake/npm_pins.cmake).
# Safe to run again: it does nothing when everything is there.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake pkg-config git ca-certificates python3 nodejs npm
  libgumbo-dev nlohmann-json3-dev libcli11-dev libutf8proc-dev libsodium-dev
  libgtest-dev libgmock-dev libbenchmark-dev iso-codes wordnet-base clang-format
  libcpp-httplib-dev chromium wrk libzstd-dev libgoogle-perftools-dev
  clang libclang-rt-14-dev
)
missing=()
for p in "${packages[@]}"; do
  # nodejs and npm may come from elsewhere than Debian (e.g. a preinstalled Node.js); accept
  # a working command in place of the package.
  case "$p" in
    nodejs) command -v node >/dev/null 2>&1 && continue ;;
    npm) command -v npm >/dev/null 2>&1 && continue ;;
    python3) command -v python3 >/dev/null 2>&1 && continue ;;
  esac
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "casebook deps: installing ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
cmake -P cmake/fetch_npm_all.cmake
