package io.dossier.ingest;

/**
 * Limits for reading one document. A file over {@code maxBytes} (or a gzip that inflates past
 * {@code maxInflatedBytes}) is refused with a per-document error rather than read, and so is a WARC
 * record past {@link #maxArchiveBytes()} of its archive. A URL fetch
 * (every redirect hop, the headers and the whole body) ends by {@code fetchTimeoutMillis}, and
 * reaches only public addresses unless {@code allowPrivateUrls} (see {@link UrlGuard}). A brief
 * leaves out, with an error, a document whose reading, cleaning or quote search takes longer
 * than {@code docSeconds} (0: no limit).
 */
public record Limits(long maxBytes, long maxInflatedBytes, int fetchTimeoutMillis, boolean allowPrivateUrls,
    int docSeconds) {
  /**
   * A document that takes two minutes to read, clean or search for quotes is pathological
   * (reading and cleaning run at about a second per MB, and documents are at most 32 MB).
   */
  public static final int DEFAULT_DOC_SECONDS = 120;
  public static final Limits DEFAULT = new Limits(32L << 20, 64L << 20, 20_000, false, DEFAULT_DOC_SECONDS);

  public Limits {
    if (maxBytes <= 0 || maxInflatedBytes <= 0 || fetchTimeoutMillis <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
    if (docSeconds < 0) {
      throw new IllegalArgumentException("the time per document must be >= 0 seconds (0: no limit)");
    }
  }

  /** Limits that fetch public addresses only, with the default time per document. */
  public Limits(long maxBytes, long maxInflatedBytes, int fetchTimeoutMillis) {
    this(maxBytes, maxInflatedBytes, fetchTimeoutMillis, false, DEFAULT_DOC_SECONDS);
  }

  public Limits(long maxBytes, long maxInflatedBytes, int fetchTimeoutMillis, boolean allowPrivateUrls) {
    this(maxBytes, maxInflatedBytes, fetchTimeoutMillis, allowPrivateUrls, DEFAULT_DOC_SECONDS);
  }

  public Limits withDocSeconds(int seconds) {
    return new Limits(maxBytes, maxInflatedBytes, fetchTimeoutMillis, allowPrivateUrls, seconds);
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
    return new Limits(maxBytes, maxInflatedBytes, fetchTimeoutMillis, allow, docSeconds);
  }

  public UrlGuard urlGuard() {
    return UrlGuard.of(allowPrivateUrls);
  }
}
