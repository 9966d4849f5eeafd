package io.dossier.model;

import java.util.Objects;

/**
 * A part of a document's text judged not to be the article, with the reason (for example
 * {@code navigation}, {@code caption}, {@code teaser}, {@code share}, {@code repeated-title},
 * {@code disclaimer}, {@code headline-list}).
 */
public record Removal(int start, int end, String reason) {
  public Removal {
    Objects.requireNonNull(reason, "reason");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad removal " + start + "-" + end);
    }
  }

  public CharSpan span() {
    return new CharSpan(start, end);
  }
}
