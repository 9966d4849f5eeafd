// Dossier's web page. Every piece of user or document text goes into the page through
// textContent or text nodes, never as HTML.
"use strict";

const $ = (id) => document.getElementById(id);
let docs = [];            // the collection, as GET /api/documents gives it
const unchecked = new Set(); // ids the user left out of the brief
let brief = null;         // the brief shown
let briefRequest = null;  // the request body that made it (for downloads)

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") e.className = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

async function api(path, options) {
  const r = await fetch(path, options);
  if (r.status === 204) return null;
  const type = r.headers.get("Content-Type") || "";
  const body = type.includes("json") ? await r.json() : await r.text();
  if (!r.ok) {
    const msg = body && body.error ? body.error : "HTTP " + r.status;
    throw new Error(msg);
  }
  return body;
}

function say(id, text, isError) {
  const p = $(id);
  p.textContent = text;
  p.classList.toggle("err", !!isError);
}

// ---- the collection -------------------------------------------------------------------------

async function refresh() {
  try {
    docs = await api("/api/documents");
  } catch (e) {
    say("add-msg", "Could not list the collection: " + e.message, true);
    return;
  }
  const ul = $("docs");
  ul.replaceChildren();
  for (const d of docs) {
    const box = el("input", {type: "checkbox", id: "use-" + d.id, "aria-label": "Use " + (d.title || d.id) + " in the brief"});
    box.checked = !unchecked.has(d.id);
    box.addEventListener("change", () => { if (box.checked) unchecked.delete(d.id); else unchecked.add(d.id); });
    const info = el("div", {},
      el("label", {for: "use-" + d.id, class: "title"}, d.title || d.id),
      el("div", {class: "src"}, d.id + " · " + d.source + (d.published ? " · " + d.published : "")));
    for (const f of d.flags || []) info.append(el("span", {class: "flag"}, f));
    if (d.error) info.append(el("div", {class: "err"}, d.error));
    const del = el("button", {type: "button", class: "small", "aria-label": "Delete " + (d.title || d.id),
      onclick: () => remove(d)}, "Delete");
    ul.append(el("li", {"data-id": d.id}, box, info, del));
  }
  const failed = docs.filter((d) => d.error).length;
  $("doc-count").textContent = docs.length + " document" + (docs.length === 1 ? "" : "s")
    + (failed ? " (" + failed + " could not be read)" : "");
  status();
}

async function status() {
  try {
    const s = await api("/api/status");
    $("status").textContent = s.documents + " stored"
      + (s.pendingEmbeddings ? " · embedding " + s.pendingEmbeddings + " in the background" : "")
      + (s.embeddingError ? " · " + s.embeddingError : "");
    if (s.pendingEmbeddings) setTimeout(status, 2000);
  } catch (e) {
    $("status").textContent = "";
  }
}

async function remove(d) {
  try {
    await api("/api/documents/" + encodeURIComponent(d.id), {method: "DELETE"});
    unchecked.delete(d.id);
    say("add-msg", "Deleted " + (d.title || d.id) + ".");
  } catch (e) {
    say("add-msg", "Could not delete: " + e.message, true);
  }
  await refresh();
}

async function upload(files) {
  const list = Array.from(files);
  let ok = 0;
  const problems = [];
  for (const [i, f] of list.entries()) {
    say("add-msg", "Adding " + (i + 1) + " of " + list.length + ": " + f.name + "…");
    try {
      const r = await api("/api/documents?name=" + encodeURIComponent(f.name),
        {method: "POST", headers: {"Content-Type": "application/octet-stream"}, body: f});
      ok++;
      for (const d of r.documents || []) if (d.error) problems.push(f.name + ": " + d.error);
    } catch (e) {
      problems.push(f.name + ": " + e.message);
    }
  }
  say("add-msg", "Added " + ok + " of " + list.length + "." + (problems.length ? " " + problems.join("; ") : ""),
    problems.length > 0);
  await refresh();
}

async function addUrls(event) {
  event.preventDefault();
  const urls = $("urls").value.split(/\s+/).filter((u) => u.length > 0);
  if (!urls.length) { say("add-msg", "Paste at least one URL.", true); return; }
  let ok = 0;
  const problems = [];
  for (const u of urls) {
    say("add-msg", "Fetching " + u + "…");
    try {
      const r = await api("/api/documents", {method: "POST", headers: {"Content-Type": "application/json"},
        body: JSON.stringify({url: u})});
      ok++;
      for (const d of r.documents || []) if (d.error) problems.push(u + ": " + d.error);
    } catch (e) {
      problems.push(u + ": " + e.message);
    }
  }
  if (!problems.length) $("urls").value = "";
  say("add-msg", "Added " + ok + " of " + urls.length + "." + (problems.length ? " " + problems.join("; ") : ""),
    problems.length > 0);
  await refresh();
}

// ---- the brief ------------------------------------------------------------------------------

function request() {
  const q = $("question").value.trim();
  const chosen = docs.map((d) => d.id).filter((id) => !unchecked.has(id));
  const body = {};
  if (q) body.question = q;
  if (chosen.length !== docs.length) body.documents = chosen;
  return body;
}

let currentJob = null;

function secs(ms) {
  return ms < 60000 ? Math.round(ms / 1000) + " s" : Math.floor(ms / 60000) + " min " + Math.round((ms % 60000) / 1000) + " s";
}

const STAGE_NAMES = {load: "loading the documents", read: "reading", clean: "cleaning", question: "the question",
  embed: "embedding sentences", group: "finding the key points", quotes: "quotes", timeline: "the timeline",
  actors: "actors and stances"};

function showJob(s) {
  const bar = $("job-bar");
  if (s.total > 0) { bar.max = s.total; bar.value = Math.min(s.done, s.total); } else { bar.removeAttribute("value"); }
  let text = s.state === "queued" ? "Waiting for the brief before it…"
    : "Stage " + s.stageIndex + " of " + s.stages + ": " + (STAGE_NAMES[s.stage] || s.stage || "starting");
  if (s.state === "running" && s.total > 0) text += " " + s.done + " of " + s.total;
  else if (s.state === "running" && s.done > 0) text += " " + s.done;
  if (s.stageEtaMillis != null) text += ", about " + secs(s.stageEtaMillis) + " left in this stage";
  if (s.totalEtaMillis != null) text += ", about " + secs(s.totalEtaMillis) + " in all";
  text += " (" + secs(s.elapsedMillis) + " so far)";
  $("job-text").textContent = text;
}

async function ask(event) {
  event.preventDefault();
  const body = request();
  if (body.documents && body.documents.length === 0) { say("brief-msg", "Check at least one document.", true); return; }
  $("ask").disabled = true;
  say("brief-msg", "");
  $("job").hidden = false;
  $("job-text").textContent = "Starting the brief…";
  try {
    let s = await api("/api/brief/jobs", {method: "POST", headers: {"Content-Type": "application/json"},
      body: JSON.stringify(body)});
    currentJob = s.id;
    while (s.state === "queued" || s.state === "running") {
      showJob(s);
      await new Promise((r) => setTimeout(r, 400));
      s = await api("/api/brief/jobs/" + encodeURIComponent(s.id));
    }
    if (s.state === "cancelled") { say("brief-msg", "Brief cancelled."); return; }
    if (s.state === "failed") { say("brief-msg", "No brief: " + s.error, true); return; }
    brief = await api("/api/brief/jobs/" + encodeURIComponent(s.id) + "/brief");
    briefRequest = body;
    render(brief);
    $("downloads").hidden = false;
    say("brief-msg", "Brief made in " + secs(s.elapsedMillis) + " from " + brief.documents.length + " documents.");
  } catch (e) {
    say("brief-msg", "No brief: " + e.message, true);
  } finally {
    currentJob = null;
    $("job").hidden = true;
    $("ask").disabled = false;
  }
}

async function cancelBrief() {
  if (!currentJob) return;
  $("job-text").textContent = "Cancelling…";
  try { await api("/api/brief/jobs/" + encodeURIComponent(currentJob), {method: "DELETE"}); } catch (e) { /* it ended */ }
}

function docTitle(id) {
  const d = brief.documents.find((x) => x.id === id);
  return d ? (d.title || d.id) : id;
}

// A source's chip: its site (for a URL), a short title and its date; never a bare hash id when a title exists.
// At most max characters, cut at a word, with an ellipsis.
function shorten(t, max) {
  return t.length <= max ? t : t.slice(0, max - 1).replace(/\s+\S*$/, "").replace(/[\s,;:]+$/, "") + "…";
}

function sourceName(id) {
  const d = brief.documents.find((x) => x.id === id);
  if (!d) return id;
  let site = "";
  try { if (/^https?:/.test(d.source)) site = new URL(d.source).hostname.replace(/^www\./, ""); } catch (e) { site = ""; }
  // without a title, the start of the article's first kept line stands for one
  let title = (d.title || (d.kept && d.kept.length ? d.text.substring(d.kept[0][0], d.kept[0][1]) : "")).trim();
  title = shorten(title, 48);
  const parts = [site, title || (site ? "" : d.id), d.published || ""].filter((x) => x);
  return parts.join(" · ");
}

function citeButton(doc, start, end) {
  return el("button", {type: "button", class: "cite evidence-link", "data-doc": doc, "data-start": start, "data-end": end,
    title: "Show in its source: " + docTitle(doc) + " (" + doc + ")", onclick: () => showSource(doc, start, end)},
    sourceName(doc));
}

// Text as a reader sees it: a tokenised corpus's `` and '' as curly quotes (display only;
// the brief's JSON and every offset keep the source's characters).
function display(t) {
  return t.indexOf("``") < 0 && t.indexOf("''") < 0 ? t : t.replaceAll("``", "\u201C").replaceAll("''", "\u201D");
}

function evidenceList(spans) {
  return el("ul", {class: "evidence"}, ...spans.map((s) => el("li", {}, display(s.text), citeButton(s.doc, s.start, s.end))));
}

function pointBlock(p, cls, i) {
  return el("div", {class: "point " + cls, id: (cls === "key" ? "key-point-" : "counterpoint-") + (i + 1)},
    el("h4", {}, p.label),
    el("div", {class: "meta"}, p.sources.length + " independent source" + (p.sources.length === 1 ? "" : "s")),
    evidenceList(p.evidence));
}

// The timeline shown first (as KeyEvents.java): the best-told event of each of the most salient
// days (salience, then sources, then date), in date order; the rest a click away.
function keyEvents(timeline, dates) {
  const best = new Map();
  for (const e of timeline) {
    const b = best.get(e.date);
    if (!b || e.sources.length > b.sources.length) best.set(e.date, e);
  }
  const ranked = [...best.values()].sort((a, b) => (b.salience || 0) - (a.salience || 0)
    || b.sources.length - a.sources.length || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  // A sentence that dates two days is shown once.
  const spans = new Set();
  const shown = ranked.filter((e) => {
    const k = e.doc + ":" + e.start;
    if (spans.has(k)) return false;
    spans.add(k);
    return true;
  }).slice(0, dates);
  return shown.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function section(title, ...children) {
  return el("section", {}, el("h3", {}, title), ...children);
}

// ---- pictures (SVG built node by node: every text goes in as a text node) ----------------------

const SVG = "http://www.w3.org/2000/svg";

function svg(tag, attrs, text) {
  const n = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) n.setAttribute(k, String(v));
  if (text !== undefined) n.textContent = text;
  return n;
}

function short(s, max) { return s.length > max ? s.slice(0, max - 1) + "…" : s; }

// Which sources make which point: a filled circle for a key point, a filled square for a counterpoint.
function coverageSvg(b) {
  const rows = b.keyPoints.map((p) => [p, false]).concat(b.counterPoints.map((p) => [p, true]));
  if (!rows.length) return null;
  const made = new Map();
  for (const [p] of rows) for (const s of p.sources) made.set(s, (made.get(s) || 0) + 1);
  const cols = Array.from(made.keys()).sort((a, c) => made.get(c) - made.get(a)).slice(0, 30);
  const cell = 22, label = 300, head = 145;
  const w = label + cols.length * cell + head, h = head + rows.length * cell + 6;
  const root = svg("svg", {class: "pic coverage", width: w, height: h, viewBox: "0 0 " + w + " " + h, role: "img"});
  root.append(svg("title", {}, "Which sources make which point"));
  cols.forEach((c, i) => {
    const x = label + i * cell + cell / 2;
    const t = svg("text", {x: x, y: head - 6, transform: "rotate(-55 " + x + " " + (head - 6) + ")", "font-size": 11},
      short(sourceName(c), 26));
    root.append(t);
  });
  rows.forEach(([p, counter], r) => {
    const y = head + r * cell + cell / 2;
    if (r % 2 === 0) root.append(svg("rect", {x: 0, y: y - cell / 2, width: w, height: cell, fill: "#f3f5f7"}));
    const n = counter ? "C" + (r - b.keyPoints.length + 1) : String(r + 1);
    const t = svg("text", {x: 4, y: y + 4, "font-size": 12}, short(n + ". " + p.label, 44));
    t.append(svg("title", {}, p.label));
    root.append(t);
    const has = new Set(p.sources);
    cols.forEach((c, i) => {
      const x = label + i * cell + cell / 2;
      let mark;
      if (!has.has(c)) mark = svg("circle", {cx: x, cy: y, r: 3, fill: "none", stroke: "#bbb"});
      else if (counter) mark = svg("rect", {x: x - 6, y: y - 6, width: 12, height: 12, fill: "#c0632a"});
      else mark = svg("circle", {cx: x, cy: y, r: 7, fill: "#1f5f8b"});
      if (has.has(c)) mark.append(svg("title", {}, sourceName(c) + (counter ? " makes this counterpoint" : " makes this point")));
      root.append(mark);
    });
  });
  return root;
}

function firstDay(d) {
  const p = d.split("-").map(Number);
  return Date.UTC(p[0], (p[1] || 1) - 1, p[2] || 1) / 86400000;
}

// Events per day, month or year; focused on the pile's own time when a few dates lie far away.
function timelineSvg(events) {
  if (!events.length) return null;
  const days = events.map((e) => firstDay(e.date)).sort((a, c) => a - c);
  const k = Math.max(1, Math.ceil(0.75 * days.length));
  let best = 0;
  for (let i = 0; i + k - 1 < days.length; i++) if (days[i + k - 1] - days[i] < days[best + k - 1] - days[best]) best = i;
  const reach = Math.max(31, (days[best + k - 1] - days[best]) / 4);
  let a = best, z = best + k - 1;
  while (a > 0 && days[a] - days[a - 1] <= reach) a--;
  while (z + 1 < days.length && days[z + 1] - days[z] <= reach) z++;
  let lo = days[0], hi = days[days.length - 1];
  if (hi - lo > 3 * Math.max(30, days[best + k - 1] - days[best])) { lo = days[a]; hi = days[z]; }
  const span = hi - lo;
  const unit = span > 3650 ? "year" : span > 365 ? "month" : "day";
  const key = (d) => { const t = new Date(d * 86400000).toISOString(); return unit === "year" ? t.slice(0, 4) : unit === "month" ? t.slice(0, 7) : t.slice(0, 10); };
  const counts = new Map();
  let outside = 0;
  for (const d of days) { if (d < lo || d > hi) { outside++; continue; } counts.set(key(d), (counts.get(key(d)) || 0) + 1); }
  const keys = [];
  for (let d = lo; d <= hi; d++) { const kk = key(d); if (!keys.length || keys[keys.length - 1] !== kk) keys.push(kk); }
  const w = 720, left = 10, axis = 60, slot = (w - 2 * left) / keys.length;
  const max = Math.max(...counts.values());
  const root = svg("svg", {class: "pic timeline", width: w, height: 84, viewBox: "0 0 " + w + " 84", role: "img"});
  root.append(svg("title", {}, "Dated events per " + unit));
  root.append(svg("line", {x1: left, y1: axis, x2: w - left, y2: axis, stroke: "#555"}));
  keys.forEach((kk, i) => {
    const c = counts.get(kk);
    if (!c) return;
    const bh = Math.max(3, 48 * c / max);
    const r = svg("rect", {x: left + i * slot, y: axis - bh, width: Math.max(2, slot - 1), height: bh, fill: "#1f5f8b"});
    r.append(svg("title", {}, kk + ": " + c + (c === 1 ? " event" : " events")));
    root.append(r);
  });
  root.append(svg("text", {x: left, y: axis + 18, "font-size": 11}, keys[0]));
  root.append(svg("text", {x: w - left, y: axis + 18, "font-size": 11, "text-anchor": "end"}, keys[keys.length - 1]));
  const wrap = el("div", {}, root);
  if (outside) wrap.append(el("p", {class: "meta"}, outside + (outside === 1 ? " event lies" : " events lie") + " outside the strip (they are in the table)."));
  return wrap;
}

// Who stands where: a column per stance, each actor with the number of sentences that show it.
function actorsSvg(actors) {
  if (!actors.length) return null;
  const stances = ["supports", "opposes", "mixed", "unclear"];
  const colours = ["#1f5f8b", "#c0632a", "#7a5ea8", "#888888"];
  const by = stances.map((st) => actors.filter((a) => (a.stance || "unclear") === st));
  const per = 12, colW = 190;
  const rows = Math.max(...by.map((l) => Math.min(l.length, per) + (l.length > per ? 1 : 0)));
  const w = colW * stances.length, h = 34 + rows * 18 + 6;
  const root = svg("svg", {class: "pic actors", width: w, height: h, viewBox: "0 0 " + w + " " + h, role: "img"});
  root.append(svg("title", {}, "Where the actors stand on the question"));
  stances.forEach((st, c) => {
    const x = c * colW + 6;
    root.append(svg("rect", {x: x - 4, y: 4, width: colW - 8, height: 22, fill: colours[c]}));
    root.append(svg("text", {x: x + 2, y: 20, "font-size": 13, fill: "#fff", "font-weight": "bold"}, st + " (" + by[c].length + ")"));
    by[c].slice(0, per).forEach((a, r) => {
      const t = svg("text", {x: x + 2, y: 44 + r * 18, "font-size": 12}, short(a.name, 24) + " ");
      t.append(svg("tspan", {fill: "#777"}, String(a.evidence.length)));
      t.append(svg("title", {}, a.name + ": " + a.evidence.length + " sentences"));
      root.append(t);
    });
    if (by[c].length > per) root.append(svg("text", {x: x + 2, y: 44 + per * 18, "font-size": 12, fill: "#777"}, "+" + (by[c].length - per) + " more"));
  });
  return root;
}

function showAll(label, items) {
  return el("details", {}, el("summary", {}, label), ...items);
}

function render(b) {
  const out = $("result");
  out.replaceChildren();
  out.append(el("h2", {}, b.question));
  if (b.questionInferred) out.append(el("p", {class: "meta"}, "Question inferred from the documents' titles and headings."));
  if (b.summary.length) {
    // one paragraph that answers first, each sentence followed by its source
    out.append(section("Summary", el("p", {class: "summary"},
      ...b.summary.flatMap((s) => [display(s.text) + " ", citeButton(s.doc, s.start, s.end), " "]))));
  }
  out.append(section("Key points", coverageSvg(b), b.keyPoints.length ? el("div", {id: "key-points"}, ...b.keyPoints.map((p, i) => pointBlock(p, "key", i)))
    : el("p", {class: "meta"}, "No key points found.")));
  if (b.counterPoints.length) {
    out.append(section("Counterpoints", el("div", {}, ...b.counterPoints.map((p, i) => pointBlock(p, "counter", i)))));
  }
  if (b.quotes.length) {
    const shown = b.quotes.slice(0, 15);
    // their own words between quotation marks; reported speech is the writer's words, marked as such
    const quote = (q) => {
      const reported = q.kind === "indirect";
      const how = reported ? (q.cue ? q.cue + ", " : "") + "reported speech" : q.cue;
      return el("li", {}, (q.speaker ? q.speaker + (how ? " (" + how + ")" : "") + ": " : ""),
        reported ? q.text : "\u201c" + q.text + "\u201d", citeButton(q.doc, q.start, q.end));
    };
    const list = el("ul", {class: "evidence"}, ...shown.map(quote));
    out.append(section("Quotes", list, b.quotes.length > shown.length
      ? showAll("Show all " + b.quotes.length + " quotes", [el("ul", {class: "evidence"}, ...b.quotes.slice(shown.length).map(quote))])
      : null));
  }
  if (b.timeline.length) {
    const table = (events) => el("table", {},
      el("thead", {}, el("tr", {}, el("th", {}, "Date"), el("th", {}, "Event"), el("th", {}, "Sources"))),
      el("tbody", {}, ...events.map((e) => el("tr", {}, el("td", {}, e.date),
        el("td", {}, e.event, citeButton(e.doc, e.start, e.end)), el("td", {}, String(e.sources.length))))));
    const key = keyEvents(b.timeline, 30);
    const more = key.length < b.timeline.length;
    out.append(section("Timeline", timelineSvg(b.timeline),
      more ? el("p", {class: "meta"}, "The " + key.length + " days the sources come back to most, of "
        + b.timeline.length + " dated events.") : null,
      table(key), more ? showAll("Show all " + b.timeline.length + " events", [table(b.timeline)]) : null));
  }
  if (b.actors.length) {
    out.append(section("Actors", actorsSvg(b.actors), el("div", {}, ...b.actors.map((a) => el("div", {class: "point"},
      el("h4", {}, a.name + " — " + a.stance),
      a.aliases.length ? el("div", {class: "meta"}, "also: " + a.aliases.join(", ")) : null,
      evidenceList(a.evidence.slice(0, 3)))))));
  }
  if (b.disputes.length) {
    out.append(section("Disputes", el("div", {}, ...b.disputes.map((d) => el("div", {class: "point"},
      el("h4", {}, d.claim), evidenceList(d.evidence))))));
  }
  const failed = b.documents.filter((d) => d.error);
  if (failed.length) {
    out.append(section("Documents that could not be used", el("ul", {},
      ...failed.map((d) => el("li", {}, d.id + ": ", el("span", {class: "err"}, d.error))))));
  }
}

function showSource(docId, start, end) {
  const d = brief && brief.documents.find((x) => x.id === docId);
  if (!d) return;
  const box = $("source-text");
  box.replaceChildren();
  const removed = (d.removed || []).slice().sort((a, b) => a.start - b.start);
  // The text in pieces: removed parts dimmed, the evidence marked; all as text nodes.
  const cuts = new Set([0, d.text.length, start, end]);
  for (const r of removed) { cuts.add(r.start); cuts.add(r.end); }
  const points = Array.from(cuts).filter((x) => x >= 0 && x <= d.text.length).sort((a, b) => a - b);
  let mark = null;
  // One sweep: the removals open at each piece are kept, not searched for (pages hold 10,000s).
  let next = 0;
  let open = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], z = points[i + 1];
    if (a === z) continue;
    while (next < removed.length && removed[next].start <= a) open.push(removed[next++]);
    if (open.length) open = open.filter((r) => r.end > a);
    const piece = display(d.text.substring(a, z));
    const cover = open.find((r) => z <= r.end);
    let node = document.createTextNode(piece);
    if (cover) node = el("span", {class: "removed", title: "removed: " + cover.reason}, piece);
    if (a >= start && z <= end) {
      if (!mark) { mark = el("mark", {}); box.append(mark); }
      mark.append(node);
    } else {
      box.append(node);
    }
  }
  $("source-meta").textContent = sourceName(d.id) + " · " + d.source;
  // back from the source to the points it makes
  const makes = [];
  const addLinks = (points, id, name) => points.forEach((p, i) => {
    if (p.sources.includes(d.id)) {
      makes.push(el("a", {href: "#" + id + (i + 1)}, name + " " + (i + 1)), " (" + shorten(p.label, 60) + ")", ", ");
    }
  });
  addLinks(brief.keyPoints, "key-point-", "key point");
  addLinks(brief.counterPoints, "counterpoint-", "counterpoint");
  if (makes.length) makes.pop();
  $("source-points").replaceChildren(...(makes.length ? ["Makes ", ...makes] : []));
  $("source-points").hidden = makes.length === 0;
  $("source").hidden = false;
  document.querySelector(".layout").classList.add("with-source");
  // Scroll the source panel only (not the page) so that the mark sits in its upper third.
  if (mark) {
    const top = mark.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
    box.scrollTop = Math.max(0, top - box.clientHeight / 3);
  }
  box.focus({preventScroll: true});
}

async function download(format) {
  if (!brief) return;
  let blob;
  if (format === "json") {
    blob = new Blob([JSON.stringify(brief, null, 2)], {type: "application/json"});
  } else {
    const r = await fetch("/api/brief?format=" + format, {method: "POST",
      headers: {"Content-Type": "application/json"}, body: JSON.stringify(briefRequest)});
    if (!r.ok) { say("brief-msg", "Download failed: HTTP " + r.status, true); return; }
    blob = await r.blob();
  }
  const a = el("a", {href: URL.createObjectURL(blob), download: "brief." + format});
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10000);
}

// ---- wiring ---------------------------------------------------------------------------------

document.addEventListener("DOMContentLoaded", () => {
  $("files").addEventListener("change", (e) => { upload(e.target.files); e.target.value = ""; });
  const drop = $("drop");
  drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => { e.preventDefault(); drop.classList.remove("over"); upload(e.dataTransfer.files); });
  $("url-form").addEventListener("submit", addUrls);
  $("ask-form").addEventListener("submit", ask);
  $("cancel").addEventListener("click", cancelBrief);
  $("select-all").addEventListener("click", () => { unchecked.clear(); refresh(); });
  $("close-source").addEventListener("click", () => {
    $("source").hidden = true;
    document.querySelector(".layout").classList.remove("with-source");
  });
  for (const b of document.querySelectorAll("#downloads button")) {
    b.addEventListener("click", () => download(b.dataset.format));
  }
  refresh();
});
