#!/usr/bin/env bash
# Trains the key point matcher on ArgKP-2021 train, reports Track 1 mAP on dev, and writes
# dossier-core/src/main/resources/io/dossier/group/matcher.json (weights, scaling, the SHA-256
# of the data it read, the figures). Deterministic: rerunning gives the same file.
# Usage: bench/train-matcher.sh [--data DIR]   (default DIR: ../shared/bench/kpa2021)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
exec ./dossier train-matcher "$@"
