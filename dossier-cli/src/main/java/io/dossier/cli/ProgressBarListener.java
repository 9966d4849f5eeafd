package io.dossier.cli;

import io.dossier.pipeline.Progress;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Shows the pipeline's stages as a progress bar on stderr. Thread-safe. */
final class ProgressBarListener implements Progress, AutoCloseable {
  private ProgressBar bar;

  @Override
  public synchronized void stage(String name, long total) {
    close();
    bar = new ProgressBarBuilder().setTaskName(String.format("%-8s", name))
        .setInitialMax(total > 0 ? total : -1)
        .setStyle(ProgressBarStyle.ASCII)
        .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
        .setUpdateIntervalMillis(200)
        .continuousUpdate()
        .build();
  }

  @Override
  public synchronized void advance(long done) {
    if (bar != null && done > bar.getCurrent()) {
      bar.stepTo(done);
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
