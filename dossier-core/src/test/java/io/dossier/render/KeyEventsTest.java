package io.dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dossier.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyEventsTest {
  private static Event event(String date, String doc, int start, double salience, int sources) {
    String text = "x".repeat(10);
    List<String> src = java.util.stream.IntStream.range(0, sources).mapToObj(i -> "s" + i).toList();
    return new Event(date, text, doc, start, start + text.length(), src, salience);
  }

  @Test
  void theMostSalientDaysAreShownInDateOrderWithTheirBestToldEvent() {
    List<Event> timeline = List.of(
        event("2010-01-01", "a", 0, 0.1, 1),
        event("2010-01-02", "a", 20, 0.9, 1),
        event("2010-01-02", "b", 0, 0.9, 3),
        event("2010-01-03", "c", 0, 0.5, 1));
    List<Event> shown = KeyEvents.of(timeline, 2);
    assertEquals(List.of("2010-01-02", "2010-01-03"), shown.stream().map(Event::date).toList());
    assertEquals("b", shown.get(0).doc(), "the event with most sources tells the day");
  }

  @Test
  void aSentenceThatDatesTwoDaysIsShownOnce() {
    List<Event> timeline = List.of(
        event("2010-06-01", "a", 0, 0.9, 2),
        event("2010-06-02", "a", 0, 0.8, 2),
        event("2010-06-05", "b", 0, 0.5, 1));
    List<Event> shown = KeyEvents.of(timeline, 2);
    assertEquals(List.of("2010-06-01", "2010-06-05"), shown.stream().map(Event::date).toList());
  }
}
