#!/usr/bin/env bash
# Issue 14's reproductions against the built jar, loopback only: time per MB of 1/8/30 MB texts,
# a WARC bomb beside good files, reversed input order, SSRF to a second loopback port (plain,
# decimal, IPv6-mapped, localhost, metadata, private), a stalling server, a 405-byte upload name,
# 8 concurrent 31 MB uploads, `add` beside two servers on one store, and a soak of mixed
# requests (requests/s, p95, errors, RSS). Each check prints PASS or FAIL.
# Usage: bench/robustness.sh [--quick] [--soak-seconds N]     (about 15 minutes in full)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./dossier --version > /dev/null   # builds the jar when the sources are newer
exec python3 bench/robustness.py "$@"
