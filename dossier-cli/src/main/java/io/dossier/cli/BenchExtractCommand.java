package io.dossier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dossier.clean.CorpusStats;
import io.dossier.clean.Extractor;
import io.dossier.clean.KeptText;
import io.dossier.clean.TextDumpCleaner;
import io.dossier.clean.eval.ExtractionBenchmark;
import io.dossier.clean.eval.ShingleMetric;
import io.dossier.clean.html.HtmlExtractor;
import io.dossier.clean.html.VisibleText;
import io.dossier.ingest.ContentKind;
import io.dossier.ingest.Decoded;
import io.dossier.ingest.Decoder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs our extractor, and optionally the peers (Readability.js, readability-lxml), on the
 * article-extraction benchmark and prints F1, precision, recall and pages per second. See
 * docs/extraction-bench.md.
 */
@Command(name = "bench-extract", mixinStandardHelpOptions = true,
    description = "Score main-text extraction on the article-extraction benchmark "
        + "(shingle F1, precision, recall, pages/s), ours and the peers side by side.")
public final class BenchExtractCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", description = "Benchmark folder with ground-truth.json and html/ "
      + "(default: ../shared/bench/article-extraction from the repository root).")
  Path data;

  @Option(names = "--peers", description = "Also run the peers (install them first with "
      + "bench/extraction/install-peers.sh).")
  boolean peers;

  @Option(names = "--dumps", description = "Also score text dumps made from the pages "
      + "(visible text, one block a line) cleaned by the text-dump cleaner.")
  boolean dumps;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2", description = "Threads for our extractor (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "5", description = "Timed rounds; the first warms up (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--worst", paramLabel = "N", defaultValue = "0", description = "List the N pages where we score worst.")
  int worst;

  @Option(names = "--peer-dir", paramLabel = "DIR", description = "Folder of the peer runner scripts (default: bench/extraction).")
  Path peerDir;

  @Option(names = "--out", paramLabel = "DIR", description = "Write each system's texts here (one file per page) for inspection.")
  Path out;

  @Override
  public Integer call() throws Exception {
    PrintWriter o = spec.commandLine().getOut();
    Path dir = data != null ? data : defaultData();
    if (dir == null || !Files.isRegularFile(dir.resolve("ground-truth.json"))) {
      spec.commandLine().getErr().println("bench-extract: no benchmark at "
          + (dir == null ? "../shared/bench/article-extraction" : dir)
          + "; give the folder with --data");
      return 2;
    }
    ExtractionBenchmark bench = ExtractionBenchmark.load(dir);
    o.printf(Locale.ROOT, "%d pages from %s%n", bench.cases().size(), dir);
    o.printf(Locale.ROOT, "%-32s %6s %6s %6s %8s %10s%n", "system", "F1", "P", "R", "pages/s", "pages/cpu-s");
    Map<String, ExtractionBenchmark.Result> results = new LinkedHashMap<>();

    Decoder decoder = new Decoder();
    HtmlExtractor html = new HtmlExtractor();
    // Warm the JIT up on the whole set first, so the timed rounds measure steady state.
    bench.run(c -> {
      try {
        return KeptText.of(html.extract(decoder.decode(c.html(), c.id() + ".html", null), CorpusStats.EMPTY));
      } catch (Decoder.NotTextException e) {
        return "";
      }
    }, threads, 2);
    ExtractionBenchmark.Result ours = bench.run(c -> {
      try {
        Decoded d = decoder.decode(c.html(), c.id() + ".html", null);
        return KeptText.of(html.extract(d, CorpusStats.EMPTY));
      } catch (Decoder.NotTextException e) {
        return "";
      }
    }, threads, rounds);
    print(o, "dossier html (" + threads + (threads == 1 ? " thread)" : " threads)"), ours);
    results.put("dossier", ours);
    if (threads > 1) {
      ExtractionBenchmark.Result one = bench.run(c -> {
        try {
          return KeptText.of(html.extract(decoder.decode(c.html(), c.id() + ".html", null), CorpusStats.EMPTY));
        } catch (Decoder.NotTextException e) {
          return "";
        }
      }, 1, rounds);
      print(o, "dossier html (1 thread)", one);
    }

    if (dumps) {
      Map<String, String> dumpText = new HashMap<>();
      for (ExtractionBenchmark.Case c : bench.cases()) {
        dumpText.put(c.id(), VisibleText.of(new String(c.html(), StandardCharsets.UTF_8)));
      }
      ExtractionBenchmark.Result raw = bench.score(dumpText, 0);
      print(o, "text dump, uncleaned", raw);
      Extractor cleaner = new TextDumpCleaner();
      CorpusStats corpus = CorpusStats.of(new ArrayList<>(dumpText.values()));
      ExtractionBenchmark.Result cleaned = bench.run(c -> KeptText.of(cleaner.extract(
          new Decoded(dumpText.get(c.id()), ContentKind.TEXT, "UTF-8", List.of()), corpus)),
          threads, rounds);
      print(o, "dossier text dumps (" + threads + (threads == 1 ? " thread)" : " threads)"), cleaned);
      results.put("dumps", cleaned);
    }

    if (peers) {
      Path pd = peerDir != null ? peerDir : Path.of("bench", "extraction");
      runPeer(o, bench, results, "readability.js 0.6.0",
          List.of("node", pd.resolve("readability-js.mjs").toString()), dir);
      runPeer(o, bench, results, "readability-lxml 0.8.1",
          List.of("/usr/bin/python3", pd.resolve("readability_lxml.py").toString()), dir);
    }

    if (worst > 0) {
      List<Integer> idx = new ArrayList<>();
      for (int i = 0; i < bench.cases().size(); i++) {
        idx.add(i);
      }
      idx.sort(Comparator.comparingDouble(i -> f1(ours.scores().get(i))));
      o.println();
      o.println("worst pages (ours): F1 P R id url");
      for (int i : idx.subList(0, Math.min(worst, idx.size()))) {
        ShingleMetric.Score s = ours.scores().get(i);
        ExtractionBenchmark.Case c = bench.cases().get(i);
        o.printf(Locale.ROOT, "%.3f %.3f %.3f %s %s%n", f1(s), s.precision(), s.recall(),
            c.id().substring(0, 12), c.url());
      }
    }
    if (out != null) {
      for (Map.Entry<String, ExtractionBenchmark.Result> e : results.entrySet()) {
        Path d = out.resolve(e.getKey());
        Files.createDirectories(d);
        for (int i = 0; i < bench.cases().size(); i++) {
          Files.writeString(d.resolve(bench.cases().get(i).id().substring(0, 12) + ".txt"),
              e.getValue().texts().get(i));
        }
      }
    }
    o.flush();
    return 0;
  }

  private static double f1(ShingleMetric.Score s) {
    double p = s.precision();
    double r = s.recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static void print(PrintWriter o, String name, ExtractionBenchmark.Result r) {
    o.printf(Locale.ROOT, "%-32s %6.3f %6.3f %6.3f %8s %10s%n", name, r.summary().f1(),
        r.summary().precision(), r.summary().recall(),
        r.pagesPerSecond() > 0 ? String.format(Locale.ROOT, "%.1f", r.pagesPerSecond()) : "-",
        r.pagesPerCpuSecond() > 0 ? String.format(Locale.ROOT, "%.1f", r.pagesPerCpuSecond()) : "-");
    o.flush();
  }

  /**
   * Runs one peer script: it gets the benchmark folder as its argument and prints one JSON
   * line per page {@code {"id", "text"}} and a last line {@code {"seconds": s}} with the time
   * spent extracting (not loading).
   */
  private void runPeer(PrintWriter o, ExtractionBenchmark bench,
      Map<String, ExtractionBenchmark.Result> results, String name, List<String> cmd, Path dir)
      throws IOException, InterruptedException {
    List<String> full = new ArrayList<>(cmd);
    full.add(dir.toString());
    ProcessBuilder pb = new ProcessBuilder(full).redirectError(ProcessBuilder.Redirect.DISCARD);
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      o.printf("%-28s not runnable (%s); run bench/extraction/install-peers.sh%n", name, e.getMessage());
      return;
    }
    ObjectMapper json = new ObjectMapper();
    Map<String, String> texts = new HashMap<>();
    double seconds = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = json.readTree(line);
        if (n.has("seconds")) {
          seconds = n.get("seconds").asDouble();
        } else {
          texts.put(n.path("id").asText(), n.path("text").asText(""));
        }
      }
    }
    int code = p.waitFor();
    if (texts.isEmpty()) {
      o.printf("%-28s failed (exit %d); run bench/extraction/install-peers.sh%n", name, code);
      return;
    }
    // The peers run one page at a time in one process: their wall time is their CPU time.
    ExtractionBenchmark.Result res = bench.score(texts, seconds > 0 ? texts.size() / seconds : 0);
    print(o, name + " (1 thread)", res);
    results.put(name.replaceAll("[^A-Za-z0-9.-]+", "_"), res);
  }

  private static Path defaultData() {
    for (String s : new String[] {"../shared/bench/article-extraction", "/work/shared/bench/article-extraction"}) {
      Path p = Path.of(s);
      if (Files.isDirectory(p)) {
        return p;
      }
    }
    String prop = System.getProperty("dossier.shared");
    return prop == null ? null : Path.of(prop, "bench", "article-extraction");
  }

}
