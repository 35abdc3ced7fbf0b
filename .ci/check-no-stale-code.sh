#!/usr/bin/env bash
# Checks that editing a spec and rebuilding WITHOUT "clean" regenerates the API (no stale code).
# Works on a scratch copy of the committed tree, so the checkout stays untouched.
# Usage: .ci/check-no-stale-code.sh   (MVN=mvn to use an installed Maven; extra args like -o pass through)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
mvn_cmd=${MVN:-$root/mvnw}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
git archive HEAD | tar -x -C "$scratch"
cd "$scratch"

spec=spec/src/main/resources/bitrix24/spec/humanresources/humanresources.node.communication.list.yaml
api=runtime/target/generated-sources/annotations/io/b24rest/api/humanresources/NodeCommunicationApi.java
build() { "$mvn_cmd" -B -q "$@" -pl runtime -am compile; }

build "$@"
grep -q 'Returns chats' "$api"

# 1. An edited spec is regenerated.
sed -i 's/^summary: Returns chats/summary: Stale-check lists chats/' "$spec"
build "$@"
grep -q 'Stale-check lists chats' "$api" || { echo "FAIL: edited spec not regenerated: $api" >&2; exit 1; }

# 2. A removed spec leaves no generated type behind.
# (a copy of the seed without its named types, which the seed already declares)
sed -e 's/^method: humanresources.node.communication.list/method: humanresources.node.communication.stalecheck/' \
  -e '/^types:/,/^errors:/{/^errors:/!d}' "$spec" > "${spec%list.yaml}stalecheck.yaml"
build "$@"
extra=runtime/target/generated-sources/annotations/io/b24rest/api/humanresources/NodeCommunicationStalecheckRequest.java
test -f "$extra" || { echo "FAIL: added spec not generated" >&2; exit 1; }
rm "${spec%list.yaml}stalecheck.yaml"
build "$@"
test ! -e "$extra" || { echo "FAIL: removed spec still generated: $extra" >&2; exit 1; }
classes=runtime/target/classes/io/b24rest/api/humanresources
test ! -e "$classes/NodeCommunicationStalecheckRequest.class" || { echo "FAIL: removed spec still compiled" >&2; exit 1; }

echo "OK: specs edited, added and removed without clean were regenerated"
