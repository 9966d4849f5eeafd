package io.dossier.actors;

/** What a mention refers to after resolution: a canonical name and its kind. */
public record Entity(String name, Mention.Kind kind, char gender) {
  public boolean person() {
    return kind == Mention.Kind.PERSON;
  }
}
