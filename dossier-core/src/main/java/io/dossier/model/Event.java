package io.dossier.model;

import java.util.List;

/**
 * A dated happening: {@code date} is {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
 * {@code salience} is the probability that its date belongs in the pile's timeline (how the
 * pile refers to that date, {@link io.dossier.time.DateSalience}); 0 when it was not measured.
 */
public record Event(String date, String event, String doc, int start, int end, List<String> sources, double salience) {
  public Event {
    if (!date.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
      throw new IllegalArgumentException("bad date " + date);
    }
    if (start < 0 || end < start || end - start != event.length()) {
      throw new IllegalArgumentException("bad event span " + doc + " " + start + "-" + end);
    }
    if (!(salience >= 0 && salience <= 1)) {
      throw new IllegalArgumentException("salience " + salience + " is not a probability");
    }
    sources = List.copyOf(sources);
  }

  public Event(String date, String event, String doc, int start, int end, List<String> sources) {
    this(date, event, doc, start, end, sources, 0);
  }

  public Event withSalience(double s) {
    return new Event(date, event, doc, start, end, sources, s);
  }
}
