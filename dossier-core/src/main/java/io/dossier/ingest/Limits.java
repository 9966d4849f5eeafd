package io.dossier.ingest;

/**
 * Limits for reading one document. A file over {@code maxBytes} (or a gzip that inflates past
 * {@code maxInflatedBytes}) is refused with a per-document error rather than read. A URL fetch
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

  public Limits withPrivateUrls(boolean allow) {
    return new Limits(maxBytes, maxInflatedBytes, fetchTimeoutMillis, allow);
  }

  public UrlGuard urlGuard() {
    return UrlGuard.of(allowPrivateUrls);
  }
}
