package io.dossier.pipeline;

/**
 * Told what the pipeline is doing, for a progress bar. Calls come from the pipeline's
 * threads, possibly several at once; implementations must be thread-safe.
 */
public interface Progress {
  Progress NONE = new Progress() {
    @Override
    public void stage(String name, long total) {
    }

    @Override
    public void advance(long done) {
    }
  };

  /** How many stages the run will have (told once, before the first), for "stage k of n". */
  default void plan(int stages) {
  }

  /** A new stage starts, with {@code total} units of work (0 when unknown). */
  void stage(String name, long total);

  /** The current stage's total became known ({@code stage} was told 0). */
  default void total(long total) {
  }

  /** {@code done} units of the current stage are finished (monotonic). */
  void advance(long done);

  /** Tells both listeners. */
  static Progress both(Progress a, Progress b) {
    return new Progress() {
      @Override
      public void plan(int stages) {
        a.plan(stages);
        b.plan(stages);
      }

      @Override
      public void stage(String name, long total) {
        a.stage(name, total);
        b.stage(name, total);
      }

      @Override
      public void total(long total) {
        a.total(total);
        b.total(total);
      }

      @Override
      public void advance(long done) {
        a.advance(done);
        b.advance(done);
      }
    };
  }
}
