package io.dossier.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.model.Brief;
import io.dossier.model.CharSpan;
import io.dossier.model.Event;
import io.dossier.model.Page;
import io.dossier.model.Point;
import io.dossier.model.Quote;
import io.dossier.model.Removal;
import io.dossier.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * The rules of {@code spec/brief-json.md} that make a brief checkable, as assertions: every
 * span is exactly its document's text, inside kept text and clear of removed text; sources
 * are distinct, readable and independent. Used by the golden, property and crash tests.
 */
public final class BriefInvariants {
  private BriefInvariants() {
  }

  /** Every located piece of the brief as a span (quotes and events included). */
  public static List<Span> allSpans(Brief b) {
    List<Span> all = new ArrayList<>(b.summary());
    for (Point p : b.keyPoints()) {
      all.addAll(p.evidence());
    }
    for (Point p : b.counterPoints()) {
      all.addAll(p.evidence());
    }
    for (Quote q : b.quotes()) {
      all.add(new Span(q.doc(), q.start(), q.end(), q.text()));
    }
    for (Event e : b.timeline()) {
      all.add(new Span(e.doc(), e.start(), e.end(), e.event()));
    }
    for (var a : b.actors()) {
      all.addAll(a.evidence());
    }
    for (var d : b.disputes()) {
      all.addAll(d.evidence());
    }
    return all;
  }

  private static final com.networknt.schema.JsonSchema SCHEMA = com.networknt.schema.JsonSchemaFactory
      .getInstance(com.networknt.schema.SpecVersion.VersionFlag.V202012)
      .getSchema(io.dossier.render.BriefSchema.json());

  /** The brief's JSON against the schema generated from the records ({@code BriefSchema}). */
  public static void matchesSchema(com.fasterxml.jackson.databind.JsonNode json) {
    assertThat(SCHEMA.validate(json)).as("brief.json against its JSON Schema").isEmpty();
  }

  public static void check(Brief b) {
    assertThat(b.schema()).isEqualTo(Brief.SCHEMA);
    matchesSchema(io.dossier.render.BriefJson.mapper().valueToTree(b));
    assertThat(b.question()).isNotBlank();
    Map<String, Page> docs = new HashMap<>();
    for (Page p : b.documents()) {
      assertThat(docs.put(p.id(), p)).as("document ids are unique: %s", p.id()).isNull();
      checkPage(p);
    }
    for (Span s : allSpans(b)) {
      Page p = docs.get(s.doc());
      assertThat(p).as("span's document %s is in the brief", s.doc()).isNotNull();
      assertThat(p.readable()).as("span's document %s is readable", s.doc()).isTrue();
      assertThat(s.end()).isLessThanOrEqualTo(p.text().length());
      assertThat(p.text().substring(s.start(), s.end())).as("span text is the document's text").isEqualTo(s.text());
      assertThat(p.isKept(s.start(), s.end())).as("span %s inside one kept block", s).isTrue();
      CharSpan cs = new CharSpan(s.start(), s.end());
      for (Removal r : p.removed()) {
        assertThat(cs.overlaps(r.span())).as("span %s overlaps removed %s", s, r).isFalse();
      }
    }
    List<Point> points = new ArrayList<>(b.keyPoints());
    points.addAll(b.counterPoints());
    for (Point pt : points) {
      assertThat(pt.label()).isNotBlank();
      assertThat(pt.evidence()).isNotEmpty();
      assertThat(pt.sources()).as("sources are distinct").doesNotHaveDuplicates().isNotEmpty();
      for (String src : pt.sources()) {
        Page p = docs.get(src);
        assertThat(p).as("source %s exists", src).isNotNull();
        assertThat(p.flags()).as("source %s is independent", src)
            .noneMatch(f -> f.startsWith("duplicate-of:") || f.equals("not-english"));
      }
      assertThat(new HashSet<>(pt.sources())).as("every evidence document is a listed source")
          .containsAll(pt.evidence().stream().map(Span::doc).toList());
    }
  }

  public static void checkPage(Page p) {
    if (!p.readable()) {
      assertThat(p.error()).as("a failed document says why").isNotBlank();
      assertThat(p.kept()).isEmpty();
    }
    int last = 0;
    for (CharSpan k : p.kept()) {
      assertThat(k.start()).isGreaterThanOrEqualTo(last);
      assertThat(k.end()).isLessThanOrEqualTo(p.text().length());
      last = k.end();
    }
    for (Removal r : p.removed()) {
      assertThat(r.end()).isLessThanOrEqualTo(p.text().length());
      for (CharSpan k : p.kept()) {
        assertThat(k.overlaps(r.span())).as("%s: kept %s overlaps removed %s", p.id(), k, r).isFalse();
      }
    }
  }
}
