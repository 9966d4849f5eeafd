package io.dossier.server;

/**
 * How the server listens and what it accepts, checked once: {@code host} and {@code port} (0
 * picks a free one), the largest upload in bytes, and the per-client rate limit (requests per
 * second sustained, and the burst; 0 per second turns it off).
 */
public record ServerConfig(String host, int port, long maxUploadBytes, double ratePerSecond, int rateBurst) {
  public static final long DEFAULT_MAX_UPLOAD = 32L << 20;
  /** The largest JSON body (a URL or a brief request). */
  static final int MAX_JSON = 64 * 1024;

  public ServerConfig {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("give a host to bind, for example 127.0.0.1");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("the port must be in 0..65535 (0 picks a free one)");
    }
    if (maxUploadBytes < 1) {
      throw new IllegalArgumentException("the upload limit must be at least one byte");
    }
    if (ratePerSecond < 0 || rateBurst < 1) {
      throw new IllegalArgumentException("the rate limit must be >= 0 per second with a burst >= 1");
    }
  }

  public static ServerConfig loopback(int port) {
    return new ServerConfig("127.0.0.1", port, DEFAULT_MAX_UPLOAD, 50, 200);
  }

  public ServerConfig withRate(double perSecond, int burst) {
    return new ServerConfig(host, port, maxUploadBytes, perSecond, burst);
  }

  public ServerConfig withMaxUpload(long bytes) {
    return new ServerConfig(host, port, bytes, ratePerSecond, rateBurst);
  }

  boolean loopbackOnly() {
    return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1") || host.equals("[::1]");
  }
}
