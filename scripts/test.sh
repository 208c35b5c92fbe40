#!/usr/bin/env bash
# Installs what it needs, builds, and runs every test: a Debug build and an
# AddressSanitizer/UBSan build. Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh test
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 700 "$XDG_RUNTIME_DIR"
cmake --workflow --preset dev
cmake --workflow --preset asan
