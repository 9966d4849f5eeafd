package io.dossier.clean.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * The article-extraction benchmark (Zyte's {@code html/*.html.gz} and
 * {@code ground-truth.json}): loads the pages into memory, runs an extractor over them on a
 * fixed number of threads, and scores the results with {@link ShingleMetric}. Loading is not
 * timed; extraction is. Instances are immutable.
 */
public final class ExtractionBenchmark {
  /** One page: its id (the file name's hash), raw bytes (un-gzipped) and the true article body. */
  public record Case(String id, byte[] html, String truth, String url) {
  }

  /** The outcome of one system: per-page scores in case order, the summary and the speed. */
  /**
   * The outcome of one system: per-page scores in case order, the summary, the speed in pages
   * per wall-clock second, and in pages per CPU-second of the extracting threads (which does
   * not depend on what else the machine is doing; 0 when not measured).
   */
  public record Result(List<ShingleMetric.Score> scores, List<String> texts,
      ShingleMetric.Summary summary, double pagesPerSecond, double pagesPerCpuSecond) {
  }

  private final List<Case> cases;

  private ExtractionBenchmark(List<Case> cases) {
    this.cases = List.copyOf(cases);
  }

  public List<Case> cases() {
    return cases;
  }

  /** Reads {@code dir/ground-truth.json} and {@code dir/html/<id>.html.gz}. */
  public static ExtractionBenchmark load(Path dir) throws IOException {
    JsonNode gt = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
    List<Case> out = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    gt.fieldNames().forEachRemaining(ids::add);
    ids.sort(null);
    for (String id : ids) {
      Path f = dir.resolve("html").resolve(id + ".html.gz");
      if (!Files.exists(f)) {
        continue;
      }
      byte[] raw = Files.readAllBytes(f);
      byte[] html;
      try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
        html = in.readAllBytes();
      }
      JsonNode e = gt.get(id);
      out.add(new Case(id, html, e.path("articleBody").asText(""), e.path("url").asText("")));
    }
    return new ExtractionBenchmark(out);
  }

  /** Scores texts produced elsewhere (a peer's output), by case id; a missing id scores empty. */
  public Result score(Map<String, String> textsById, double pagesPerSecond) {
    List<ShingleMetric.Score> scores = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Case c : cases) {
      String t = textsById.getOrDefault(c.id(), "");
      texts.add(t);
      scores.add(ShingleMetric.score(c.truth(), t));
    }
    return new Result(scores, texts, ShingleMetric.summarise(scores), pagesPerSecond, 0);
  }

  /**
   * Runs {@code extractor} on every case with {@code threads} threads and scores it. The
   * extractor must be thread-safe. The whole set is run {@code rounds} times for timing (the
   * first round warms the JIT up and is not timed when there are several).
   */
  public Result run(Function<Case, String> extractor, int threads, int rounds) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<String> texts = null;
      long bestNanos = Long.MAX_VALUE;
      long bestCpu = Long.MAX_VALUE;
      java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
      boolean cpuTimed = mx.isCurrentThreadCpuTimeSupported();
      for (int round = 0; round < Math.max(1, rounds); round++) {
        long t0 = System.nanoTime();
        java.util.concurrent.atomic.AtomicLong cpu = new java.util.concurrent.atomic.AtomicLong();
        List<Future<String>> futures = new ArrayList<>();
        for (Case c : cases) {
          futures.add(pool.submit(() -> {
            long c0 = cpuTimed ? mx.getCurrentThreadCpuTime() : 0;
            String out = extractor.apply(c);
            if (cpuTimed) {
              cpu.addAndGet(mx.getCurrentThreadCpuTime() - c0);
            }
            return out;
          }));
        }
        List<String> out = new ArrayList<>();
        for (Future<String> f : futures) {
          try {
            out.add(f.get());
          } catch (Exception e) {
            out.add("");
          }
        }
        long dt = System.nanoTime() - t0;
        if (round > 0 || rounds <= 1) {
          bestNanos = Math.min(bestNanos, dt);
          bestCpu = Math.min(bestCpu, cpu.get());
        }
        texts = out;
      }
      List<ShingleMetric.Score> scores = new ArrayList<>();
      Iterator<String> it = texts.iterator();
      for (Case c : cases) {
        scores.add(ShingleMetric.score(c.truth(), it.next()));
      }
      double pps = cases.size() / (bestNanos / 1e9);
      double ppc = cpuTimed && bestCpu > 0 ? cases.size() / (bestCpu / 1e9) : 0;
      return new Result(scores, texts, ShingleMetric.summarise(scores), pps, ppc);
    } finally {
      pool.shutdownNow();
    }
  }

}
