package io.dossier.cli;

import io.dossier.pipeline.Progress;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Shows the pipeline's stages as a progress bar on stderr. Thread-safe. */
final class ProgressBarListener implements Progress, AutoCloseable {
  private ProgressBar bar;
  private final io.dossier.pipeline.TotalEta.Clock clock = new io.dossier.pipeline.TotalEta.Clock();
  private long total;
  private int planned;
  private int index;

  @Override
  public synchronized void plan(int stages) {
    planned = stages;
    index = 0;
  }

  @Override
  public synchronized void stage(String name, long total) {
    close();
    index++;
    clock.stage(name);
    this.total = total;
    String step = planned > 0 ? String.format("[%d/%d] ", Math.min(index, planned), planned) : "";
    // a stage with a known total shows a bar with its ETA; the others a running count
    bar = new ProgressBarBuilder().setTaskName(step + String.format("%-8s", name))
        .setInitialMax(total > 0 ? total : -1)
        .setStyle(ProgressBarStyle.ASCII)
        .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
        .setUpdateIntervalMillis(200)
        .continuousUpdate()
        .build();
  }

  @Override
  public synchronized void total(long total) {
    if (bar != null && total > 0) {
      bar.maxHint(total);
      this.total = total;
    }
  }

  @Override
  public synchronized void advance(long done) {
    if (bar != null && done > bar.getCurrent()) {
      bar.stepTo(done);
      long left = clock.remainingMillis(total > 0 ? Math.min(1.0, done / (double) total) : 0);
      // the bar's own ETA is the stage's; this is the whole brief's
      bar.setExtraMessage(left < 0 ? "" : String.format("about %s left in all", StageLog.seconds(left)));
    }
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
