package io.dossier.render;

import io.dossier.model.Brief;
import io.dossier.model.Event;
import io.dossier.model.Page;
import io.dossier.model.Point;
import io.dossier.model.Quote;
import io.dossier.model.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The brief as Markdown: question, summary, key points with each source's quoted evidence,
 * counterpoints, quotes, timeline, actors, disputes, the stages that failed (problems), and the documents with their errors.
 * Each piece of evidence links to its highlighted span in {@code brief.html}. Stateless.
 */
public final class MarkdownRenderer {
  private static final int MAX_QUOTES = 25;

  public String render(Brief b) {
    Map<String, Page> docs = new HashMap<>();
    for (Page p : b.documents()) {
      docs.put(p.id(), p);
    }
    Marks marks = Marks.of(b);
    StringBuilder md = new StringBuilder();
    md.append("# ").append(Escape.markdown(b.question())).append("\n\n");
    if (b.questionInferred()) {
      md.append("_Question inferred from the documents' titles and headings._\n\n");
    }
    long readable = b.documents().stream().filter(Page::readable).count();
    md.append(readable).append(" of ").append(b.documents().size()).append(" documents read.\n\n");
    if (!b.summary().isEmpty()) {
      md.append("## Summary\n\n");
      for (Span s : b.summary()) {
        md.append("- ").append(Escape.markdown(s.text())).append(' ').append(cite(s, docs, marks)).append('\n');
      }
      md.append('\n');
    }
    points(md, "Key points", b.keyPoints(), docs, marks);
    points(md, "Counterpoints", b.counterPoints(), docs, marks);
    if (!b.quotes().isEmpty()) {
      md.append("## Who said what\n\n");
      List<Quote> shown = b.quotes().subList(0, Math.min(MAX_QUOTES, b.quotes().size()));
      for (Quote q : shown) {
        md.append("- **").append(Escape.markdown(q.speaker() == null ? "Unattributed" : q.speaker())).append("**")
            .append(q.direct() ? ": \u201c" + Escape.markdown(q.text()) + "\u201d" : " (reported): " + Escape.markdown(q.text()))
            .append(' ')
            .append(cite(new Span(q.doc(), q.start(), q.end(), q.text()), docs, marks)).append('\n');
      }
      if (b.quotes().size() > shown.size()) {
        md.append("- … and ").append(b.quotes().size() - shown.size()).append(" more in brief.json\n");
      }
      md.append('\n');
    }
    if (!b.timeline().isEmpty()) {
      md.append("## Timeline\n\n");
      List<Event> key = KeyEvents.of(b.timeline(), HtmlRenderer.EVENTS_SHOWN);
      if (key.size() < b.timeline().size()) {
        md.append("The ").append(key.size()).append(" days the sources come back to most, of ")
            .append(b.timeline().size()).append(" dated events (all in brief.json).\n\n");
      }
      for (Event e : key) {
        md.append("- **").append(e.date()).append("**: ").append(Escape.markdown(e.event())).append(' ')
            .append(cite(new Span(e.doc(), e.start(), e.end(), e.event()), docs, marks));
        if (e.sources().size() > 1) {
          md.append(" (").append(e.sources().size()).append(" sources)");
        }
        md.append('\n');
      }
      md.append('\n');
    }
    if (!b.actors().isEmpty()) {
      md.append("## Actors\n\n");
      for (var a : b.actors()) {
        md.append("- **").append(Escape.markdown(a.name())).append("** (").append(a.stance().json()).append(")");
        if (!a.aliases().isEmpty()) {
          md.append(", also ").append(Escape.markdown(String.join(", ", a.aliases())));
        }
        if (!a.evidence().isEmpty()) {
          Span s = a.evidence().get(0);
          md.append(": ").append(Escape.markdown(s.text())).append(' ').append(cite(s, docs, marks));
        }
        md.append('\n');
      }
      md.append('\n');
    }
    if (!b.disputes().isEmpty()) {
      md.append("## Disputed\n\n");
      for (var d : b.disputes()) {
        md.append("- **").append(Escape.markdown(d.claim())).append("**\n");
        for (Span s : d.evidence()) {
          md.append("  - ").append(Escape.markdown(s.text())).append(' ').append(cite(s, docs, marks)).append('\n');
        }
      }
      md.append('\n');
    }
    if (!b.problems().isEmpty()) {
      md.append("## Problems\n\n| document | stage | what went wrong |\n|---|---|---|\n");
      for (var pr : b.problems()) {
        md.append("| ").append(Escape.markdown(pr.doc() == null ? "all documents" : pr.doc())).append(" | ")
            .append(Escape.markdown(pr.stage())).append(" | ").append(Escape.markdown(pr.message())).append(" |\n");
      }
      md.append('\n');
    }
    md.append("## Documents\n\n| id | title | flags | status |\n|---|---|---|---|\n");
    for (Page p : b.documents()) {
      md.append("| ").append(Escape.markdown(p.id())).append(" | ").append(Escape.markdown(p.title() == null ? "" : p.title()))
          .append(" | ").append(Escape.markdown(String.join(", ", p.flags()))).append(" | ")
          .append(p.error() == null ? "read" : Escape.markdown("error: " + p.error())).append(" |\n");
    }
    return md.toString();
  }

  private static void points(StringBuilder md, String heading, List<Point> points, Map<String, Page> docs,
      Marks marks) {
    if (points.isEmpty()) {
      return;
    }
    md.append("## ").append(heading).append("\n\n");
    int n = 1;
    for (Point p : points) {
      md.append("### ").append(n++).append(". ").append(Escape.markdown(p.label()))
          .append(" (").append(p.sources().size()).append(p.sources().size() == 1 ? " source" : " sources").append(")\n\n");
      for (Span s : Texts.shown(p.evidence())) {
        md.append("> ").append(Escape.markdown(s.text())).append("\n> — ").append(cite(s, docs, marks)).append("\n\n");
      }
      if (p.evidence().size() > Texts.EVIDENCE_SHOWN) {
        md.append("_… and ").append(p.evidence().size() - Texts.EVIDENCE_SHOWN)
            .append(" more sources, with their evidence, in brief.json._\n\n");
      }
    }
  }

  private static String cite(Span s, Map<String, Page> docs, Marks marks) {
    Page p = docs.get(s.doc());
    String name = Texts.shorten(p != null && p.title() != null ? p.title() : s.doc(), 60);
    return "[" + Escape.markdown(name) + "](brief.html#" + marks.anchor(s.doc(), s.start(), s.end()) + ")";
  }
}
