package io.dossier.cli;

import io.dossier.pipeline.Progress;
import java.io.PrintWriter;

/**
 * One line per finished stage on stderr with its place, count and wall time
 * ("[1/8] read 5 in 0.2 s": documents read, sentences embedded, claims grouped, documents quoted, dated and searched for actors),
 * for logs and terminals without a progress bar. Quiet when asked. Thread-safe.
 */
final class StageLog implements Progress, AutoCloseable {
  private final PrintWriter err;
  private final boolean quiet;
  private String stage;
  private long started;
  private long done;
  private int planned;
  private int index;

  StageLog(PrintWriter err, boolean quiet) {
    this.err = err;
    this.quiet = quiet;
  }

  @Override
  public synchronized void plan(int stages) {
    planned = stages;
    index = 0;
  }

  @Override
  public synchronized void stage(String name, long total) {
    finish();
    index++;
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
      String step = planned > 0 ? String.format("[%d/%d] ", Math.min(index, planned), planned) : "";
      err.printf("%s%-9s %6d in %.1f s%n", step, stage, done, (System.nanoTime() - started) / 1e9);
      err.flush();
    }
    stage = null;
  }

  @Override
  public synchronized void close() {
    finish();
  }
}
