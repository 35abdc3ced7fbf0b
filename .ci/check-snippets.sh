#!/usr/bin/env bash
# Fails when a Markdown snippet differs from its tagged source (issue 17). A Markdown block marked
# "<!-- snippet: NAME -->" on the line before its fence must equal, line for line, the lines between
# "// tag::NAME[]" and "// end::NAME[]" in examples/snippets, which CI compiles and runs.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
while IFS= read -r md; do
  while IFS= read -r name; do
    src=$(grep -rl --include='*.java' -F "// tag::${name}[]" examples/snippets/src || true)
    if [ -z "$src" ]; then
      echo "$md: snippet '$name' has no '// tag::${name}[]' in examples/snippets" >&2
      status=1
      continue
    fi
    expected=$(sed -n "\\|// tag::${name}\\[\\]|,\\|// end::${name}\\[\\]|p" "$src" | sed '1d;$d')
    actual=$(awk -v name="$name" '
      $0 == "<!-- snippet: " name " -->" { marked = 1; next }
      marked && /^```/ { if (inside) exit; inside = 1; next }
      inside { print }' "$md")
    if [ "$expected" != "$actual" ]; then
      echo "$md: snippet '$name' differs from $src:" >&2
      diff <(echo "$expected") <(echo "$actual") >&2 || true
      status=1
    fi
  done < <(sed -n 's/^<!-- snippet: \(.*\) -->$/\1/p' "$md")
done < <(git ls-files '*.md')
exit $status
