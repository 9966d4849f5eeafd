package io.dossier.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * Runs a per-document stage over many documents on {@code threads} workers, results in input
 * order, with a time budget per document: a document still running {@code seconds} after it
 * started is given up (its result is {@code overTime}'s) and the others go on. Java cannot stop
 * a thread that does not look up from its work, so a given-up worker is left to finish in the
 * background (a daemon; its result is dropped) and its place goes to the next document.
 * Within the budget the results are {@code f}'s, so a brief stays deterministic unless a
 * document runs over. One instance per stage run.
 */
final class PerDocument<A, B> {
  /** How often the budget is checked: a tenth of a second is nothing next to a budget of minutes. */
  private static final long POLL_MILLIS = 100;
  private static final AtomicInteger RUNS = new AtomicInteger();

  private final class Task {
    final A input;
    final AtomicBoolean freed = new AtomicBoolean();
    volatile boolean givenUp;
    long started;
    Future<B> future;

    Task(A input) {
      this.input = input;
    }

    void free() {
      if (freed.compareAndSet(false, true)) {
        slots.release();
      }
    }
  }

  private final Function<A, B> f;
  private final Function<A, B> overTime;
  private final long budgetNanos;
  private final Semaphore slots;
  private final LongConsumer advance;
  private final AtomicLong done = new AtomicLong();
  private final List<Task> tasks = new ArrayList<>();

  private PerDocument(Function<A, B> f, Function<A, B> overTime, int threads, int seconds, LongConsumer advance) {
    this.f = f;
    this.overTime = overTime;
    this.budgetNanos = seconds * 1_000_000_000L;
    this.slots = new Semaphore(threads);
    this.advance = advance;
  }

  /** {@code f} over {@code in} on {@code threads} workers; {@code seconds} 0 means no budget. */
  static <A, B> List<B> map(List<A> in, Function<A, B> f, Function<A, B> overTime, int threads, int seconds,
      LongConsumer advance) {
    return new PerDocument<>(f, overTime, threads, seconds, advance).run(in);
  }

  private List<B> run(List<A> in) {
    int run = RUNS.incrementAndGet();
    AtomicInteger names = new AtomicInteger();
    ExecutorService exec = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "dossier-doc-" + run + "-" + names.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try {
      for (A a : in) {
        Task t = new Task(a);
        while (!slots.tryAcquire(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
          giveUpOverdue();
        }
        t.started = System.nanoTime();
        t.future = exec.submit(() -> {
          try {
            return f.apply(t.input);
          } finally {
            t.free();
            if (!t.givenUp) {
              advance.accept(done.incrementAndGet());
            }
          }
        });
        tasks.add(t);
      }
      List<B> out = new ArrayList<>(tasks.size());
      for (Task t : tasks) {
        out.add(await(t));
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      exec.shutdown();
    }
  }

  private B await(Task t) throws InterruptedException {
    while (true) {
      if (t.givenUp) {
        return overTime.apply(t.input);
      }
      try {
        return t.future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        giveUpOverdue();
      } catch (CancellationException e) {
        return overTime.apply(t.input);
      } catch (ExecutionException e) {
        throw new IllegalStateException("a per-document stage failed: " + e.getCause(), e.getCause());
      }
    }
  }

  private void giveUpOverdue() {
    if (budgetNanos <= 0) {
      return;
    }
    long now = System.nanoTime();
    for (Task t : tasks) {
      if (!t.givenUp && !t.future.isDone() && now - t.started > budgetNanos) {
        t.givenUp = true;
        t.future.cancel(true);
        t.free();
      }
    }
  }
}
