#!/usr/bin/env bash
# Quotes and speakers on the GGT English development articles (../shared/bench/quotes-ggt-dev),
# scored with GGT's own rule by ../shared/tools/score_quotes.py, on each half of the 49:
# "even" (rows 0, 2, ...: the rows rules were tuned on) and "odd" (rows 1, 3, ...: checked on,
# never tuned on). The other 49 GGT articles, which judge the work, are not here.
#   bench/quotes.sh [OUT]     (OUT defaults to target/bench-quotes)
set -euo pipefail
cd "$(dirname "$0")/.."
GGT=../shared/bench/quotes-ggt-dev/ggt_quotes_dev.jsonl
SCORER=../shared/tools/score_quotes.py
if [[ ! -f $GGT || ! -f $SCORER ]]; then
  echo "skipped: $GGT or $SCORER is absent (they live in ../shared, beside the project)" >&2
  exit 0
fi
OUT=${1:-target/bench-quotes}
rm -rf "$OUT"
mkdir -p "$OUT"
python3 "$SCORER" prepare "$GGT" "$OUT/articles"
./dossier brief --no-cache --out "$OUT/brief" "$OUT/articles" >/dev/null 2>&1
for half in even odd; do
  printf '%-5s ' "$half"
  python3 "$SCORER" score "$GGT" "$OUT/brief/brief.json" --half "$half" | tail -1
done
