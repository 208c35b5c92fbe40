#!/bin/sh
# fansly-connect --help and its command-line mistakes, without a display, in the system's
# language and with --lang: Spanish and Arabic text, Qt's own words ("Uso", "Opciones")
# included, and the option names kept.
set -u
app=$1
fail() { echo "gui-help: $*" >&2; exit 1; }
run() { env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM LC_ALL=C.UTF-8 "$@"; }

out=$(run LANGUAGE=en "$app" --help) || fail "--help exited $?"
printf '%s\n' "$out" | grep -q '^Usage: fansly-connect \[options\]' || fail "English usage line: $out"
printf '%s\n' "$out" | grep -q -- '--lang <CODE>' || fail "no --lang in the help"

out=$(run LANGUAGE=en "$app" --lang es --help) || fail "--lang es --help exited $?"
printf '%s\n' "$out" | grep -q '^Uso: fansly-connect \[opciones\]' || fail "Spanish usage line: $out"
printf '%s\n' "$out" | grep -q 'Conecta paso a paso' || fail "Spanish description: $out"
printf '%s\n' "$out" | grep -q -- '--api-base-url <URL>' || fail "option names changed: $out"
printf '%s\n' "$out" | grep -q 'Show this help' && fail "English left in the Spanish help"

# The system's language, then --lang winning over it.
out=$(run LANGUAGE=ar "$app" --help) || fail "LANGUAGE=ar --help exited $?"
printf '%s\n' "$out" | grep -q 'OnlyFansAPI' || fail "Arabic help: $out"
printf '%s\n' "$out" | grep -q 'step by step' && fail "English left in the Arabic help: $out"
err=$(run LANGUAGE=ar "$app" --practice --api-base-url http://127.0.0.1:1 2>&1 >/dev/null)
[ $? -eq 2 ] || fail "a mistake should exit 2"
printf '%s\n' "$err" | grep -q 'معًا' || fail "Arabic mistake: $err"
err=$(run LANGUAGE=ar "$app" --lang es --practice --api-base-url http://127.0.0.1:1 2>&1 >/dev/null)
printf '%s\n' "$err" | grep -q 'practice' || fail "Spanish mistake: $err"
printf '%s\n' "$err" | grep -q 'معًا' && fail "--lang es still Arabic: $err"
err=$(run "$app" --lang xx 2>&1 >/dev/null)
[ $? -eq 2 ] || fail "--lang xx should exit 2"
printf '%s\n' "$err" | grep -q -- '--lang takes one of: en, de, es' || fail "--lang xx: $err"
echo "gui-help: English, Spanish and Arabic help and mistakes as expected"
