package io.dossier.server;

import io.dossier.model.Brief;
import io.dossier.pipeline.Progress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * Briefs made in the background, one at a time (the store makes one brief at a time anyway),
 * each with its live progress: the plan's stage count, the current stage, its count and total,
 * and an ETA for the stage when its total is known. A job can be cancelled: the pipeline's
 * next progress call then stops it. The last {@link #KEPT} jobs are kept. Thread-safe.
 */
final class BriefJobs implements AutoCloseable {
  /** Enough for a few people's recent briefs; older finished jobs (and their briefs) are dropped. */
  static final int KEPT = 16;

  enum State {
    QUEUED, RUNNING, DONE, FAILED, CANCELLED;

    @com.fasterxml.jackson.annotation.JsonValue
    String json() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** What a client sees of a job; immutable. */
  record Snapshot(String id, State state, String stage, int stageIndex, int stages, long done, long total,
      long elapsedMillis, Long stageEtaMillis, Long totalEtaMillis, String error) {
  }

  /** One job: its progress as the pipeline tells it, and its outcome. */
  static final class Job implements Progress {
    final String id = UUID.randomUUID().toString();
    private final long created = System.nanoTime();
    private volatile State state = State.QUEUED;
    private volatile boolean cancelRequested;
    private String stage;
    private int stageIndex;
    private int stages;
    private long done;
    private long total;
    private long stageStarted;
    private final io.dossier.pipeline.TotalEta.Clock clock = new io.dossier.pipeline.TotalEta.Clock();
    private Brief brief;
    private String error;

    private void checkCancel() {
      if (cancelRequested) {
        throw new CancellationException("cancelled");
      }
    }

    @Override
    public synchronized void plan(int n) {
      stages = n;
    }

    @Override
    public void stage(String name, long t) {
      checkCancel();
      synchronized (this) {
        stage = name;
        stageIndex++;
        clock.stage(name);
        total = t;
        done = 0;
        stageStarted = System.nanoTime();
      }
    }

    @Override
    public synchronized void total(long t) {
      total = t;
    }

    @Override
    public void advance(long n) {
      checkCancel();
      synchronized (this) {
        done = Math.max(done, n);
      }
    }

    synchronized Snapshot snapshot() {
      long now = System.nanoTime();
      Long eta = null;
      if (state == State.RUNNING && total > 0 && done > 0 && done <= total) {
        double perUnit = (now - stageStarted) / (double) done;
        eta = Math.round(perUnit * (total - done) / 1e6);
      }
      Long left = null;
      if (state == State.RUNNING) {
        long l = clock.remainingMillis(total > 0 ? Math.min(1.0, done / (double) total) : 0);
        left = l < 0 ? null : l;
      }
      return new Snapshot(id, state, stage, stageIndex, Math.max(stages, stageIndex), done, total,
          (now - created) / 1_000_000, eta, left, error);
    }

    State state() {
      return state;
    }

    synchronized Brief brief() {
      return brief;
    }
  }

  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "dossier-brief-jobs");
    t.setDaemon(true);
    return t;
  });
  private final Map<String, Job> jobs = new LinkedHashMap<>();

  /** Queues a brief; {@code work} makes it, telling the job its progress. */
  Job submit(Function<Progress, Brief> work) {
    Job job = new Job();
    synchronized (jobs) {
      jobs.put(job.id, job);
      while (jobs.size() > KEPT) {
        String oldest = jobs.keySet().iterator().next();
        Job o = jobs.get(oldest);
        if (o.state == State.QUEUED || o.state == State.RUNNING) {
          break; // never drop unfinished work
        }
        jobs.remove(oldest);
      }
    }
    worker.submit(() -> run(job, work));
    return job;
  }

  private static void run(Job job, Function<Progress, Brief> work) {
    if (job.cancelRequested) {
      job.state = State.CANCELLED;
      return;
    }
    job.state = State.RUNNING;
    try {
      Brief b = work.apply(job);
      synchronized (job) {
        job.brief = b;
      }
      job.state = State.DONE;
    } catch (RuntimeException | OutOfMemoryError e) {
      synchronized (job) {
        job.error = job.cancelRequested ? "cancelled" : e instanceof OutOfMemoryError
            ? "the server ran out of memory making this brief" : String.valueOf(e.getMessage());
      }
      job.state = job.cancelRequested ? State.CANCELLED : State.FAILED;
    }
  }

  Optional<Job> get(String id) {
    synchronized (jobs) {
      return Optional.ofNullable(jobs.get(id));
    }
  }

  /** Asks a job to stop; false when there is no such job. */
  boolean cancel(String id) {
    Optional<Job> j = get(id);
    j.ifPresent(job -> job.cancelRequested = true);
    return j.isPresent();
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
