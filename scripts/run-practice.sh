#!/usr/bin/env bash
# Installs what it needs, builds a Release, and starts the app in practice mode
# (a built-in simulator: no API key, no real account is touched).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh run
cmake --workflow --preset release
exec build/release/app/gui/fansly-connect --practice "$@"
