package io.dossier.ingest;

import java.util.Objects;

/**
 * The bytes of one source after un-gzipping, with the sha256 of the raw bytes as given and a
 * hint of the content type when the transport told us one (HTTP {@code Content-Type}).
 */
public record RawDocument(Source source, byte[] bytes, String sha256, String contentType, String error) {
  public RawDocument {
    Objects.requireNonNull(source, "source");
  }

  public static RawDocument failed(Source source, String sha256, String error) {
    return new RawDocument(source, new byte[0], sha256, null, error);
  }
}
