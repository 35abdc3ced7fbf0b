#!/usr/bin/env bash
# The BOM lists every published module (issue 11): each module whose pom does not skip deploying
# must be a dependency of bom/pom.xml, so that a consumer never needs a version of its own.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
for pom in */pom.xml; do
  [ "$pom" = bom/pom.xml ] && continue
  grep -q '<maven.deploy.skip>true</maven.deploy.skip>' "$pom" && continue
  artifact=$(sed -n 's:.*<artifactId>\(b24-[^<]*\)</artifactId>.*:\1:p' "$pom" | sed -n 2p)
  grep -q "<artifactId>$artifact</artifactId>" bom/pom.xml \
    || { echo "bom/pom.xml: $artifact ($pom) is published but not in the BOM" >&2; status=1; }
done
[ "$status" = 0 ] && echo "OK: the BOM lists every published module"
exit "$status"
