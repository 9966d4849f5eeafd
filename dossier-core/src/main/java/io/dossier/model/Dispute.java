package io.dossier.model;

import java.util.List;

/** A claim that is disputed, with the evidence from each side. */
public record Dispute(String claim, List<Span> evidence) {
  public Dispute {
    evidence = List.copyOf(evidence);
  }
}
