package io.dossier.server;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client (its IP address): {@code burst} requests at once, refilled at
 * {@code perSecond}. A rate of 0 turns the limit off. Thread-safe; clients idle for a minute
 * are forgotten so the map stays small.
 */
final class RateLimiter {
  private final double perSecond;
  private final double burst;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  private static final class Bucket {
    double tokens;
    long last;

    Bucket(double tokens, long last) {
      this.tokens = tokens;
      this.last = last;
    }
  }

  RateLimiter(double perSecond, int burst) {
    if (perSecond < 0 || burst < 1) {
      throw new IllegalArgumentException("the rate limit must be >= 0 and the burst >= 1");
    }
    this.perSecond = perSecond;
    this.burst = burst;
  }

  /** Takes one token for {@code client}; false when it has none left (answer 429). */
  boolean allow(String client, long nowNanos) {
    if (perSecond == 0) {
      return true;
    }
    if (buckets.size() > 10_000) {
      buckets.values().removeIf(b -> nowNanos - b.last > 60_000_000_000L);
    }
    Bucket b = buckets.computeIfAbsent(client, k -> new Bucket(burst, nowNanos));
    synchronized (b) {
      b.tokens = Math.min(burst, b.tokens + (nowNanos - b.last) / 1e9 * perSecond);
      b.last = nowNanos;
      if (b.tokens >= 1) {
        b.tokens -= 1;
        return true;
      }
      return false;
    }
  }

  /** Seconds until the next token, for a Retry-After header. */
  long retryAfterSeconds() {
    return perSecond == 0 ? 0 : Math.max(1, (long) Math.ceil(1 / perSecond));
  }
}
