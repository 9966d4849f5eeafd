#!/usr/bin/env bash
# The speed targets of point finding (docs/grouping-bench.md, "Speed"):
#   - the seeds brief cold (a fresh JVM, as a user runs it), 3 runs;
#   - 1,000 timeline17 articles (the first 1,000 InputDocs files in path order) under the
#     launcher's 2 GB heap, with the per-stage breakdown, the key point labels' embedding and
#     the matcher's own scoring time (`dossier bench`).
# Usage: bench/points.sh [N]   (N articles, default 1000). Reads ../shared; prints the machine's load.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="$here/../shared"
n="${1:-1000}"
if [ ! -d "$shared/corpus/seeds" ] || [ ! -d "$shared/corpus/timeline17" ]; then
  echo "bench/points.sh: $shared/corpus/seeds and timeline17 are needed; skipping" >&2
  exit 0
fi
"$here/dossier" --version >/dev/null   # build first, outside the timing
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
q="Why does Russia not want Ukraine to join NATO?"
for i in 1 2 3; do
  /usr/bin/time -f "seeds cold run $i: %e s wall, %U s user, %M KB max RSS" \
    "$here/dossier" brief --no-progress -q "$q" --out "$out" "$shared/corpus/seeds" 2>&1 | grep -E "^seeds"
done
find "$shared/corpus/timeline17" -type f -path '*InputDocs*' | LC_ALL=C sort > "$out/all"
head -n "$n" "$out/all" > "$out/list"
echo "timeline17: $(wc -l < "$out/list") articles"
# shellcheck disable=SC2046
/usr/bin/time -f "timeline17 $n: %e s wall, %U s user, %M KB max RSS" \
  "$here/dossier" bench --runs 1 $(cat "$out/list") 2>&1 | grep -vE '^\[|WARN'
