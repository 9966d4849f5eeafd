package io.dossier.cli;

import io.dossier.pipeline.Progress;
import java.io.PrintWriter;

/**
 * One line per finished stage on stderr with its count and wall time ("read 5 in 0.2 s"),
 * for logs and terminals without a progress bar. Quiet when asked. Thread-safe.
 */
final class StageLog implements Progress, AutoCloseable {
  private final PrintWriter err;
  private final boolean quiet;
  private String stage;
  private long started;
  private long done;

  StageLog(PrintWriter err, boolean quiet) {
    this.err = err;
    this.quiet = quiet;
  }

  @Override
  public synchronized void stage(String name, long total) {
    finish();
    stage = name;
    started = System.nanoTime();
    done = 0;
  }

  @Override
  public synchronized void advance(long n) {
    done = Math.max(done, n);
  }

  private void finish() {
    if (stage != null && !quiet) {
      err.printf("%-9s %6d in %.1f s%n", stage, done, (System.nanoTime() - started) / 1e9);
      err.flush();
    }
    stage = null;
  }

  @Override
  public synchronized void close() {
    finish();
  }
}
