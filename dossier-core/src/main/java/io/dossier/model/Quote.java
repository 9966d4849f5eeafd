package io.dossier.model;

/** A direct quote located in a document, with its speaker when known and the cue verb. */
public record Quote(String speaker, String text, String doc, int start, int end, String cue) {
  public Quote {
    if (start < 0 || end < start || end - start != text.length()) {
      throw new IllegalArgumentException("bad quote span " + doc + " " + start + "-" + end);
    }
  }
}
