#!/usr/bin/env bash
# Install what is missing, then start intake-desktop on the local SQLite store.
# On the very first start the program offers demo data. Extra arguments go to the program.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
ensure_system_packages
ensure_venv "laptop"   # the encrypted store for home visits (Meenemen voor huisbezoek)
exec .venv/bin/intake-desktop "$@"
