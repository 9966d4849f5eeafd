package io.dossier.server;

/**
 * The bytes of uploads the server works on at once, across all clients. An upload takes its
 * size (its Content-Length, or the upload limit when it does not say) before its body is read
 * and gives it back when its add is done, read, cleaned and stored; when the budget stays spent
 * for a while, the upload is turned away with 503 and a Retry-After instead of running the heap out (eight
 * 30 MB uploads at once spent 394 of 458 s in full GCs). Thread-safe.
 */
final class UploadBudget {
  /**
   * Reading, decoding, cleaning and storing a document takes many times its bytes (a DOM for
   * HTML, the text, its spans, its JSON). Measured with -Xmx2g: four 31 MB uploads at once took
   * 150 s each in full GCs, one alone 31 s; a 32nd of the heap lets one such upload in at a time
   * and dozens of ordinary pages side by side.
   */
  static final int HEAP_SHARE = 32;

  /** How long an upload waits for room: well inside the usual 30 s client timeouts. */
  static final long WAIT_MILLIS = 10_000;

  private final long total;
  private final long waitMillis;
  private long used;

  UploadBudget(long total, long waitMillis) {
    if (total < 1 || waitMillis < 0) {
      throw new IllegalArgumentException("the upload budget must be at least one byte, the wait >= 0");
    }
    this.total = total;
    this.waitMillis = waitMillis;
  }

  /** The default: a share of the heap, but always room for one upload of the largest size. */
  static UploadBudget forHeap(long maxUploadBytes) {
    return new UploadBudget(Math.max(maxUploadBytes, Runtime.getRuntime().maxMemory() / HEAP_SHARE), WAIT_MILLIS);
  }

  /**
   * Takes {@code bytes} of the budget, waiting for other uploads to give theirs back up to the
   * budget's wait; false (and nothing taken) when they did not.
   */
  synchronized boolean take(long bytes) {
    return take(bytes, waitMillis);
  }

  private boolean take(long bytes, long millis) {
    long want = Math.min(bytes, total);
    long end = System.nanoTime() + millis * 1_000_000L;
    while (used + want > total) {
      long left = (end - System.nanoTime()) / 1_000_000L;
      if (left <= 0) {
        return false;
      }
      try {
        wait(left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    used += want;
    return true;
  }

  synchronized void give(long bytes) {
    used = Math.max(0, used - Math.min(bytes, total));
    notifyAll();
  }

  synchronized long used() {
    return used;
  }

  long total() {
    return total;
  }
}
