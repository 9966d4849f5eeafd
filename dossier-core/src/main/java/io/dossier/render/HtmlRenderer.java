package io.dossier.render;

import io.dossier.model.Brief;
import io.dossier.model.CharSpan;
import io.dossier.model.Event;
import io.dossier.model.Page;
import io.dossier.model.Point;
import io.dossier.model.Quote;
import io.dossier.model.Removal;
import io.dossier.model.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The brief as one self-contained HTML page (no scripts, no outside resources): summary,
 * points with quoted evidence, and, below, the text of every cited document with each
 * evidence span marked; following a link highlights the span ({@code :target}). Removed
 * clutter is shown struck through and dimmed so the reader sees what was left out. All
 * document text is escaped. Stateless.
 */
public final class HtmlRenderer {
  private static final String CSS = """
      body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
      h1{font-size:1.6rem}h2{border-bottom:1px solid #ccc;margin-top:2rem}h3{font-size:1.1rem;margin-bottom:.3rem}
      blockquote{margin:.4rem 0 .8rem;padding:.3rem .8rem;border-left:4px solid #9ab;background:#f6f8fa}
      blockquote a,.cite{font-size:.85rem;color:#356}
      .meta{color:#666;font-size:.9rem}.src{white-space:pre-wrap;border:1px solid #ddd;padding:1rem;
      font-size:.95rem;background:#fff;max-height:40rem;overflow:auto}
      mark{background:#fff3b0}mark:target{background:#ffb347;outline:2px solid #e67e22}
      .removed{color:#aaa;text-decoration:line-through}.err{color:#a00}
      table{border-collapse:collapse;font-size:.9rem}td,th{border:1px solid #ddd;padding:.2rem .5rem;text-align:left}
      a:focus{outline:2px solid #e67e22}
      .summary{font-size:1.05rem;line-height:1.6}.toc{margin:.6rem 0 1rem;font-size:.95rem}.pic{display:block;max-width:100%;height:auto;margin:.5rem 0}
      details summary{cursor:pointer;color:#356;margin:.4rem 0}
      @media print{details>*{display:block}.src{max-height:none;overflow:visible}}
      """;

  /** Quotes and events shown before "show all": a screenful; the rest are one click away, all in the JSON. */
  static final int QUOTES_SHOWN = 20;
  static final int EVENTS_SHOWN = 30;

  public String render(Brief b) {
    StringBuilder sb = new StringBuilder();
    render(b, sb);
    return sb.toString();
  }

  /**
   * Writes the page to {@code out} as it goes, so that a brief over large documents (their
   * source texts are on the page) is never held whole in memory.
   *
   * @throws UncheckedIOException when {@code out} fails
   */
  public void render(Brief b, Appendable out) {
    Map<String, Page> docs = new LinkedHashMap<>();
    for (Page p : b.documents()) {
      docs.put(p.id(), p);
    }
    Marks marks = Marks.of(b);
    Out h = new Out(out);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
        .append("<title>").append(Escape.html(b.question())).append("</title><style>").append(CSS)
        .append("</style></head><body>\n");
    h.append("<h1>").append(Escape.html(b.question())).append("</h1>\n<p class=\"meta\">");
    if (b.questionInferred()) {
      h.append("Question inferred from the documents' titles and headings. ");
    }
    long readable = b.documents().stream().filter(Page::readable).count();
    h.append(readable).append(" of ").append(b.documents().size()).append(" documents read.</p>\n");
    toc(h, b);
    if (!b.summary().isEmpty()) {
      // one paragraph that answers first, each sentence followed by its source
      h.append("<h2 id=\"summary\">Summary</h2>\n<p class=\"summary\">");
      for (Span s : b.summary()) {
        h.append(Escape.html(Texts.display(s.text()))).append(' ').append(cite(s, docs, marks)).append(' ');
      }
      h.append("</p>\n");
    }
    String coverage = Pictures.coverage(b.keyPoints(), b.counterPoints(), id -> sourceName(docs.get(id), id));
    points(h, "Key points", "key-points", b.keyPoints(), docs, marks, coverage);
    points(h, "Counterpoints", "counterpoints", b.counterPoints(), docs, marks,
        b.keyPoints().isEmpty() ? coverage : "");
    if (!b.quotes().isEmpty()) {
      h.append("<h2 id=\"quotes\">Who said what</h2>\n<ul>\n");
      List<Quote> quotes = b.quotes();
      for (int i = 0; i < quotes.size(); i++) {
        if (i == QUOTES_SHOWN) {
          h.append("</ul>\n<details><summary>Show all ").append(quotes.size()).append(" quotes</summary>\n<ul>\n");
        }
        Quote q = quotes.get(i);
        Span s = new Span(q.doc(), q.start(), q.end(), q.text());
        h.append("<li><b>").append(Escape.html(q.speaker() == null ? "Unattributed" : q.speaker())).append("</b>");
        String how = q.direct() ? q.cue() : (q.cue() == null ? "" : q.cue() + ", ") + "reported speech";
        if (how != null) {
          h.append(" <span class=\"meta\">(").append(Escape.html(how)).append(")</span>");
        }
        // their own words between quotation marks; reported speech is the writer's words
        String words = Escape.html(Texts.display(q.text()));
        h.append(": ").append(q.direct() ? "\u201c" + words + "\u201d" : words).append(' ').append(cite(s, docs, marks))
            .append("</li>\n");
      }
      h.append(quotes.size() > QUOTES_SHOWN ? "</ul></details>\n" : "</ul>\n");
    }
    if (!b.timeline().isEmpty()) {
      List<Event> key = KeyEvents.of(b.timeline(), EVENTS_SHOWN);
      h.append("<h2 id=\"timeline\">Timeline</h2>\n").append(Pictures.timeline(b.timeline()));
      if (key.size() < b.timeline().size()) {
        h.append("\n<p class=\"meta\">The ").append(key.size()).append(" days the sources come back to most, of ")
            .append(b.timeline().size()).append(" dated events.</p>");
      }
      h.append("\n<table><tr><th>date</th><th>event</th><th>sources</th></tr>\n");
      for (Event e : key) {
        eventRow(h, e, docs, marks);
      }
      h.append("</table>\n");
      if (key.size() < b.timeline().size()) {
        h.append("<details><summary>Show all ").append(b.timeline().size()).append(" events</summary>\n<table>"
            + "<tr><th>date</th><th>event</th><th>sources</th></tr>\n");
        for (Event e : b.timeline()) {
          eventRow(h, e, docs, marks);
        }
        h.append("</table></details>\n");
      }
    }
    if (!b.actors().isEmpty()) {
      h.append("<h2 id=\"actors\">Actors</h2>\n").append(Pictures.actors(b.actors())).append("\n<ul>\n");
      for (var a : b.actors()) {
        h.append("<li><b>").append(Escape.html(a.name())).append("</b> — ").append(a.stance().json());
        if (!a.aliases().isEmpty()) {
          h.append(" <span class=\"meta\">(also ").append(Escape.html(String.join(", ", a.aliases()))).append(")</span>");
        }
        for (Span s : a.evidence().subList(0, Math.min(2, a.evidence().size()))) {
          h.append("<blockquote>").append(Escape.html(Texts.display(s.text()))).append(' ').append(cite(s, docs, marks)).append("</blockquote>");
        }
        h.append("</li>\n");
      }
      h.append("</ul>\n");
    }
    if (!b.disputes().isEmpty()) {
      h.append("<h2 id=\"disputed\">Disputed</h2>\n");
      for (var d : b.disputes()) {
        h.append("<h3>").append(Escape.html(d.claim())).append("</h3>\n");
        for (Span s : d.evidence()) {
          h.append("<blockquote>").append(Escape.html(Texts.display(s.text()))).append(' ').append(cite(s, docs, marks)).append("</blockquote>\n");
        }
      }
    }
    if (!b.problems().isEmpty()) {
      // a stage that failed: its section above lacks what that document would have added
      h.append("<h2 id=\"problems\">Problems</h2>\n<table><tr><th>document</th><th>stage</th><th>what went wrong</th></tr>\n");
      for (var pr : b.problems()) {
        h.append("<tr><td>").append(Escape.html(pr.doc() == null ? "all documents" : pr.doc())).append("</td><td>")
            .append(Escape.html(pr.stage())).append("</td><td><span class=\"err\">").append(Escape.html(pr.message()))
            .append("</span></td></tr>\n");
      }
      h.append("</table>\n");
    }
    h.append("<h2 id=\"documents\">Documents</h2>\n<table><tr><th>id</th><th>title</th><th>flags</th><th>status</th></tr>\n");
    for (Page p : b.documents()) {
      String link = !marks.drawn(p.id()).isEmpty() ? "<a href=\"#" + Anchors.doc(p.id()) + "\">" + Escape.html(p.id()) + "</a>"
          : Escape.html(p.id());
      h.append("<tr><td>").append(link).append("</td><td>").append(Escape.html(p.title() == null ? "" : p.title()))
          .append("</td><td>").append(Escape.html(String.join(", ", p.flags()))).append("</td><td>")
          .append(p.error() == null ? "read" : "<span class=\"err\">" + Escape.html(p.error()) + "</span>")
          .append("</td></tr>\n");
    }
    h.append("</table>\n<h2 id=\"sources\">Sources</h2>\n");
    for (String id : marks.documents()) {
      Page p = docs.get(id);
      if (p == null) {
        continue;
      }
      h.append("<h3 id=\"").append(Anchors.doc(p.id())).append("\">").append(Escape.html(p.title() == null ? p.id() : p.title()))
          .append("</h3>\n<p class=\"meta\">").append(Escape.html(p.source()));
      if (p.published() != null) {
        h.append(" · ").append(p.published());
      }
      h.append("</p>\n");
      backLinks(h, id, b);
      h.append("<div class=\"src\">");
      source(h, p, marks.drawn(id));
      h.append("</div>\n");
    }
    h.append("</body></html>\n");
  }

  /** The page's writer: appends to any {@link Appendable}, failures unchecked. */
  private static final class Out {
    private final Appendable a;

    Out(Appendable a) {
      this.a = a;
    }

    Out append(CharSequence s) {
      try {
        a.append(s);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write brief.html: " + e.getMessage(), e);
      }
      return this;
    }

    Out append(char c) {
      try {
        a.append(c);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write brief.html: " + e.getMessage(), e);
      }
      return this;
    }

    Out append(Object o) {
      return append(String.valueOf(o));
    }
  }

  /** The contents: a link to each section the brief has. */
  private static void toc(Out h, Brief b) {
    List<String[]> parts = new ArrayList<>();
    if (!b.summary().isEmpty()) {
      parts.add(new String[] {"summary", "Summary"});
    }
    if (!b.keyPoints().isEmpty()) {
      parts.add(new String[] {"key-points", "Key points (" + b.keyPoints().size() + ")"});
    }
    if (!b.counterPoints().isEmpty()) {
      parts.add(new String[] {"counterpoints", "Counterpoints (" + b.counterPoints().size() + ")"});
    }
    if (!b.quotes().isEmpty()) {
      parts.add(new String[] {"quotes", "Who said what (" + b.quotes().size() + ")"});
    }
    if (!b.timeline().isEmpty()) {
      parts.add(new String[] {"timeline", "Timeline (" + b.timeline().size() + ")"});
    }
    if (!b.actors().isEmpty()) {
      parts.add(new String[] {"actors", "Actors (" + b.actors().size() + ")"});
    }
    if (!b.disputes().isEmpty()) {
      parts.add(new String[] {"disputed", "Disputed (" + b.disputes().size() + ")"});
    }
    if (!b.problems().isEmpty()) {
      parts.add(new String[] {"problems", "Problems (" + b.problems().size() + ")"});
    }
    parts.add(new String[] {"documents", "Documents (" + b.documents().size() + ")"});
    h.append("<nav class=\"toc\" aria-label=\"Contents\">");
    for (int i = 0; i < parts.size(); i++) {
      h.append(i == 0 ? "" : " · ").append("<a href=\"#").append(parts.get(i)[0]).append("\">")
          .append(parts.get(i)[1]).append("</a>");
    }
    h.append("</nav>\n");
  }

  /** A source's short name: its title, or the start of its first kept line, and its date. */
  static String sourceName(Page p, String id) {
    if (p == null) {
      return id;
    }
    return Texts.shorten(p.title() != null ? p.title() : derivedTitle(p), 40)
        + (p.published() != null ? " · " + p.published() : "");
  }

  /** From a source back to the points it makes: "Makes key point 1 (label), counterpoint 2 (label)". */
  private static void backLinks(Out h, String docId, Brief b) {
    List<String> links = new java.util.ArrayList<>();
    addBackLinks(links, docId, b.keyPoints(), "key-points", "key point");
    addBackLinks(links, docId, b.counterPoints(), "counterpoints", "counterpoint");
    if (!links.isEmpty()) {
      h.append("<p class=\"meta backlinks\">Makes ").append(String.join(", ", links)).append("</p>\n");
    }
  }

  private static void addBackLinks(List<String> links, String docId, List<Point> points, String id, String name) {
    for (int k = 0; k < points.size(); k++) {
      if (points.get(k).sources().contains(docId)) {
        links.add("<a href=\"#" + id + "-" + (k + 1) + "\">" + name + " " + (k + 1) + "</a> ("
            + Escape.html(Texts.shorten(points.get(k).label(), 60)) + ")");
      }
    }
  }

  private static void points(Out h, String heading, String id, List<Point> points, Map<String, Page> docs,
      Marks marks, String picture) {
    if (points.isEmpty()) {
      return;
    }
    h.append("<h2 id=\"").append(id).append("\">").append(heading).append("</h2>\n").append(picture)
        .append("\n<ol>\n");
    for (int k = 0; k < points.size(); k++) {
      Point p = points.get(k);
      h.append("<li id=\"").append(id).append('-').append(k + 1).append("\"><h3>").append(Escape.html(p.label()))
          .append(" <span class=\"meta\">(")
          .append(p.sources().size()).append(p.sources().size() == 1 ? " source" : " sources").append(")</span></h3>\n");
      for (Span s : Texts.shown(p.evidence())) {
        h.append("<blockquote>").append(Escape.html(Texts.display(s.text()))).append("<br>").append(cite(s, docs, marks)).append("</blockquote>\n");
      }
      if (p.evidence().size() > Texts.EVIDENCE_SHOWN) {
        h.append("<p class=\"meta\">… and ").append(p.evidence().size() - Texts.EVIDENCE_SHOWN)
            .append(" more sources, with their evidence, in brief.json.</p>\n");
      }
      h.append("</li>\n");
    }
    h.append("</ol>\n");
  }

  /** A page without a title is named by the start of its first kept line (its id when nothing was kept). */
  static String derivedTitle(Page p) {
    if (p.kept().isEmpty()) {
      return p.id();
    }
    CharSpan k = p.kept().get(0);
    return Texts.shorten(p.text().substring(k.start(), k.end()).strip(), 48);
  }

  private static void eventRow(Out h, Event e, Map<String, Page> docs, Marks marks) {
    Span s = new Span(e.doc(), e.start(), e.end(), e.event());
    h.append("<tr><td>").append(e.date()).append("</td><td>").append(Escape.html(Texts.display(e.event()))).append(' ')
        .append(cite(s, docs, marks)).append("</td><td>").append(e.sources().size()).append("</td></tr>\n");
  }

  private static String cite(Span s, Map<String, Page> docs, Marks marks) {
    Page p = docs.get(s.doc());
    String name = Texts.shorten(p == null ? s.doc() : p.title() != null ? p.title() : derivedTitle(p), 70)
        + (p != null && p.published() != null ? " · " + p.published() : "");
    return "<a class=\"cite\" href=\"#" + marks.anchor(s.doc(), s.start(), s.end()) + "\">— "
        + Escape.html(name) + "</a>";
  }

  /**
   * The source text with its marks and removals. One sweep over the boundaries where styling
   * changes (marks and removals start or end), keeping the marks and removals open there, so
   * the page is linear in the text and its spans (scanning every span at every boundary took
   * 50 s for 80,000 removed blocks).
   */
  private static void source(Out h, Page p, List<CharSpan> marks) {
    String text = p.text();
    List<Removal> removed = new ArrayList<>(p.removed());
    removed.sort((a, c) -> Integer.compare(a.start(), c.start()));
    java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>();
    cuts.add(0);
    cuts.add(text.length());
    Map<Integer, CharSpan> markStarting = new java.util.HashMap<>();
    Map<Integer, Integer> markDepthChange = new java.util.HashMap<>();
    for (CharSpan m : marks) {
      cuts.add(m.start());
      cuts.add(m.end());
      markStarting.put(m.start(), m); // the last mark listed at a start gives the anchor
      if (m.end() > m.start()) {
        markDepthChange.merge(m.start(), 1, Integer::sum);
        markDepthChange.merge(m.end(), -1, Integer::sum);
      }
    }
    Map<Integer, List<Integer>> removalsStarting = new java.util.HashMap<>();
    Map<Integer, List<Integer>> removalsEnding = new java.util.HashMap<>();
    for (int i = 0; i < removed.size(); i++) {
      Removal r = removed.get(i);
      cuts.add(r.start());
      cuts.add(r.end());
      if (r.end() > r.start()) {
        removalsStarting.computeIfAbsent(r.start(), k -> new ArrayList<>()).add(i);
        removalsEnding.computeIfAbsent(r.end(), k -> new ArrayList<>()).add(i);
      }
    }
    // open removals by their order; the last one open names the reason
    java.util.TreeMap<Integer, Removal> openRemovals = new java.util.TreeMap<>();
    int markDepth = 0;
    Integer prev = null;
    for (int cut : cuts) {
      if (prev != null && cut > prev) {
        int a = prev;
        String piece = Escape.html(Texts.display(text.substring(a, cut)));
        if (!openRemovals.isEmpty()) {
          h.append("<span class=\"removed\" title=\"removed: ").append(Escape.html(openRemovals.lastEntry().getValue()
              .reason())).append("\">").append(piece).append("</span>");
        } else if (markDepth > 0) {
          CharSpan startMark = markStarting.get(a);
          h.append("<mark");
          if (startMark != null) {
            h.append(" id=\"").append(Anchors.span(p.id(), startMark.start(), startMark.end())).append('"');
          }
          h.append('>').append(piece).append("</mark>");
        } else {
          h.append(piece);
        }
      }
      markDepth += markDepthChange.getOrDefault(cut, 0);
      for (int i : removalsEnding.getOrDefault(cut, List.of())) {
        openRemovals.remove(i);
      }
      for (int i : removalsStarting.getOrDefault(cut, List.of())) {
        openRemovals.put(i, removed.get(i));
      }
      prev = cut;
    }
  }

}
