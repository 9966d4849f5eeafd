package io.dossier.group;

import io.dossier.model.Passages;
import io.dossier.model.Sentence;
import io.dossier.model.Span;

/**
 * A sentence that may answer the question, with its scores: {@code lexical} (BM25 against the
 * question's terms, 0..1), {@code semantic} (cosine to the question, rescaled 0..1),
 * {@code relevance} (their blend), its unit embedding, and whether it argues the other side.
 */
public record Candidate(Passages doc, Sentence sentence, String text, double lexical,
    double semantic, double relevance, float[] vector, boolean counter) {

  public String docId() {
    return doc.page().id();
  }

  public Span span() {
    return doc.span(sentence);
  }
}
