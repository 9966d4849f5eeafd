package io.dossier.pipeline;

import io.dossier.model.Passages;
import io.dossier.model.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The error boundary of one brief: every (document, stage) call goes through {@link #perDocument}
 * and every stage over the whole pile through {@link #wholePile}; an exception there becomes a
 * {@link Problem} and the stage's empty result, and the brief goes on. Thread-safe (the
 * per-document stages run on many workers); {@link #list} orders the problems by stage, in the
 * order the stages ran, then by document, so a brief stays deterministic.
 */
final class Problems {
  /** Where in our code it broke: the first frame of this package tree names the class and line. */
  private static final String OUR_CODE = "io.dossier.";
  /** A message is a line a reader takes in; one that quotes a whole page is cut there. */
  private static final int MAX_MESSAGE = 300;

  private final ConcurrentLinkedQueue<Problem> found = new ConcurrentLinkedQueue<>();
  private final Map<String, Integer> stageOrder = new LinkedHashMap<>();

  /** {@code f} on one document, its failure recorded under {@code stage} and replaced by {@code empty}. */
  <B> Function<Passages, B> perDocument(String stage, Function<Passages, B> f, B empty) {
    order(stage);
    return doc -> {
      try {
        return f.apply(doc);
      } catch (RuntimeException | StackOverflowError e) {
        // a stack overflow is a deep regex or parse on odd text: that document's, not the run's
        found.add(new Problem(doc.page().id(), stage, describe(e)));
        return empty;
      }
    };
  }

  /** What a document that ran over its time in {@code stage} gets: {@code empty}, and a problem saying so. */
  <B> Function<Passages, B> overTime(String stage, String message, B empty) {
    order(stage);
    return doc -> {
      found.add(new Problem(doc.page().id(), stage, message));
      return empty;
    };
  }

  /** A stage over all documents; its failure is recorded with no document and replaced by {@code empty}. */
  <B> B wholePile(String stage, Supplier<B> f, B empty) {
    order(stage);
    try {
      return f.get();
    } catch (RuntimeException | StackOverflowError e) {
      found.add(new Problem(null, stage, describe(e)));
      return empty;
    }
  }

  /** The problems so far, by stage (in the order the stages ran), then document (the pile first), then message. */
  List<Problem> list() {
    List<Problem> out = new ArrayList<>(found);
    out.sort(Comparator.comparingInt((Problem p) -> stageOrder(p.stage()))
        .thenComparing(p -> p.doc() == null ? "" : "\u0001" + p.doc())
        .thenComparing(Problem::message));
    return out;
  }

  private synchronized void order(String stage) {
    stageOrder.putIfAbsent(stage, stageOrder.size());
  }

  private synchronized int stageOrder(String stage) {
    return stageOrder.getOrDefault(stage, Integer.MAX_VALUE);
  }

  /** "IllegalStateException: no verb (QuoteFinder.java:212)": the kind, the message and where, for a bug report. */
  static String describe(Throwable e) {
    StringBuilder sb = new StringBuilder(e.getClass().getSimpleName());
    if (e.getMessage() != null && !e.getMessage().isBlank()) {
      String m = e.getMessage().strip();
      sb.append(": ").append(m.length() <= MAX_MESSAGE ? m : m.substring(0, MAX_MESSAGE) + "...");
    }
    for (StackTraceElement f : e.getStackTrace()) {
      if (f.getClassName().startsWith(OUR_CODE) && f.getFileName() != null) {
        sb.append(" (").append(f.getFileName()).append(':').append(f.getLineNumber()).append(')');
        break;
      }
    }
    return sb.toString();
  }
}
