package io.dossier.store;

/**
 * A daemon thread that embeds newly added documents' sentences into the vector cache, oldest
 * first, one document at a time, so that adding never waits for the model and later briefs
 * find their vectors cached. It works when adds pause for a second, so that it does not take
 * the cores from a stream of uploads. With nothing to embed, it runs the per-document
 * analyses of stored documents once per process (see {@link DocumentStore}), so that the first
 * brief after a start is not the slow one. Woken by each add; also polls every few seconds (another process
 * may add). An error is kept for {@link #lastError} and retried later. Lifecycle: start once,
 * stop once.
 */
final class EmbeddingWorker implements Runnable {
  /** How long adds must pause before the worker embeds. */
  static final long QUIET_NANOS = 1_000_000_000L;
  private final DocumentStore store;
  private final Thread thread;
  private final Object signal = new Object();
  private volatile boolean running = true;
  private volatile String lastError;
  private boolean woken;

  EmbeddingWorker(DocumentStore store) {
    this.store = store;
    this.thread = new Thread(this, "dossier-embedding");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
  }

  void start() {
    thread.start();
  }

  void wake() {
    synchronized (signal) {
      woken = true;
      signal.notifyAll();
    }
  }

  String lastError() {
    return lastError;
  }

  @Override
  public void run() {
    while (running) {
      try {
        // Quirk: the model takes both cores; embedding while documents stream in would halve
        // the add rate. Wait for a pause in the adds (the add never waits for the model).
        long quiet = store.nanosSinceLastAdd();
        if (quiet < QUIET_NANOS) {
          Thread.sleep(Math.max(1, (QUIET_NANOS - quiet) / 1_000_000));
          continue;
        }
        int done = store.embedPending(1);
        if (done == 0) {
          done = store.warmPending(8);
        }
        if (done > 0) {
          lastError = null;
          continue;
        }
        synchronized (signal) {
          if (!woken && running) {
            signal.wait(3000);
          }
          woken = false;
        }
      } catch (InterruptedException e) {
        return;
      } catch (Exception e) {
        if (!running) {
          return;
        }
        lastError = "background embedding failed: " + e.getMessage();
        try {
          Thread.sleep(2000);
        } catch (InterruptedException ie) {
          return;
        }
      }
    }
  }

  void stop() {
    running = false;
    thread.interrupt();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
