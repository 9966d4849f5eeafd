package io.dossier.server;

/**
 * The bytes of uploads the server works on at once, across all clients. An upload takes its
 * size (its Content-Length, or the upload limit when it does not say) before its body is read
 * and gives it back when its add is done, read, cleaned and stored; when the budget is spent,
 * the upload is turned away with 503 and a Retry-After instead of running the heap out (eight
 * 30 MB uploads at once spent 394 of 458 s in full GCs). Thread-safe.
 */
final class UploadBudget {
  /**
   * Reading, decoding and cleaning a document takes several times its bytes (a DOM for HTML,
   * UTF-16 text, spans); a sixteenth of the heap per byte in flight keeps the peak within it.
   */
  static final int HEAP_SHARE = 16;

  private final long total;
  private long used;

  UploadBudget(long total) {
    if (total < 1) {
      throw new IllegalArgumentException("the upload budget must be at least one byte");
    }
    this.total = total;
  }

  /** The default: a share of the heap, but always room for one upload of the largest size. */
  static UploadBudget forHeap(long maxUploadBytes) {
    return new UploadBudget(Math.max(maxUploadBytes, Runtime.getRuntime().maxMemory() / HEAP_SHARE));
  }

  /** Takes {@code bytes} of the budget; false (and nothing taken) when they are not free now. */
  synchronized boolean take(long bytes) {
    long want = Math.min(bytes, total);
    if (used + want > total) {
      return false;
    }
    used += want;
    return true;
  }

  synchronized void give(long bytes) {
    used = Math.max(0, used - Math.min(bytes, total));
  }

  synchronized long used() {
    return used;
  }

  long total() {
    return total;
  }
}
