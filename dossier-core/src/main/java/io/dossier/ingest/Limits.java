package io.dossier.ingest;

/**
 * Limits for reading one document. A file over {@code maxBytes} (or a gzip that inflates past
 * {@code maxInflatedBytes}) is refused with a per-document error rather than read, and so is a WARC
 * record past {@link #maxArchiveBytes()} of its archive. A URL fetch
 * (every redirect hop, the headers and the whole body) ends by {@code fetchTimeoutMillis}, and
 * reaches only public addresses unless {@code allowPrivateUrls} (see {@link UrlGuard}).
 */
public record Limits(long maxBytes, long maxInflatedBytes, int fetchTimeoutMillis, boolean allowPrivateUrls) {
  public static final Limits DEFAULT = new Limits(32L << 20, 64L << 20, 20_000, false);

  public Limits {
    if (maxBytes <= 0 || maxInflatedBytes <= 0 || fetchTimeoutMillis <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  /** Limits that fetch public addresses only. */
  public Limits(long maxBytes, long maxInflatedBytes, int fetchTimeoutMillis) {
    this(maxBytes, maxInflatedBytes, fetchTimeoutMillis, false);
  }

  /**
   * The payload one WARC archive may bring in all: four times the largest single document.
   * An archive's pages are held, with their texts, while the brief is made; past this they
   * become per-record errors instead of exhausting the heap (a 2.4 MB archive can inflate to
   * gigabytes). Bigger crawls belong to {@code dossier spark}, which streams them.
   */
  public long maxArchiveBytes() {
    return 4 * maxInflatedBytes;
  }

  public Limits withPrivateUrls(boolean allow) {
    return new Limits(maxBytes, maxInflatedBytes, fetchTimeoutMillis, allow);
  }

  public UrlGuard urlGuard() {
    return UrlGuard.of(allowPrivateUrls);
  }
}
