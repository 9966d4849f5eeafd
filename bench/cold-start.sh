#!/usr/bin/env bash
# Cold-start wall time and peak memory of a whole brief, as a user runs it:
#   bench/cold-start.sh [RUNS] [INPUT...]     (default: 3 runs on ../shared/corpus/seeds)
# Each run is a fresh JVM. Prints wall seconds and max RSS per run.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-3}"; shift || true
inputs=("$@"); [ ${#inputs[@]} -gt 0 ] || inputs=("$here/../shared/corpus/seeds")
"$here/dossier" --version >/dev/null   # build first, outside the timing
out="$(mktemp -d)"
for i in $(seq "$runs"); do
  /usr/bin/time -f "run $i: %e s wall, %M KB max RSS" "$here/dossier" brief --no-progress --out "$out" "${inputs[@]}" 2>&1 \
    | grep -E "^run |wrote|embed|read |clean|question"
done
rm -rf "$out"
