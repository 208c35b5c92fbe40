#!/bin/sh
# Runs one libFuzzer target on a throwaway copy of its seed corpus, so what the run adds
# never lands in the source tree. Usage: run-fuzzer.sh FUZZER CORPUS_DIR [libFuzzer options]
set -eu
fuzzer=$1
corpus=$2
shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -R "$corpus"/. "$work"/
"$fuzzer" -print_final_stats=1 "$@" "$work"
