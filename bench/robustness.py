#!/usr/bin/env python3
"""The hostile and careless user's reproductions (issue 14), run again against the built jar.

Each check prints one line: what was tried, what came back, and PASS or FAIL. Loopback only.
Usage: bench/robustness.sh [--quick] [--soak-seconds N]   (see bench/robustness.sh)
"""
import argparse
import concurrent.futures as cf
import gzip
import http.server
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.path.join(HERE, "dossier-cli", "target", "dossier-cli.jar")
# the same JVM the ./dossier script starts
JAVA = ["java", "-Xmx2g", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", JAR]
SHARED = os.path.normpath(os.path.join(HERE, "..", "shared"))
results = []


def report(name, ok, detail):
    results.append((name, ok))
    print(f"{'PASS' if ok else 'FAIL'}  {name}: {detail}", flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def request(method, url, body=None, headers=None, timeout=300):
    req = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    t0 = time.time()
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.read(), time.time() - t0
    except urllib.error.HTTPError as e:
        return e.code, e.read(), time.time() - t0
    except Exception as e:  # connection refused, reset, timeout
        return -1, str(e).encode(), time.time() - t0


def rss_kb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        return -1
    return -1


class Server:
    def __init__(self, data, extra=()):
        self.port = free_port()
        self.log = open(os.path.join(data + ".log"), "w")
        self.proc = subprocess.Popen(JAVA + ["serve", "--port", str(self.port), "--data", data, "--rate", "0"]
                                     + list(extra), stdout=self.log, stderr=subprocess.STDOUT)
        self.base = f"http://127.0.0.1:{self.port}"
        for _ in range(300):
            if request("GET", self.base + "/api/status", timeout=2)[0] == 200:
                return
            time.sleep(0.2)
        raise RuntimeError("the server did not start; see " + data + ".log")

    def upload(self, name, body):
        return request("POST", self.base + "/api/documents?name=" + urllib.parse.quote(name), body)

    def add_url(self, url):
        return request("POST", self.base + "/api/documents", json.dumps({"url": url}).encode(),
                       {"Content-Type": "application/json"})

    def alive(self):
        return request("GET", self.base + "/api/status", timeout=10)[0] == 200

    def stop(self):
        self.proc.terminate()
        self.proc.wait(30)
        self.log.close()


def prose(chars, seed):
    """Article-like text: timeline17 articles when ../shared is there, else varied sentences."""
    out, size = [], 0
    root = os.path.join(SHARED, "corpus", "timeline17")
    files = []
    for d, _, fs in os.walk(root):
        files += [os.path.join(d, f) for f in fs if f.endswith(".txt")]
    files.sort()
    k = seed
    while size < chars:
        if files:
            t = open(files[k % len(files)], errors="replace").read()
        else:
            t = f"On day {k} the council of district {k % 97} met and voted {k * 7 % 1000} to {k * 13 % 1000}.\n"
        k += 1
        out.append(t)
        size += len(t) + 1
    return "\n".join(out)[:chars].encode()


def warc_bomb(path, records=40, mb=60):
    line = b"The council met again today and the discussion went on for many hours without any result at all.\n"
    body = line * (mb * 1_000_000 // len(line))
    with open(path, "wb") as out:
        for i in range(records):
            b = b"Record %d\n" % i + body
            http_ = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n" % len(b) + b
            head = ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:%s>\r\n"
                    "WARC-Date: 2024-03-05T10:00:00Z\r\nWARC-Target-URI: https://example.org/%d\r\n"
                    "Content-Type: application/http;msgtype=response\r\nContent-Length: %d\r\n\r\n"
                    % (uuid.uuid4(), i, len(http_))).encode()
            out.write(gzip.compress(head + http_ + b"\r\n\r\n", compresslevel=9))


def cli(args, timeout=900):
    t0 = time.time()
    p = subprocess.run(JAVA + args, capture_output=True, text=True, timeout=timeout)
    return p.returncode, p.stderr, time.time() - t0


def brief_docs(out):
    with open(os.path.join(out, "brief.json")) as f:
        return json.load(f)


class Site(http.server.BaseHTTPRequestHandler):
    """A second loopback service: a secret page, a redirect to it, and a server that stalls."""
    hits = 0

    def do_GET(self):
        if self.path.startswith("/secret"):
            Site.hits += 1
            body = b"<html><body><p>internal only</p></body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path.startswith("/stall"):
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<html><body><p>first bytes")
            self.wfile.flush()
            time.sleep(200)
        else:
            self.send_response(404)
            self.end_headers()

    def log_message(self, *a):
        pass


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="skip the 30 MB and WARC-bomb runs")
    ap.add_argument("--soak-seconds", type=int, default=60)
    args = ap.parse_args()
    if not os.path.exists(JAR):
        sys.exit("build first: ./dossier --version")
    work = tempfile.mkdtemp(prefix="dossier-robust-")
    examples = os.path.join(HERE, "examples", "car-free-centres")
    print(f"work dir {work}")

    # 1. time per MB of one text document (CLI brief)
    sizes = [1, 8] if args.quick else [1, 8, 30]
    per_mb = []
    for mb in sizes:
        f = os.path.join(work, f"text{mb}.txt")
        with open(f, "wb") as o:
            o.write(prose(mb * 1_000_000, mb))
        rc, err, secs = cli(["brief", "-q", "What happened?", "--out", os.path.join(work, f"text{mb}.out"), f])
        per_mb.append((mb, secs))
        report(f"{mb} MB text brief", rc == 0, f"exit {rc}, {secs:.1f} s ({secs / mb:.2f} s/MB)")
    if len(per_mb) >= 2:
        (m1, s1), (m2, s2) = per_mb[0], per_mb[-1]
        marginal = (s2 - s1) / (m2 - m1)
        report("time per MB beyond the first", marginal < 3.0, f"{marginal:.2f} s per added MB ({m1} -> {m2} MB)")

    # 2. the WARC bomb beside good files (CLI)
    if not args.quick:
        d = os.path.join(work, "bomb")
        os.makedirs(d)
        warc_bomb(os.path.join(d, "bomb.warc.gz"))
        for f in os.listdir(examples):
            shutil.copy(os.path.join(examples, f), d)
        out = os.path.join(work, "bomb.out")
        rc, err, secs = cli(["brief", "-q", "Should cars leave city centres?", "--out", out, d])
        ok = rc == 0 and sum(1 for x in brief_docs(out)["documents"] if not x.get("error")) >= 4
        report("WARC bomb (40 x 60 MB records, %.1f MB gz) + 4 good files" % (os.path.getsize(
            os.path.join(d, "bomb.warc.gz")) / 1e6), ok, f"exit {rc} in {secs:.0f} s; "
               + (err.strip().splitlines() or ["-"])[-1][:160])

    # 3. reversed input order gives the same brief
    seeds = os.path.join(SHARED, "corpus", "seeds")
    files = sorted(os.path.join(seeds, f) for f in os.listdir(seeds)) if os.path.isdir(seeds) else \
        sorted(os.path.join(examples, f) for f in os.listdir(examples))
    files = [f for f in files if not os.path.basename(f).lower().startswith("readme")]
    outs = []
    for tag, order in (("fwd", files), ("rev", files[::-1])):
        o = os.path.join(work, "order-" + tag)
        cli(["brief", "--out", o] + order)
        b = brief_docs(o)
        b["documents"] = sorted(b["documents"], key=lambda x: x["id"])
        outs.append(json.dumps(b, sort_keys=True))
    report("reversed input order", outs[0] == outs[1], "identical brief" if outs[0] == outs[1] else "briefs differ")

    # 4. the server: SSRF, names, budgets, several writers, soak
    site = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Site)
    threading.Thread(target=site.serve_forever, daemon=True).start()
    sport = site.server_address[1]
    data = os.path.join(work, "store")
    srv = Server(data)
    try:
        for url in (f"http://127.0.0.1:{sport}/secret.html", f"http://2130706433:{sport}/secret.html",
                    f"http://[::ffff:127.0.0.1]:{sport}/secret.html", f"http://localhost:{sport}/secret.html",
                    "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/"):
            st, body, _ = srv.add_url(url)
            report(f"SSRF {url}", st == 400 and Site.hits == 0, f"{st} {body[:110].decode(errors='replace')}")
        rc, err, secs = cli(["brief", "--allow-private-urls", "--out", os.path.join(work, "stall.out"),
                             f"http://127.0.0.1:{sport}/stall", os.path.join(examples, "01_citydesk.txt")])
        report("stalling server (headers, then nothing) in a CLI brief", rc == 0 and secs < 60,
               f"exit {rc} in {secs:.0f} s")
        st, body, _ = srv.upload("\u00e9" * 200 + ".html", b"<p>x</p>")
        report("upload name of 405 bytes", st == 400 and b"/" not in body, f"{st} {body[:100].decode()}")

        if not args.quick:
            big = prose(31_000_000, 3)
            t0 = time.time()
            with cf.ThreadPoolExecutor(8) as ex:
                futs = [ex.submit(srv.upload, f"big{i}.txt", b"Upload %d\n" % i + big) for i in range(8)]
                codes = [f.result()[0] for f in futs]
            peak = rss_kb(srv.proc.pid)
            report("8 concurrent 31 MB uploads", all(c in (201, 503) for c in codes) and srv.alive(),
                   f"statuses {sorted(codes)} in {time.time() - t0:.0f} s, RSS after {peak / 1024:.0f} MB")

        # the cost of one add as the store grows (a store of its own, no background embedding)
        grow = Server(os.path.join(work, "grow"), ["--no-background-embedding"])
        times = []
        for i in range(1500):
            body = (f"Article {i}\n\nThe council of district {i} voted on Tuesday to close the old town to cars. "
                    f"Shop owners in district {i} worry about parking, officials said on day {i % 365}.\n").encode()
            st, _, t = grow.upload(f"g{i:04d}.txt", body)
            times.append(t if st == 201 else 99)
        grow.stop()
        first, last = statistics.median(times[:100]), statistics.median(times[-100:])
        report("1,500 adds one by one", last < 3 * first + 0.02,
               f"median per add {first * 1000:.1f} ms (first 100), {last * 1000:.1f} ms (last 100)")

        # add beside serve, and a second server on the same store
        src = os.path.join(work, "many")
        os.makedirs(src)
        for i in range(200):
            with open(os.path.join(src, f"a{i:03d}.txt"), "w") as f:
                f.write(f"Article {i}\n\nThe council of district {i} voted on Tuesday to close the old town to cars. "
                        f"Shop owners in district {i} worry about parking, officials said.\n")
        adder = subprocess.Popen(JAVA + ["add", "--data", data, src], stdout=subprocess.PIPE,
                                 stderr=subprocess.STDOUT, text=True)
        second = Server(data)
        codes = []
        with cf.ThreadPoolExecutor(8) as ex:
            futs = [ex.submit((srv if i % 2 else second).upload, f"u{i}.txt",
                              f"Upload {i}\n\nThe mayor of town {i} said the ferry would stop in May.\n".encode())
                    for i in range(400)]
            codes = [f.result()[0] for f in futs]
        out, _ = adder.communicate(timeout=600)
        listed = json.loads(request("GET", srv.base + "/api/documents")[1])
        ok = adder.returncode == 0 and codes.count(201) == 400
        report("add of 200 files beside two servers taking 400 uploads", ok,
               f"add exit {adder.returncode}; uploads {codes.count(201)} x 201, "
               f"{sum(1 for c in codes if c >= 500)} x 5xx; {len(listed)} documents listed")
        second.stop()

        # soak: mixed requests from 8 clients
        lat, errors, n = [], 0, 0
        end = time.time() + args.soak_seconds
        ids = [d["id"] for d in listed][:50]

        def client(k):
            nonlocal errors, n
            i = 0
            while time.time() < end:
                i += 1
                r = (k * 1000 + i) % 10
                if r < 5:
                    st, _, t = request("GET", srv.base + "/api/documents")
                elif r < 8:
                    st, _, t = request("GET", srv.base + "/api/documents/" + ids[i % len(ids)])
                elif r < 9:
                    st, _, t = srv.upload(f"s{k}-{i}.txt", f"Soak {k} {i}\n\nThe port reopened on day {i}.\n".encode())
                else:
                    st, _, t = request("DELETE", srv.base + f"/api/documents/s{k}-{i - 1}")
                lat.append(t)
                n += 1
                if st < 0 or st >= 500:
                    errors += 1

        t0 = time.time()
        with cf.ThreadPoolExecutor(8) as ex:
            list(ex.map(client, range(8)))
        secs = time.time() - t0
        p95 = statistics.quantiles(lat, n=20)[18] if len(lat) > 20 else max(lat)
        report(f"soak, 8 clients, {args.soak_seconds} s", errors == 0 and srv.alive(),
               f"{n} requests, {n / secs:.0f}/s, p95 {p95 * 1000:.0f} ms, {errors} errors, "
               f"RSS {rss_kb(srv.proc.pid) / 1024:.0f} MB")
    finally:
        srv.stop()
        site.shutdown()
    failed = [r for r in results if not r[1]]
    print(f"{len(results) - len(failed)} of {len(results)} checks passed; work dir {work}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
