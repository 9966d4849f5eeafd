package io.dossier.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.model.Event;
import io.dossier.model.Passages;
import io.dossier.testing.Docs;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineBuilderTest {
  private final TimelineBuilder builder = new TimelineBuilder();

  @Test
  void eventsAreSortedMergedAcrossSourcesAndVerbatim() {
    Passages a = Docs.plain("a", "The alliance was founded in 1949 by twelve countries.\n"
        + "On March 12, 1999, Poland, Hungary and the Czech Republic joined the alliance.", LocalDate.of(2022, 1, 5));
    Passages b = Docs.plain("b", "Poland, Hungary and the Czech Republic joined the alliance on March 12, 1999.\n"
        + "Russia annexed Crimea in 2014.", LocalDate.of(2022, 2, 1));
    List<Event> t = builder.build(List.of(a, b));
    assertThat(t).extracting(Event::date).containsExactly("1949", "1999-03-12", "2014");
    Event join = t.get(1);
    assertThat(join.sources()).containsExactlyInAnyOrder("a", "b");
    for (Event e : t) {
      Passages p = e.doc().equals("a") ? a : b;
      assertThat(p.page().text().substring(e.start(), e.end())).isEqualTo(e.event());
    }
  }

  @Test
  void aSentenceWithTwoDatesGivesTwoClauses() {
    Passages a = Docs.plain("a", "Czechs joined in 1999, followed by the Baltic states in 2004.");
    List<Event> t = builder.build(List.of(a));
    assertThat(t).extracting(Event::date).containsExactly("1999", "2004");
    assertThat(t.get(0).event()).isEqualTo("Czechs joined in 1999");
    assertThat(t.get(1).event()).isEqualTo("followed by the Baltic states in 2004.");
  }

  @Test
  void differentHappeningsOnOneDateStayApart() {
    Passages a = Docs.plain("a", "In 2014 Russia annexed Crimea.\nIn 2014 NATO began deploying battalions in Poland.");
    assertThat(builder.build(List.of(a))).hasSize(2);
  }

  @Test
  void badInputGivesNoEvents() {
    assertThat(builder.build(List.of(Docs.plain("x", "In 99999 on Feb 30, 2020 nothing.")))).isEmpty();
    assertThat(builder.build(List.of())).isEmpty();
  }

  @Test
  void seedsGiveTheRelativeDatesOfTheNarrative() throws Exception {
    List<Event> t = builder.build(Docs.seeds());
    assertThat(t).isSortedAccordingTo(java.util.Comparator.comparing(Event::date));
    assertThat(t).anySatisfy(e -> {
      assertThat(e.date()).isEqualTo("2008-04");
      assertThat(e.event()).startsWith("The following April");
    });
    assertThat(t).anySatisfy(e -> {
      assertThat(e.date()).isEqualTo("2008-08");
      assertThat(e.event()).startsWith("Four months later");
    });
  }
}
