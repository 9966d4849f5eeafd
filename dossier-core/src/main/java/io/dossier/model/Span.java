package io.dossier.model;

import java.util.Objects;

/** A verbatim piece of a document: {@code text} is exactly {@code document.text[start, end)}. */
public record Span(String doc, int start, int end, String text) {
  public Span {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start || end - start != text.length()) {
      throw new IllegalArgumentException("bad span " + doc + " " + start + "-" + end);
    }
  }

  /** The span of {@code [start, end)} in {@code docText}. */
  public static Span of(String doc, String docText, int start, int end) {
    return new Span(doc, start, end, docText.substring(start, end));
  }
}
