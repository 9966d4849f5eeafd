package io.dossier.model;

/**
 * A sentence of a page's kept text: {@code [start, end)} into the page's text, its ordinal in
 * the document, the paragraph (kept block) it belongs to, and whether it is a heading.
 */
public record Sentence(String doc, int index, int start, int end, int paragraph, boolean heading) {
  public Sentence {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad sentence span " + start + "-" + end);
    }
  }

  public String text(String docText) {
    return docText.substring(start, end);
  }

  public CharSpan span() {
    return new CharSpan(start, end);
  }
}
