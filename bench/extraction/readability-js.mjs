// Peer runner for bench-extract: Mozilla Readability.js on jsdom.
// Usage: node readability-js.mjs BENCH_DIR  (BENCH_DIR has html/<id>.html.gz)
// Prints one JSON line per page {"id","text"} and a last line {"seconds"} with the time spent
// parsing and extracting (not reading files). Install with ./install-peers.sh.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const { JSDOM, VirtualConsole } = require("jsdom");
const { Readability } = require("@mozilla/readability");

const dir = path.join(process.argv[2], "html");
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".html.gz")).sort();
const pages = files.map((f) => [f.replace(/\.html\.gz$/, ""), zlib.gunzipSync(fs.readFileSync(path.join(dir, f))).toString("utf8")]);
const vc = new VirtualConsole(); // silence CSS and script errors
let seconds = 0;
for (const [id, html] of pages) {
  const t0 = process.hrtime.bigint();
  let text = "";
  try {
    const dom = new JSDOM(html, { virtualConsole: vc });
    const article = new Readability(dom.window.document).parse();
    text = article && article.textContent ? article.textContent : "";
    dom.window.close();
  } catch (e) {
    text = "";
  }
  seconds += Number(process.hrtime.bigint() - t0) / 1e9;
  process.stdout.write(JSON.stringify({ id, text }) + "\n");
}
process.stdout.write(JSON.stringify({ seconds }) + "\n");
