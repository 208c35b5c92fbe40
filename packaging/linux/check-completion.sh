#!/bin/sh
# The shell completions must know every option and command fansly-connect-cli's help names,
# so that they cannot fall behind the program.
# Usage: check-completion.sh PATH/TO/fansly-connect-cli COMPLETION_DIR
set -eu
cli=$1
dir=$2
help=$("$cli" --help)
for cmd in connect status reauth accounts disconnect key proxies; do
  help="$help
$("$cli" help "$cmd")"
done
words=$(printf '%s\n' "$help" | grep -o -- '--[a-z][a-z-]*' | sort -u)
commands=$(printf '%s\n' "$help" | sed -n 's/^  \([a-z][a-z]*\)\( [a-z][a-z]*\)\{0,1\} .*/\1/p' | sort -u)
status=0
for file in "$dir/fansly-connect-cli.bash" "$dir/_fansly-connect-cli"; do
  for word in $words $commands; do
    # Whole words only: --proxy must not pass because --proxy-user is there.
    if ! grep -qE -- "(^|[^a-z-])$word([^a-z-]|\$)" "$file"; then
      echo "$(basename "$file") does not know $word (named by the help)"
      status=1
    fi
  done
done
[ -n "$words" ] && [ -n "$commands" ] || { echo "no options or commands read from the help"; exit 1; }
echo "checked $(echo $words | wc -w) options and $(echo $commands | wc -w) commands"
exit $status
