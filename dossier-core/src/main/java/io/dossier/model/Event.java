package io.dossier.model;

import java.util.List;

/** A dated happening: {@code date} is {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
public record Event(String date, String event, String doc, int start, int end, List<String> sources) {
  public Event {
    if (!date.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
      throw new IllegalArgumentException("bad date " + date);
    }
    if (start < 0 || end < start || end - start != event.length()) {
      throw new IllegalArgumentException("bad event span " + doc + " " + start + "-" + end);
    }
    sources = List.copyOf(sources);
  }
}
