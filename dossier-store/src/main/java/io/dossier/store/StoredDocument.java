package io.dossier.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One stored document as the collection lists it: {@code flags} and {@code error} are those of
 * its page ({@code duplicate-of} flags are decided per brief, over the documents it uses);
 * {@code embedded} tells whether the background worker has cached its sentence vectors.
 */
public record StoredDocument(String id, String title, String source, LocalDate published, List<String> flags,
    String error, String sha256, Instant added, int sentences, boolean embedded) {
  public StoredDocument {
    flags = List.copyOf(flags);
  }
}
