"""Peer runner for bench-extract: readability-lxml (Debian python3-readability).

Usage: /usr/bin/python3 readability_lxml.py BENCH_DIR  (BENCH_DIR has html/<id>.html.gz)
Prints one JSON line per page {"id","text"} and a last line {"seconds"} with the time spent
parsing and extracting (not reading files). Install with ./install-peers.sh.
"""
import gzip
import json
import logging
import os
import sys
import time

import lxml.html
from readability import Document

logging.disable(logging.CRITICAL)
d = os.path.join(sys.argv[1], "html")
pages = []
for f in sorted(os.listdir(d)):
    if f.endswith(".html.gz"):
        with gzip.open(os.path.join(d, f), "rb") as fh:
            pages.append((f[: -len(".html.gz")], fh.read().decode("utf-8", "replace")))
seconds = 0.0
for pid, html in pages:
    t0 = time.perf_counter()
    try:
        summary = Document(html).summary(html_partial=True)
        text = lxml.html.fromstring(summary).text_content() if summary.strip() else ""
    except Exception:
        text = ""
    seconds += time.perf_counter() - t0
    sys.stdout.write(json.dumps({"id": pid, "text": text}) + "\n")
sys.stdout.write(json.dumps({"seconds": seconds}) + "\n")
