package io.dossier.group;

import io.dossier.model.Span;
import java.util.Set;

/**
 * A claim that may answer the question, with its scores: {@code lexical} (BM25 against the
 * question's terms, 0..1), {@code semantic} (cosine to the question, rescaled 0..1),
 * {@code relevance} (their blend, rounded so that float noise in the vectors does not reorder
 * claims), its unit embedding, its content stems, and whether it states the other side.
 */
public record Candidate(Claims.Claim claim, double lexical, double semantic, double relevance, float[] vector,
    Set<String> stems, boolean otherSide) {

  public String docId() {
    return claim.docId();
  }

  public String text() {
    return claim.text();
  }

  public int start() {
    return claim.start();
  }

  public Span span() {
    return new Span(claim.docId(), claim.start(), claim.end(), claim.text());
  }

  /** The matcher's view of it as a statement. */
  Matcher.Side side() {
    return new Matcher.Side(vector, null, stems);
  }
}
