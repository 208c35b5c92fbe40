#!/usr/bin/env bash
# Installs what it needs, builds, and runs every test three times over: a Debug build, an
# AddressSanitizer/UBSan build, and an optimised (Release) build; then installs, uses and
# removes the packages built from the Release tree, and runs each libFuzzer
# target for a few seconds (the fuzz preset; longer runs: docs/RELIABILITY.md). Exits
# non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh test
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 700 "$XDG_RUNTIME_DIR"
# Three test processes per core (the presets name no job count): the tests mostly wait on
# servers, timers and child programs. Measured on 2 cores: 199 s of wall time for 63 s of CPU
# at -j2; 81 s at -j6, every test passing.
export CTEST_PARALLEL_LEVEL=${CTEST_PARALLEL_LEVEL:-$(($(nproc) * 3))}
cmake --workflow --preset dev
cmake --workflow --preset asan
cmake --workflow --preset release-tests
# The .deb, .rpm and .tar.gz from that Release tree: installed, used, removed (and kept in
# FC_PACKAGES_OUT when it is set: the release workflow uploads them from there).
scripts/check-packages.sh build/release-tests ${FC_PACKAGES_OUT:+"$FC_PACKAGES_OUT"}
cmake --workflow --preset fuzz
