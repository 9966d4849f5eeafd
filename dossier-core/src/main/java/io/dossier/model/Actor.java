package io.dossier.model;

import java.util.List;

/** A person, state or organisation that matters to the question, with aliases and stance. */
public record Actor(String name, List<String> aliases, Stance stance, List<Span> evidence) {
  public Actor {
    aliases = List.copyOf(aliases);
    evidence = List.copyOf(evidence);
  }
}
