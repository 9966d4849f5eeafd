package io.dossier.ingest;

import java.util.List;

/** A document's bytes decoded to text, with the charset used and notes on how it was chosen. */
public record Decoded(String text, ContentKind kind, String charset, List<String> flags) {
  public Decoded {
    flags = List.copyOf(flags);
  }
}
