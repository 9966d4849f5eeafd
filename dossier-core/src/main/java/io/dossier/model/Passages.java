package io.dossier.model;

import java.util.List;

/** A page split into sentences, in text order. */
public record Passages(Page page, List<Sentence> sentences) {
  public Passages {
    sentences = List.copyOf(sentences);
    int last = 0;
    for (Sentence s : sentences) {
      if (s.start() < last || s.end() > page.text().length()) {
        throw new IllegalArgumentException(page.id() + ": sentence offsets go backwards or past the text");
      }
      last = s.end();
    }
  }

  public String text(Sentence s) {
    return s.text(page.text());
  }

  public Span span(Sentence s) {
    return Span.of(page.id(), page.text(), s.start(), s.end());
  }
}
