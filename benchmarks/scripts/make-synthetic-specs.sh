#!/usr/bin/env bash
# Writes N synthetic method specs (copies of the seed spec under other names, in groups of ten)
# plus the error catalogue and an index, as a class path root for the generator benchmark.
#   usage: make-synthetic-specs.sh N OUT_DIR
set -euo pipefail
n=${1:?number of specs}
out=${2:?output directory}
here=$(cd "$(dirname "$0")" && pwd)
specs="$here/../../spec/src/main/resources/bitrix24/spec"
seed="$specs/humanresources/humanresources.node.communication.list.yaml"

rm -rf "$out"
mkdir -p "$out/bitrix24/spec/synthetic"
cp "$specs/common-errors.yaml" "$out/bitrix24/spec/"
index="$out/bitrix24/spec/index.txt"
echo "bitrix24/spec/common-errors.yaml" > "$index"
for ((i = 1; i <= n; i++)); do
  group=$(printf 'g%03d' $(((i - 1) / 10)))
  method=$(printf 'synthetic.%s.list%04d' "$group" "$i")
  type=$(printf 'Communication%04d' "$i")
  file="bitrix24/spec/synthetic/$method.yaml"
  sed -e "s/^method: .*/method: $method/" \
      -e "s/^scope: .*/scope: synthetic/" \
      -e "s/Communication\b/$type/g" \
      "$seed" > "$out/$file"
  echo "$file" >> "$index"
done
echo "wrote $n specs to $out"
