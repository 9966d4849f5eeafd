package io.dossier.ingest.warc;

import io.dossier.ingest.RawDocument;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * One page taken out of a WARC file: the raw document (its {@link io.dossier.ingest.Source}
 * id is the file's id plus a record number, its location {@code file#byteOffset}), the
 * captured URL and the capture time ({@code WARC-Date}), either of which may be null when
 * the record lacks it, and the record's byte offset in the (possibly compressed) file.
 * A record that could not be read has {@code raw().error()} set and empty bytes.
 */
public record WarcDocument(RawDocument raw, URI target, Instant date, long offset) {
  public WarcDocument {
    Objects.requireNonNull(raw, "raw");
  }
}
