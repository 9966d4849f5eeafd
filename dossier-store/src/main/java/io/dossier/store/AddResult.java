package io.dossier.store;

import java.util.List;

/**
 * What one add did: one entry per document (a WARC archive gives several). A {@code duplicate}
 * entry names the document already stored with the same bytes; nothing new was written for it.
 * {@code error} is the document's reading error (the document is stored with it, so that the
 * collection shows it), or null.
 */
public record AddResult(List<Added> documents) {
  public AddResult {
    documents = List.copyOf(documents);
    if (documents.isEmpty()) {
      throw new IllegalArgumentException("an add gives at least one document");
    }
  }

  /** One document of an add. */
  public record Added(String id, boolean duplicate, String error) {
  }

  public String firstId() {
    return documents.get(0).id();
  }
}
