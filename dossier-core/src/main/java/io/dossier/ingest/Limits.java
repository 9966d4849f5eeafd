package io.dossier.ingest;

/**
 * Size limits for reading one document. A file over {@code maxBytes} (or a gzip that inflates
 * past {@code maxInflatedBytes}) is refused with a per-document error rather than read.
 */
public record Limits(long maxBytes, long maxInflatedBytes, int fetchTimeoutMillis) {
  public static final Limits DEFAULT = new Limits(32L << 20, 64L << 20, 20_000);

  public Limits {
    if (maxBytes <= 0 || maxInflatedBytes <= 0 || fetchTimeoutMillis <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }
}
