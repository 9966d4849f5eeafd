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
  private final io.dossier.pipeline.TotalEta.Clock clock = new io.dossier.pipeline.TotalEta.Clock();
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
    clock.stage(name);
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
      // told when the next stage starts, so the share done is that of the stages before it
      long left = planned > 0 && index < planned ? clock.remainingMillis(1) : -1;
      err.printf("%s%-9s %6d in %.1f s%s%n", step, stage, done, (System.nanoTime() - started) / 1e9,
          left < 0 ? "" : ", about " + seconds(left) + " left");
      err.flush();
    }
    stage = null;
  }

  /** "12 s", "3 min 5 s": how a person reads a duration. */
  static String seconds(long millis) {
    long s = Math.round(millis / 1000.0);
    return s < 60 ? s + " s" : (s / 60) + " min " + (s % 60) + " s";
  }

  @Override
  public synchronized void close() {
    finish();
  }
}
