package io.dossier.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * One input file of a Spark job, as listed on the driver: its ordinal in the listing
 * ({@code seq}, which keeps the CLI's document order), the document id the CLI would give it,
 * the location shown in briefs (a plain path for local files, the URI otherwise), the Hadoop
 * URI to read, its length, and {@code skipped} when the CLI would list it without reading it
 * (a README beside the articles). Immutable and serializable (it travels to executors).
 */
public record InputFile(int seq, String id, String location, String uri, long length, String skipped)
    implements Serializable {
  public InputFile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(uri, "uri");
    if (seq < 0 || length < 0) {
      throw new IllegalArgumentException("bad input file " + uri);
    }
  }
}
