#!/usr/bin/env bash
# Every published jar names its module (issue 11): after `install`, each module's main jar must
# carry an Automatic-Module-Name of its own, not the parent's fallback.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
for pom in */pom.xml; do
  module=$(dirname "$pom")
  grep -q '<packaging>pom</packaging>' "$pom" && continue
  artifact=$(sed -n 's:.*<artifactId>\(b24-[^<]*\)</artifactId>.*:\1:p' "$pom" | sed -n 2p)
  jar=$(ls "$module"/target/"$artifact"-*.jar 2>/dev/null | grep -v -e '-sources' -e '-javadoc' -e '-tests' | head -1 || true)
  if [ -z "$jar" ]; then
    echo "$module: no jar in $module/target (build with install first)" >&2; status=1; continue
  fi
  name=$(unzip -p "$jar" META-INF/MANIFEST.MF | tr -d '\r' | sed -n 's/^Automatic-Module-Name: //p')
  if [ -z "$name" ] || [ "$name" = "io.b24rest.unnamed" ]; then
    echo "$jar: no module name of its own (set b24.moduleName in $pom)" >&2; status=1
  fi
done
[ "$status" = 0 ] && echo "OK: every jar names its module"
exit "$status"
