package io.dossier.pipeline;

import java.util.List;
import java.util.Map;

/**
 * An estimate of the time a brief has left, across all its stages, for progress displays: the
 * run so far is the share of a typical brief's work that its finished stages (and the done
 * part of the current one) stand for, and the rest is scaled from it. The shares are each
 * stage's part of the wall time of {@code dossier bench} on 1,000 timeline17 articles on 2
 * cores (read 0.5 s, clean 3.2, question 2.2, embed 10.4, group 0.6, quotes 1.6, timeline 0.7,
 * actors 2.7). A store brief's first stage (load) was not measured and counts for nothing: its
 * estimate starts with the question. Small piles spend more of their time loading the model,
 * so the estimate is an "about", never a promise. Stateless; {@link Clock} follows one run.
 */
public final class TotalEta {
  /** Each stage's share of a brief's wall time (see the class comment); a stage not listed counts 0. */
  static final Map<String, Double> SHARE = Map.of("read", 0.023, "clean", 0.146, "question", 0.100,
      "embed", 0.475, "group", 0.027, "quotes", 0.073, "timeline", 0.032, "actors", 0.123);
  /** The stages in the order the pipeline runs them (BriefPipeline; a store brief starts at "question"). */
  static final List<String> ORDER = List.of("read", "clean", "question", "embed", "group", "quotes", "timeline",
      "actors");
  /** Below this share of the work done, the run so far says too little to scale from. */
  static final double MIN_DONE = 0.02;

  private TotalEta() {
  }

  /**
   * Milliseconds the run has left, or -1 when it cannot be told yet.
   *
   * @param first the run's first stage ("read" for a pile, "load" for a store)
   * @param current the stage running now
   * @param fraction how much of the current stage is done, 0 to 1 (0 when its total is unknown)
   * @param elapsedMillis the run's time so far, in its counted stages (for a store, since "question" began)
   */
  public static long remainingMillis(String first, String current, double fraction, long elapsedMillis) {
    int from = ORDER.indexOf(first);
    int at = ORDER.indexOf(current);
    if (at < 0) {
      return -1;
    }
    from = from < 0 ? ORDER.indexOf("question") : from;
    double all = 0;
    double done = 0;
    for (int i = from; i < ORDER.size(); i++) {
      double s = SHARE.getOrDefault(ORDER.get(i), 0.0);
      all += s;
      if (i < at) {
        done += s;
      } else if (i == at) {
        done += s * Math.max(0, Math.min(1, fraction));
      }
    }
    if (all <= 0 || done / all < MIN_DONE) {
      return -1;
    }
    return Math.round(elapsedMillis * (all - done) / done);
  }

  /** Follows one run's stages for {@link #remainingMillis}; for a progress listener. Thread-safe. */
  public static final class Clock {
    private String first;
    private String current;
    private long countedSince = -1;

    /** A stage starts. */
    public synchronized void stage(String name) {
      if (first == null) {
        first = name;
      }
      current = name;
      if (countedSince < 0 && ORDER.contains(name)) {
        countedSince = System.nanoTime();
      }
    }

    /** Milliseconds left with {@code fraction} of the current stage done, or -1 when not known yet. */
    public synchronized long remainingMillis(double fraction) {
      if (current == null || countedSince < 0) {
        return -1;
      }
      return TotalEta.remainingMillis(first, current, fraction, (System.nanoTime() - countedSince) / 1_000_000);
    }
  }
}
