package io.dossier.model;

import java.util.List;

/** A key point or counterpoint: a short label, its independent sources, its evidence, best first. */
public record Point(String label, List<String> sources, List<Span> evidence) {
  public Point {
    sources = List.copyOf(sources);
    evidence = List.copyOf(evidence);
  }
}
