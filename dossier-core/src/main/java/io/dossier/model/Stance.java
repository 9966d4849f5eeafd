package io.dossier.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** An actor's position on the question's proposition. */
public enum Stance {
  SUPPORTS, OPPOSES, MIXED, UNCLEAR;

  @JsonValue
  public String json() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
