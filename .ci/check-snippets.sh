#!/usr/bin/env bash
# Fails when a Markdown snippet differs from its tagged source, or when a Java block of a Markdown
# file is not a checked snippet (issue 17).
#
# A block marked "<!-- snippet: NAME -->" on the line before its fence must equal, line for line,
# the lines between "// tag::NAME[]" and "// end::NAME[]" in the Java sources of examples/ (the
# snippets project and the example apps, which CI compiles and runs). A name tagged several times
# in one file (imports, then the calls inside a test method) gives the regions one after the other,
# each shifted left by its own common indentation. The marker and the fence may be indented (a block
# inside a list item); the fence's indentation is taken off the block's lines.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0

# The regions tagged $1 in file $2, each without its common indentation, one after the other.
tagged_regions() {
  awk -v name="$1" '
    function flush(   i, line, cut) {
      cut = -1
      for (i = 1; i <= n; i++) {
        line = lines[i]
        if (line ~ /[^ ]/) {
          match(line, /^ */)
          if (cut < 0 || RLENGTH < cut) cut = RLENGTH
        }
      }
      for (i = 1; i <= n; i++) print (cut > 0 ? substr(lines[i], cut + 1) : lines[i])
      n = 0
    }
    index($0, "// end::" name "[]") { inside = 0; flush(); next }
    inside { lines[++n] = $0; next }
    index($0, "// tag::" name "[]") { inside = 1; n = 0 }' "$2"
}

# The lines of the block marked $1 in Markdown file $2, without the fence's indentation.
marked_block() {
  awk -v name="$1" '
    { trimmed = $0; sub(/^ +/, "", trimmed) }
    trimmed == "<!-- snippet: " name " -->" { marked = 1; next }
    marked && trimmed ~ /^```/ {
      if (inside) exit
      inside = 1; match($0, /^ */); indent = RLENGTH; next
    }
    inside {
      line = $0
      match(line, /^ */)
      print substr(line, (RLENGTH < indent ? RLENGTH : indent) + 1)
    }' "$2"
}

while IFS= read -r md; do
  while IFS= read -r name; do
    src=$(grep -rl --include='*.java' -F "// tag::${name}[]" examples/*/src || true)
    if [ -z "$src" ]; then
      echo "$md: snippet '$name' has no '// tag::${name}[]' in examples/*/src" >&2
      status=1
      continue
    fi
    if [ "$(echo "$src" | wc -l)" -ne 1 ]; then
      echo "$md: snippet '$name' is tagged in more than one file:" $src >&2
      status=1
      continue
    fi
    expected=$(tagged_regions "$name" "$src")
    actual=$(marked_block "$name" "$md")
    if [ "$expected" != "$actual" ]; then
      echo "$md: snippet '$name' differs from $src:" >&2
      diff <(echo "$expected") <(echo "$actual") >&2 || true
      status=1
    fi
  done < <(sed -n 's/^ *<!-- snippet: \(.*\) -->$/\1/p' "$md")

  # Every Java block must be a checked snippet: the line before its fence is a marker.
  awk -v md="$md" '
    { trimmed = $0; sub(/^ +/, "", trimmed) }
    trimmed ~ /^```/ {
      if (!inside && trimmed == "```java" && previous !~ /^<!-- snippet: .* -->$/) {
        printf "%s:%d: a java block without a <!-- snippet: NAME --> marker on the line before\n", md, NR > "/dev/stderr"
        failed = 1
      }
      inside = !inside
    }
    { previous = trimmed }
    END { exit failed }' "$md" || status=1
done < <(git ls-files '*.md')
exit $status
