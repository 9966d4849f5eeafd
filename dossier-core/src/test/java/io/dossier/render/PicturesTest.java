package io.dossier.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.model.Event;
import io.dossier.model.Point;
import io.dossier.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PicturesTest {
  private static Point point(String label, String... sources) {
    List<Span> ev = new ArrayList<>();
    for (String s : sources) {
      ev.add(new Span(s, 0, 1, "x"));
    }
    return new Point(label, List.of(sources), ev);
  }

  @Test
  void theCoverageMatrixHasACellForEveryPointAndSourceAndItsShapeTellsWhichMakesIt() {
    String svg = Pictures.coverage(List.of(point("Costs <b>rise</b>", "a", "b"), point("Safer streets", "b")),
        List.of(point("Shops suffer", "c")), id -> "Source " + id.toUpperCase());
    Document d = Jsoup.parse(svg);
    // 3 rows x 3 sources: 3 filled circles (key points), 1 filled square (counterpoint), 5 rings
    assertThat(d.select("circle[r=7]")).hasSize(3);
    assertThat(d.select("rect[width=12]")).hasSize(1);
    assertThat(d.select("circle[r=3]")).hasSize(5);
    assertThat(svg).doesNotContain("<b>").contains("Costs &lt;b&gt;rise");
    // the source making the most points comes first
    assertThat(d.select("svg > text").first().text()).isEqualTo("Source B");
    assertThat(Pictures.coverage(List.of(), List.of(), id -> id)).isEmpty();
  }

  @Test
  void theTimelineStripCountsEventsPerDayAndFocusesOnThePilesOwnTime() {
    List<Event> events = new ArrayList<>();
    for (int d = 1; d <= 20; d++) {
      events.add(new Event(String.format("2009-05-%02d", d), "x", "a", 0, 1, List.of("a")));
    }
    events.add(new Event("2009-05-03", "x", "a", 0, 1, List.of("a")));
    events.add(new Event("1918", "x", "a", 0, 1, List.of("a")));
    String svg = Pictures.timeline(events);
    Document d = Jsoup.parse(svg);
    assertThat(d.select("rect")).hasSize(20); // one bar per day in view
    assertThat(svg).contains("2009-05-03: 2 events").contains("1 event falls outside it");
    assertThat(Pictures.timeline(List.of())).isEmpty();
  }

  @Test
  void longSectionsAreCappedBehindShowAllAndTheContentsLinkEverySection() {
    io.dossier.model.Page p = new io.dossier.model.Page("a", "a.txt", "A", null, "00", "Hello there. More.",
        List.of(new io.dossier.model.CharSpan(0, 18)), List.of(), List.of(), null);
    List<io.dossier.model.Quote> quotes = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      quotes.add(new io.dossier.model.Quote("Ann", "Hello there.", "a", 0, 12, "said"));
      events.add(new Event("2009-05-" + String.format("%02d", 1 + i % 28), "Hello there.", "a", 0, 12, List.of("a")));
    }
    io.dossier.model.Brief b = new io.dossier.model.Brief(io.dossier.model.Brief.SCHEMA, "Why?", false, List.of(p),
        List.of(new Span("a", 0, 12, "Hello there.")), List.of(point("Hello", "a")), List.of(), quotes, events,
        List.of(), List.of(), List.of());
    Document d = Jsoup.parse(new HtmlRenderer().render(b));
    assertThat(d.select("nav.toc a")).extracting(e -> e.attr("href"))
        .containsExactly("#summary", "#key-points", "#quotes", "#timeline", "#documents");
    for (var a : d.select("nav.toc a")) {
      assertThat(d.getElementById(a.attr("href").substring(1))).isNotNull();
    }
    assertThat(d.select("#quotes + ul > li")).hasSize(HtmlRenderer.QUOTES_SHOWN);
    assertThat(d.select("details summary").eachText()).contains("Show all 40 quotes", "Show all 40 events");
    assertThat(d.select("svg.coverage")).hasSize(1);
    assertThat(d.select("svg.timeline")).hasSize(1);
  }

  @Test
  void theActorChartPutsEachActorInItsStancesColumn() {
    Span e = new Span("a", 0, 1, "x");
    String svg = Pictures.actors(List.of(
        new io.dossier.model.Actor("Vladimir <Putin>", List.of(), io.dossier.model.Stance.OPPOSES, List.of(e, e)),
        new io.dossier.model.Actor("NATO", List.of(), io.dossier.model.Stance.SUPPORTS, List.of(e))));
    assertThat(svg).contains("opposes (1)", "supports (1)", "mixed (0)", "Vladimir &lt;Putin&gt;").doesNotContain("<Putin>");
    assertThat(Pictures.actors(List.of())).isEmpty();
  }
}
