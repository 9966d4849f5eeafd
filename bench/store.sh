#!/usr/bin/env bash
# The store benchmark: adds the 181 pages of ../shared/bench/article-extraction/html plus the seeds
# and some Timeline17 articles (200 documents in all) through the HTTP API of a fresh store, waits
# for the background embedding, then times briefs over the 200 stored documents.
# Usage: bench/store.sh [extra bench-store options]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${DOSSIER_SHARED:-$here/../shared}"
if [ ! -d "$shared/bench/article-extraction/html" ]; then
  echo "bench/store.sh: $shared/bench/article-extraction/html is absent; set DOSSIER_SHARED" >&2; exit 2
fi
exec "$here/dossier" bench-store --total 200 --question "Why does Russia not want Ukraine to join NATO?" "$@" \
  "$shared/bench/article-extraction/html" "$shared/corpus/seeds" "$shared/corpus/timeline17/haiti_bbc/InputDocs"
