package io.dossier.cli;

import io.dossier.embed.OnnxEmbedder;
import io.dossier.group.PointSettings;
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

  @Option(names = "--runs", paramLabel = "N", defaultValue = "2", description = "Runs of the whole pipeline (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--raw-sentences", paramLabel = "N", defaultValue = "512",
      description = "Sentences embedded back to back to measure the model's raw throughput (default: ${DEFAULT-VALUE}).")
  int rawSentences;

  @Option(names = "--cache", paramLabel = "DIR",
      description = "Read and keep sentence vectors in DIR, as 'brief --cache' does: the first run fills it, later "
          + "runs read it (default: no cache, every run embeds).")
  java.nio.file.Path cache;

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files, directories or URLs.")
  List<String> inputs;

  @Override
  public Integer call() throws java.io.IOException {
    BriefConfig config = BriefConfig.defaults(question);
    OnnxEmbedder embedder = new OnnxEmbedder(config.threads());
    try (io.dossier.store.VectorCache vectors = cache == null ? null : io.dossier.store.VectorCache.open(cache, embedder)) {
      return measure(config, embedder, vectors == null ? embedder : vectors.embedder());
    }
  }

  private int measure(BriefConfig config, OnnxEmbedder embedder, io.dossier.embed.Embedder used) {
    Timing[] current = new Timing[1];
    BriefPipeline pipeline = new BriefPipeline(config, new TimedEmbedder(used, () -> current[0]));
    List<String> stageTexts = List.of();
    double firstWall = 0;
    for (int r = 1; r <= runs; r++) {
      Timing t = new Timing();
      current[0] = t;
      long start = System.nanoTime();
      long cpu0 = processCpuNanos();
      Brief b = pipeline.run(inputs, t);
      t.stage("end", 0);
      double wall = (System.nanoTime() - start) / 1e9;
      double cpu = (processCpuNanos() - cpu0) / 1e9;
      firstWall = r == 1 ? wall : firstWall;
      long docs = b.documents().stream().filter(d -> d.error() == null).count();
      System.out.printf("run %d: %.2f s wall, %d documents read of %d (%.0f documents/s), %d key points; CPU %.1f s "
          + "(%.2f cores busy of %d)%s%n", r, wall, docs, b.documents().size(), b.documents().size() / wall,
          b.keyPoints().size(), cpu, cpu / wall, Runtime.getRuntime().availableProcessors(),
          r > 1 && firstWall > 0 ? String.format("; %.2fx the first run (same JVM)", wall / firstWall) : "");
      if (cache == null || r == 1) { // with a cache only the first run embeds
        stageTexts = List.copyOf(t.embedTexts);
        lastStages = t.stages;
      }
      for (Map.Entry<String, double[]> e : t.stages.entrySet()) {
        double[] v = e.getValue();
        System.out.printf("  %-9s %8.0f units %7.2f s%s%n", e.getKey(), v[1], v[0],
            e.getKey().equals("embed") && v[0] > 0 ? String.format("  (%.0f sentences/s incl. grouping)", v[1] / v[0]) : "");
      }
      double[] group = t.stages.get("group");
      if (group != null) {
        double labels = t.embedSeconds.getOrDefault("group", 0.0);
        double matching = Math.max(0, group[0] - labels);
        // the matcher's cost: the key point labels it needs embedded, then scoring every claim
        // against every candidate and choosing among them
        System.out.printf("  group: %.2f s embedding key point labels (%.0f%% of the run), %.2f s sides, labels, "
            + "matching and choosing%n", labels, wall > 0 ? 100 * labels / wall : 0, matching);
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
    if (!stageTexts.isEmpty()) {
      // the same sentences as the last run's embed stage that computed its vectors (the first
      // with a cache), straight into the model, warm: the
      // stage's rate against this is the share of the model's rate the pipeline reaches
      long s2 = System.nanoTime();
      embedder.embed(stageTexts);
      double rawSame = stageTexts.size() / ((System.nanoTime() - s2) / 1e9);
      double[] stage = lastStages.get("embed");
      double stageRate = stage != null && stage[0] > 0 ? stageTexts.size() / stage[0] : 0;
      System.out.printf("model raw throughput on the embed stage's own %d sentences: %.0f sentences/s; the stage "
          + "reached %.0f (%.0f%% of raw; its wall time includes finding and scoring the claims)%n", stageTexts.size(),
          rawSame, stageRate, rawSame > 0 ? 100 * stageRate / rawSame : 0);
    }
    System.out.printf("matcher: %.2f ms to score %d claims against %d key points (the most a side of a brief weighs)%n",
        matcherMillis(PointSettings.DEFAULT.maxGrouped(), MATCHER_KEY_POINTS), PointSettings.DEFAULT.maxGrouped(),
        MATCHER_KEY_POINTS);
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf("peak heap (sum of pool peaks): %.0f MB; max heap %.0f MB; peak RSS %s%n", peak / 1e6,
        Runtime.getRuntime().maxMemory() / 1e6, peakRss());
    return 0;
  }

  /** The stages of the last run (wall seconds, units). */
  private Map<String, double[]> lastStages = Map.of();

  /** CPU time of the whole process (all threads, ONNX Runtime's included), or 0 where the JVM cannot tell. */
  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return Math.max(0, os.getProcessCpuTime());
    }
    return 0;
  }

  /** The process's peak resident set (VmHWM of /proc/self/status), or "unknown" off Linux. */
  private static String peakRss() {
    try {
      for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
          return String.format("%.0f MB", kb / 1024.0);
        }
      }
    } catch (java.io.IOException | RuntimeException e) {
      // not Linux: say so below
    }
    return "unknown";
  }

  /** The candidates a side's key points are chosen among (KeyPointSelector.MAX_CANDIDATES). */
  static final int MATCHER_KEY_POINTS = 64;

  /**
   * The matcher's own cost, apart from the embedding it needs: the median of 15 warm calls
   * scoring {@code claims} random unit vectors with 12 stems each against {@code keyPoints}.
   */
  static double matcherMillis(int claims, int keyPoints) {
    java.util.Random r = new java.util.Random(7);
    List<io.dossier.group.Matcher.Side> c = new ArrayList<>();
    List<io.dossier.group.Matcher.Side> k = new ArrayList<>();
    for (int i = 0; i < claims + keyPoints; i++) {
      float[] v = new float[384];
      float[] q = new float[384];
      for (int d = 0; d < v.length; d++) {
        v[d] = (float) r.nextGaussian();
        q[d] = (float) r.nextGaussian();
      }
      java.util.Set<String> stems = new java.util.HashSet<>();
      for (int w = 0; w < 12; w++) {
        stems.add("s" + r.nextInt(400));
      }
      io.dossier.group.Matcher.Side side = new io.dossier.group.Matcher.Side(io.dossier.embed.Vectors.normalize(v),
          io.dossier.embed.Vectors.normalize(q), stems);
      (i < claims ? c : k).add(side);
    }
    io.dossier.group.Matcher m = io.dossier.group.Matcher.standard();
    double[] times = new double[15];
    for (int run = -5; run < times.length; run++) {
      long s = System.nanoTime();
      m.scores(c, k);
      if (run >= 0) {
        times[run] = (System.nanoTime() - s) / 1e6;
      }
    }
    java.util.Arrays.sort(times);
    return times[times.length / 2];
  }

  /** Wall time and units per stage, and the time spent in the embedder per stage. */
  private static final class Timing implements Progress {
    final Map<String, double[]> stages = new LinkedHashMap<>();
    final Map<String, Double> embedSeconds = new java.util.concurrent.ConcurrentHashMap<>();
    /** The texts embedded (not as queries) during the embed stage, in call order. */
    final List<String> embedTexts = java.util.Collections.synchronizedList(new ArrayList<>());

    synchronized String currentStage() {
      return current == null ? "none" : current;
    }
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

  /** Counts the wall time of every embedder call against the stage that made it. */
  private record TimedEmbedder(io.dossier.embed.Embedder inner, java.util.function.Supplier<Timing> timing)
      implements io.dossier.embed.Embedder {
    private <T> T timed(java.util.function.Supplier<T> call) {
      Timing t = timing.get();
      String stage = t == null ? "none" : t.currentStage();
      long start = System.nanoTime();
      try {
        return call.get();
      } finally {
        if (t != null) {
          t.embedSeconds.merge(stage, (System.nanoTime() - start) / 1e9, Double::sum);
        }
      }
    }

    @Override
    public float[][] embed(List<String> texts) {
      Timing t = timing.get();
      if (t != null && t.currentStage().equals("embed")) {
        t.embedTexts.addAll(texts);
      }
      return timed(() -> inner.embed(texts));
    }

    @Override
    public float[] embedQuery(String query) {
      return timed(() -> inner.embedQuery(query));
    }

    @Override
    public float[][] embedQueries(List<String> queries) {
      return timed(() -> inner.embedQueries(queries));
    }

    @Override
    public String name() {
      return inner.name();
    }
  }
}
