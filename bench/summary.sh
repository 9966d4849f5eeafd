#!/usr/bin/env bash
# The summary on Multi-News dev (issue 10): one brief per cluster, made without --question as
# a new user would, scored by the shared scorer (ROUGE-1/2 over the first 250 words of the
# summary, then each key point's first evidence), with the Lead baseline beside it. Prints
# each cluster's inferred question too: none should come from page furniture.
# Usage: bench/summary.sh [OUT] [CLUSTERS]   (defaults: target/summary-bench, ../shared/bench/multinews-dev)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
out="${1:-target/summary-bench}"
clusters="${2:-../shared/bench/multinews-dev}"
if [ ! -d "$clusters" ]; then
  echo "summary.sh: $clusters is absent (the Multi-News dev clusters from ../shared); nothing to score" >&2
  exit 0
fi
mkdir -p "$out"
./dossier --version > /dev/null   # build once, before the loop
n=0
for c in "$clusters"/*/; do
  [ -d "$c/docs" ] || continue
  id="$(basename "$c")"
  n=$((n + 1))
  ./dossier brief --out "$out/$id" "$c/docs" > "$out/$id.log" 2>&1 || echo "brief failed: $id (see $out/$id.log)" >&2
  printf '%-24s %s\n' "$id" "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["question"])' "$out/$id/brief.json" 2>/dev/null || echo '-')"
done
echo "$n clusters"
python3 ../shared/tools/score_summary.py brief "$clusters" "$out" 250
python3 ../shared/tools/score_summary.py baseline "$clusters" 250
