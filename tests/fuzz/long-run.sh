#!/bin/sh
# The longer fuzz run of docs/RELIABILITY.md: each target in turn (one process at a time),
# for SECONDS each, on a copy of its seed corpus; prints one summary line per target and
# keeps the full logs and any crash files in OUT. Build first: cmake --workflow --preset fuzz
# Usage: tests/fuzz/long-run.sh [SECONDS [OUT [TARGET...]]]   (default 300 s, /tmp/fuzz-long)
set -eu
src=$(cd "$(dirname "$0")" && pwd)
bin=$src/../../build/fuzz/tests/fuzz
seconds=${1:-300}
out=${2:-/tmp/fuzz-long}
[ $# -ge 2 ] && shift 2 || shift $#
targets=${*:-$(cd "$src/corpus" && ls)}
mkdir -p "$out"
status=0
for t in $targets; do
  rm -rf "$out/corpus-$t"
  cp -R "$src/corpus/$t" "$out/corpus-$t"
  dict=
  case $t in
    auth_status|start_reply|accounts|whoami|error_body) dict=-dict=$src/api.dict ;;
    retry_after) dict=-dict=$src/headers.dict ;;
    origin|poll_url) dict=-dict=$src/urls.dict ;;
  esac
  # retry_after as its test runs it: with a local clock that has daylight saving.
  zone=${TZ:-}
  [ "$t" = retry_after ] && zone='CET-1CEST,M3.5.0,M10.5.0/3'
  if TZ=$zone "$bin/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -print_final_stats=1 -artifact_prefix="$out/$t-" $dict "$out/corpus-$t" \
      >"$out/$t.log" 2>&1; then result=ok; else result=FAILED; status=1; fi
  last=$(grep -E '^#[0-9]+' "$out/$t.log" | tail -n 1)
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$out/$t.log")
  echo "$t: $result, $execs runs; last: $last"
done
exit $status
