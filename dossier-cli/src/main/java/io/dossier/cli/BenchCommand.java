package io.dossier.cli;

import io.dossier.embed.OnnxEmbedder;
import io.dossier.model.Brief;
import io.dossier.pipeline.BriefConfig;
import io.dossier.pipeline.BriefPipeline;
import io.dossier.pipeline.Progress;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dossier bench}: runs the brief pipeline on some inputs and reports wall time per
 * stage, the embedding stage's sentences per second against the model's raw throughput on
 * the same machine, and peak heap. For a cold start, time {@code ./dossier brief} itself
 * (see bench/cold-start.sh).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measures the brief pipeline: per-stage wall time, embedding throughput against the "
        + "model's raw throughput, and peak heap. Runs in one JVM; the first run includes model loading."})
final class BenchCommand implements Callable<Integer> {
  @Option(names = {"-q", "--question"}, paramLabel = "TEXT", description = "Question to ask (default: inferred).")
  String question;

  @Option(names = "--runs", defaultValue = "2", description = "Runs of the whole pipeline (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--raw-sentences", defaultValue = "512",
      description = "Sentences embedded back to back to measure the model's raw throughput (default: ${DEFAULT-VALUE}).")
  int rawSentences;

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files, directories or URLs.")
  List<String> inputs;

  @Override
  public Integer call() {
    BriefConfig config = BriefConfig.defaults(question);
    OnnxEmbedder embedder = new OnnxEmbedder(config.threads());
    BriefPipeline pipeline = new BriefPipeline(config, embedder);
    for (int r = 1; r <= runs; r++) {
      Timing t = new Timing();
      long start = System.nanoTime();
      Brief b = pipeline.run(inputs, t);
      t.stage("end", 0);
      double wall = (System.nanoTime() - start) / 1e9;
      long docs = b.documents().stream().filter(d -> d.error() == null).count();
      System.out.printf("run %d: %.2f s wall, %d documents read of %d, %d key points%n", r, wall, docs,
          b.documents().size(), b.keyPoints().size());
      for (Map.Entry<String, double[]> e : t.stages.entrySet()) {
        double[] v = e.getValue();
        System.out.printf("  %-9s %8.0f units %7.2f s%s%n", e.getKey(), v[1], v[0],
            e.getKey().equals("embed") && v[0] > 0 ? String.format("  (%.0f sentences/s incl. grouping)", v[1] / v[0]) : "");
      }
    }
    List<String> raw = new ArrayList<>();
    for (int i = 0; i < rawSentences; i++) {
      raw.add("Sentence " + i + " reports that officials in the capital described the decision as a direct "
          + "response to security concerns raised over several years.");
    }
    embedder.embed(raw.subList(0, Math.min(64, raw.size())));
    long s = System.nanoTime();
    embedder.embed(raw);
    double secs = (System.nanoTime() - s) / 1e9;
    System.out.printf("model raw throughput: %.0f sentences/s (%s, %d sentences of ~25 tokens, warm, %d threads)%n",
        raw.size() / secs, embedder.name(), raw.size(), config.threads());
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf("peak heap (sum of pool peaks): %.0f MB; max heap %.0f MB%n", peak / 1e6,
        Runtime.getRuntime().maxMemory() / 1e6);
    return 0;
  }

  /** Wall time and units per stage. */
  private static final class Timing implements Progress {
    final Map<String, double[]> stages = new LinkedHashMap<>();
    String current;
    long started;
    long done;

    @Override
    public synchronized void stage(String name, long total) {
      if (current != null) {
        stages.put(current, new double[] {(System.nanoTime() - started) / 1e9, done});
      }
      current = name.equals("end") ? null : name;
      started = System.nanoTime();
      done = 0;
    }

    @Override
    public synchronized void advance(long n) {
      done = Math.max(done, n);
    }
  }
}
