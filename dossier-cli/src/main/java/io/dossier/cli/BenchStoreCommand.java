package io.dossier.cli;

import io.dossier.embed.OnnxEmbedder;
import io.dossier.group.PointFinder;
import io.dossier.ingest.InputCollector;
import io.dossier.ingest.Source;
import io.dossier.model.Brief;
import io.dossier.pipeline.Progress;
import io.dossier.server.DossierServer;
import io.dossier.server.ServerConfig;
import io.dossier.store.DocumentStore;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dossier bench-store}: the store and the service under load. Uploads files through the
 * HTTP API of a server on loopback (one client, one request after the other, as the web page
 * does), waits for the background embedding, then times briefs over the whole store, in the
 * store and through the API. Prints the figures; changes nothing outside its data directory.
 */
@Command(name = "bench-store", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Measures the store: documents/s of adding through the HTTP API, time until the background "
        + "embedding is done, and the wall time of briefs over the stored documents (per stage).",
        "Example: bench/store.sh, or ./dossier bench-store --total 200 --question Q DIR..."})
final class BenchStoreCommand implements Callable<Integer> {
  @Option(names = {"-q", "--question"}, paramLabel = "TEXT", required = true, description = "The question the briefs ask.")
  String question;

  @Option(names = "--total", paramLabel = "N", defaultValue = "200", description = "Documents to add, the first of the inputs (default: ${DEFAULT-VALUE}).")
  int total;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "3", description = "Briefs to time once everything is stored (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--data", paramLabel = "DIR", description = "Store directory; must be empty or absent (default: a temporary one, deleted after).")
  Path data;

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files or directories to add.")
  List<String> inputs;

  @Override
  public Integer call() throws Exception {
    List<Path> files = new ArrayList<>();
    for (Source s : new InputCollector().collect(inputs)) {
      if (s.error() == null && s.path() != null && files.size() < total) {
        files.add(s.path());
      }
    }
    Path dir = data != null ? data : Files.createTempDirectory("dossier-bench-store");
    if (Files.exists(dir.resolve(DocumentStore.DB_FILE))) {
      System.err.println("dossier bench-store: " + dir + " already holds a store; give an empty --data");
      return 2;
    }
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    OnnxEmbedder embedder = new OnnxEmbedder(threads);
    try (DocumentStore store = DocumentStore.open(dir, embedder, DocumentStore.Options.defaults());
        DossierServer server = new DossierServer(store, new ServerConfig("127.0.0.1", 0, 64L << 20, 0, 1)).start()) {
      HttpClient http = HttpClient.newHttpClient();
      URI base = server.uri();
      long t0 = System.nanoTime();
      int failed = 0;
      for (Path f : files) {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/documents?name="
                + URLEncoder.encode(f.getFileName().toString(), StandardCharsets.UTF_8)))
            .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(f))).build(),
            HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
          failed++;
          System.err.println(f + ": HTTP " + r.statusCode() + " " + r.body());
        }
      }
      double addSecs = secs(t0);
      System.out.printf("add: %d documents in %.2f s through the API = %.1f documents/s (%d refused); %d stored%n",
          files.size(), addSecs, files.size() / addSecs, failed, store.size());
      int sentences = store.list().stream().mapToInt(d -> d.sentences()).sum();
      store.awaitEmbedded(Duration.ofHours(2));
      double embedSecs = secs(t0);
      System.out.printf("background embedding done %.1f s after the first add (%.1f s after the last); "
          + "%d sentences = %.0f sentences/s%n", embedSecs, embedSecs - addSecs, sentences, sentences / embedSecs);
      PointFinder.warmUp();
      for (int r = 1; r <= runs; r++) {
        Timing t = new Timing();
        long cpu = cpuNanos();
        long s = System.nanoTime();
        Brief b = store.brief(question, null, t);
        t.stage("end", 0);
        System.out.printf("brief %d (in the store): %.2f s wall, %.2f s CPU, over %d documents, %d key points, %d quotes;"
            + " stages: %s%n", r, secs(s), (cpuNanos() - cpu) / 1e9, b.documents().size(), b.keyPoints().size(),
            b.quotes().size(), t.summary());
      }
      long s = System.nanoTime();
      HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(base.resolve("/api/brief"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"question\": \"" + question.replace("\"", "\\\"") + " \"}")).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      System.out.printf("brief through POST /api/brief: %.2f s, HTTP %d, %.1f MB of JSON%n", secs(s), r.statusCode(),
          r.body().length / 1e6);
      System.out.printf("store size on disk: %.1f MB%n", size(dir) / 1e6);
    } finally {
      if (data == null) {
        deleteTree(dir);
      }
    }
    return 0;
  }

  /** CPU time of the whole process (all threads): with other work on the machine, wall time overstates. */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static double secs(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static long size(Path dir) throws IOException {
    try (var s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Wall time per stage. */
  private static final class Timing implements Progress {
    final Map<String, Double> stages = new LinkedHashMap<>();
    String current;
    long started;

    @Override
    public synchronized void stage(String name, long total) {
      if (current != null) {
        stages.merge(current, (System.nanoTime() - started) / 1e9, Double::sum);
      }
      current = name.equals("end") ? null : name;
      started = System.nanoTime();
    }

    @Override
    public void advance(long done) {
    }

    synchronized String summary() {
      StringBuilder b = new StringBuilder();
      stages.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(String.format(" %.2f", v)));
      return b.toString();
    }
  }
}
