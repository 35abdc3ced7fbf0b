#!/usr/bin/env bash
# Checks, on a copy of examples/own-spec-app built against the installed artifacts, that a
# consumer's own specs regenerate without "clean" (issue 11): a build with nothing changed
# compiles nothing, and an edited, an added and a removed spec each change the generated API.
# Usage: .ci/check-own-spec-regeneration.sh   (after ./mvnw install; MVN=mvn for an installed Maven)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
mvn_cmd=${MVN:-$root/mvnw}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp -r examples/own-spec-app/. "$scratch"
rm -rf "$scratch/target"
cd "$scratch"

spec=src/main/resources/bitrix24/spec/main/main.eventlog.get.yaml
generated=target/generated-sources/annotations/com/example/audit/b24/main
api=$generated/EventlogApi.java
build() { "$mvn_cmd" -B "$@" compile > build.log 2>&1 || { cat build.log >&2; exit 1; }; }

build "$@"
test -f "$api" || { echo "FAIL: $api not generated; generated: $(find target/generated-sources -name '*.java' | head)" >&2; exit 1; }

# 0. Nothing changed: nothing is compiled.
build "$@"
grep -q 'Nothing to compile' build.log || { echo "FAIL: a no-change build compiled again" >&2; cat build.log >&2; exit 1; }

# 1. An edited spec is regenerated.
sed -i 's/^summary: Returns one record/summary: Stale-check returns one record/' "$spec"
build "$@"
grep -q 'Stale-check returns one record' "$api" || { echo "FAIL: edited spec not regenerated: $api" >&2; exit 1; }

# 2. An added spec is generated, 3. and generates nothing once removed.
added=${spec%get.yaml}stalecheck.yaml
sed -e 's/^method: main.eventlog.get/method: main.eventlog.stalecheck/' -e '/^types:/,/^errors:/{/^errors:/!d}' "$spec" > "$added"
build "$@"
extra=$(grep -l 'stalecheck' "$generated"/*.java | head -1 || true)
test -n "$extra" || { echo "FAIL: added spec not generated" >&2; cat build.log >&2; exit 1; }
rm "$added"
build "$@"
! grep -q -r 'stalecheck' target/generated-sources target/classes \
  || { echo "FAIL: removed spec still generated or compiled" >&2; exit 1; }

echo "OK: own specs edited, added and removed without clean were regenerated; no change, no compile"
