#!/usr/bin/env bash
# Documents/s of the per-document stages (read, clean, segment, embed): Spark local[1] and
# local[2] against the same stages in one JVM without Spark (DocumentReader on 1 and 2
# threads, one ONNX session of as many threads), on the same files.
#
# Usage: bench/spark-bench.sh [FILES] [EMBED_FILES] [INPUT]
#   FILES        files read without embeddings (0 = all; default 0)
#   EMBED_FILES  files read with embeddings (--embed candidates; default 400; 0 = all)
#   INPUT        default ../shared/corpus/timeline17 (3,495 articles)
# Writes bench/results/spark-<date>.md (a table) and prints it. Needs python3 to read the JSON.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
files="${1:-0}"
embed_files="${2:-400}"
input="${3:-$here/../shared/corpus/timeline17}"
[ -d "$input" ] || { echo "spark-bench: no input at $input" >&2; exit 1; }
input="$(cd "$input" && pwd)"
mkdir -p "$here/bench/results"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$here/dossier" spark --help >/dev/null   # build once, outside the timings
rows=()
run() { # runner threads embed limit
  local runner=$1 t=$2 embed=$3 limit=$4 json start end
  start=$(date +%s.%N)
  if [ "$runner" = single-jvm ]; then
    json=$("$here/dossier" spark bench-local --threads "$t" --embed "$embed" --limit "$limit" "$input" 2>/dev/null | tail -1)
  else
    "$here/dossier" spark analyse --master "local[$t]" --embed "$embed" --limit "$limit" --out "$work/ds-$t-$embed" \
      "$input" >/dev/null 2>"$work/err.log" || { cat "$work/err.log" >&2; exit 1; }
    json=$(cat "$work/ds-$t-$embed/report.json")
  fi
  end=$(date +%s.%N)
  rows+=("$(python3 - "$runner" "$t" "$embed" "$start" "$end" "$json" <<'PY'
import json, sys
runner, t, embed, start, end, raw = sys.argv[1:]
j = json.loads(raw)
wall = float(end) - float(start)
docs = j["documents"]
if runner == "single-jvm":
    stage_s = j["seconds"]
else:
    stage_s = j["lineStatsSeconds"] + j["analyseSeconds"]
print(f"| {runner if runner=='single-jvm' else 'spark local['+t+']'} | {t} | {embed} | {docs} | {j['sentences']} | {j['embedded']} "
      f"| {stage_s:.1f} | {docs/stage_s:.1f} | {wall:.1f} | {docs/wall:.1f} |")
PY
)")
  echo "${rows[-1]}" >&2
}
for t in 1 2; do
  run single-jvm "$t" none "$files"
  run spark "$t" none "$files"
done
for t in 1 2; do
  run single-jvm "$t" candidates "$embed_files"
  run spark "$t" candidates "$embed_files"
done
out="$here/bench/results/spark-$(date -u +%Y%m%d-%H%M).md"
{
  echo "# Spark benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, input $(basename "$input")"
  echo
  echo "Load average at the end (other processes share the cores): $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "stage s: the per-document stages only (Spark: line-stats pass + analyse pass incl. Parquet write;"
  echo "single JVM: read + stats + analyse + embed). wall: the whole command, JVM and Spark start included."
  echo
  echo "| runner | cores | embed | documents | sentences | embedded | stage s | docs/s | wall s | docs/s (wall) |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
} | tee "$out"
