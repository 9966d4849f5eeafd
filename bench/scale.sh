#!/usr/bin/env bash
# Big piles on one machine (docs/scale-bench.md): for 300, 1,000 and all 3,471 timeline17
# articles (InputDocs files in path order), the whole CLI brief timed by /usr/bin/time (wall,
# user CPU, user/wall, peak RSS, documents/s), then for 1,000 the same brief again with a
# vector cache (a second process, as a user reruns it), and `dossier bench` on 1,000 for the
# per-stage times and the embed stage's share of the model's raw rate on its own sentences.
# Usage: bench/scale.sh [SIZES...]   (default: 300 1000 3471). Reads ../shared; prints the load.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="$here/../shared"
if [ ! -d "$shared/corpus/timeline17" ]; then
  echo "bench/scale.sh: $shared/corpus/timeline17 is needed; skipping" >&2
  exit 0
fi
sizes=("$@")
if [ "${#sizes[@]}" -eq 0 ]; then sizes=(300 1000 3471); fi
"$here/dossier" --version >/dev/null   # build first, outside the timing
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
find "$shared/corpus/timeline17" -type f -path '*InputDocs*' | LC_ALL=C sort > "$out/all"
echo "machine: $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
timed() { # label, then the command; prints one line
  local label="$1"; shift
  /usr/bin/time -o "$out/time" -f "%e %U %S %M" "$@" > "$out/log" 2>&1 || { tail -5 "$out/log"; exit 1; }
  read -r wall user sys rss < "$out/time"
  awk -v l="$label" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v n="$n" \
    'BEGIN { printf "%-28s %7.1f s wall  %6.1f s user  user/wall %.2f  %6.0f MB peak RSS  %5.1f documents/s\n", l, w, u, u / w, r / 1024, n / w }'
  echo "$wall" > "$out/last-wall"
}
for n in "${sizes[@]}"; do
  head -n "$n" "$out/all" > "$out/list"
  n="$(wc -l < "$out/list")"
  # shellcheck disable=SC2046
  timed "brief, $n articles" "$here/dossier" brief --no-progress --no-cache --out "$out/b" $(cat "$out/list")
done
n=1000
head -n "$n" "$out/all" > "$out/list"
n="$(wc -l < "$out/list")"
rm -rf "$out/cache"
# shellcheck disable=SC2046
timed "brief, $n, cache filled" "$here/dossier" brief --no-progress --cache "$out/cache" --out "$out/c1" $(cat "$out/list")
first="$(cat "$out/last-wall")"
# shellcheck disable=SC2046
timed "brief, $n, from the cache" "$here/dossier" brief --no-progress --cache "$out/cache" --out "$out/c2" $(cat "$out/list")
second="$(cat "$out/last-wall")"
awk -v a="$first" -v b="$second" 'BEGIN { printf "the same brief again from the cache: %.2fx the first\n", b / a }'
cmp -s "$out/c1/brief.json" "$out/c2/brief.json" && echo "brief.json identical with and from the cache" \
  || echo "brief.json DIFFERS from the cache"
echo "dossier bench, $n articles:"
# shellcheck disable=SC2046
"$here/dossier" bench --runs 1 $(cat "$out/list") 2>&1 | grep -vE '^\[|WARN'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
