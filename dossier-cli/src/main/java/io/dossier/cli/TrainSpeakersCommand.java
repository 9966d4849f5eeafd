package io.dossier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dossier.clean.CorpusStats;
import io.dossier.ingest.Limits;
import io.dossier.learn.LogisticRegression;
import io.dossier.ingest.InputCollector;
import io.dossier.ingest.Source;
import io.dossier.model.Passages;
import io.dossier.model.Quote;
import io.dossier.pipeline.DocumentReader;
import io.dossier.quotes.QuoteFinder;
import io.dossier.quotes.SpeakerRanker;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dossier train-speakers}: fits the speaker ranker ({@link SpeakerRanker}) on one half of
 * the GGT development articles, reports speaker accuracy on both halves (the rules alone and
 * with the model), and writes the model file the brief reads. Deterministic.
 */
@Command(name = "train-speakers", mixinStandardHelpOptions = true,
    description = {"Train the quote speaker ranker (logistic regression over the candidates named near each quote) "
        + "on one half of the GGT development articles, report speaker accuracy on both halves, and write the "
        + "model with the data's SHA-256."})
final class TrainSpeakersCommand implements Callable<Integer> {
  static final String DEFAULT_OUT = "dossier-core/src/main/resources/io/dossier/quotes/speakers.json";
  static final String DEFAULT_DATA = "../shared/bench/quotes-ggt-dev/ggt_quotes_dev.jsonl";
  /** GGT's own rule: a predicted quote finds a gold one when it covers 30% of it. */
  private static final double COVER = 0.3;

  @Spec
  CommandSpec spec;

  @Option(names = "--data", paramLabel = "FILE", description = "The GGT JSON lines file (default: " + DEFAULT_DATA + ").")
  Path data;

  @Option(names = "--train", paramLabel = "SPLIT", defaultValue = "even",
      description = "Half to fit on: even (rows 0, 2, ...) or odd (default: ${DEFAULT-VALUE}); the other half is reported.")
  String train;

  @Option(names = "--out", paramLabel = "FILE", description = "Model file (default: " + DEFAULT_OUT + ").")
  Path out;

  @Option(names = "--explain", description = "Print each quote the ranker gets wrong while the right speaker is a candidate.")
  boolean explain;

  record Gold(int start, int end, String surname) {
  }

  record Labelled(int row, SpeakerRanker.Choice choice, boolean[] right, boolean ruleRight) {
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter o = spec.commandLine().getOut();
    Path file = data != null ? data : Path.of(DEFAULT_DATA);
    if (!Files.isRegularFile(file)) {
      spec.commandLine().getErr().println("train-speakers: " + file + " is absent; give the GGT file with --data");
      return 2;
    }
    if (!train.equals("even") && !train.equals("odd")) {
      spec.commandLine().getErr().println("train-speakers: --train is even or odd, not '" + train + "'");
      return 2;
    }
    long start = System.nanoTime();
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> rows = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (!line.isBlank()) {
        rows.add(json.readTree(line));
      }
    }
    Map<String, Passages> docs = read(rows);
    List<Labelled> all = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      JsonNode row = rows.get(i);
      Passages p = docs.get(row.get("id").asText());
      if (p == null || !p.page().text().equals(row.get("raw_text").asText())) {
        continue; // offsets index the raw text: a page the reader rewrote cannot be labelled
      }
      List<Gold> golds = golds(row);
      QuoteFinder.Attributed a = QuoteFinder.byRules(p);
      for (SpeakerRanker.Choice c : SpeakerRanker.candidates(a.mentions(), a.quotes())) {
        Gold g = bestGold(c.quote(), golds);
        if (g == null) {
          continue;
        }
        boolean[] right = new boolean[c.candidates().size()];
        for (int k = 0; k < right.length; k++) {
          right[k] = c.candidates().get(k).name().toLowerCase(Locale.ROOT).contains(g.surname());
        }
        String rule = c.quote().speaker();
        all.add(new Labelled(i, c, right, rule != null && rule.toLowerCase(Locale.ROOT).contains(g.surname())));
      }
    }
    boolean evenTrain = train.equals("even");
    List<List<double[]>> groups = new ArrayList<>();
    List<boolean[]> rights = new ArrayList<>();
    for (Labelled l : all) {
      if ((l.row() % 2 == 0) != evenTrain) {
        continue;
      }
      List<double[]> g = new ArrayList<>();
      for (SpeakerRanker.Candidate c : l.choice().candidates()) {
        g.add(c.features());
      }
      groups.add(g);
      rights.add(l.right());
    }
    LogisticRegression.Fit fit = LogisticRegression.fitChoices(groups, rights);
    SpeakerRanker.Model model = new SpeakerRanker.Model(fit.mean(), fit.sd(), fit.weights(), fit.bias());
    o.printf(Locale.ROOT, "fit on %d quotes (%d right candidates) of the %s half in %d Newton steps%n", fit.rows(),
        fit.positives(), train, fit.steps());
    for (int j = 0; j < SpeakerRanker.FEATURES.size(); j++) {
      o.printf(Locale.ROOT, "  %-20s mean %8.4f sd %8.4f weight %+.4f%n", SpeakerRanker.FEATURES.get(j),
          fit.mean()[j], fit.sd()[j], fit.weights()[j]);
    }
    o.printf(Locale.ROOT, "  bias %+.4f%n", fit.bias());
    ObjectNode quality = json.createObjectNode();
    for (String half : List.of("even", "odd")) {
      int n = 0;
      int rule = 0;
      int ranked = 0;
      int reachable = 0;
      int gained = 0;
      int lost = 0;
      for (Labelled l : all) {
        if ((l.row() % 2 == 0) != half.equals("even")) {
          continue;
        }
        n++;
        rule += l.ruleRight() ? 1 : 0;
        reachable += any(l.right()) ? 1 : 0;
        int best = argmax(model, l.choice());
        boolean r = best >= 0 ? l.right()[best] : l.ruleRight();
        if (explain && !r && any(l.right())) {
          o.printf(Locale.ROOT, "[%d] %s | rule=%s | pick=%s%n", l.row(), abbreviate(l.choice().quote().text()),
              l.choice().quote().speaker(), best >= 0 ? l.choice().candidates().get(best).name() : null);
          for (int k = 0; k < l.right().length; k++) {
            SpeakerRanker.Candidate c = l.choice().candidates().get(k);
            o.printf(Locale.ROOT, "     %s %-28s %+.2f %s%n", l.right()[k] ? "*" : " ", c.name(), model.score(c.features()),
                java.util.Arrays.toString(c.features()));
          }
        }
        ranked += r ? 1 : 0;
        gained += r && !l.ruleRight() ? 1 : 0;
        lost += !r && l.ruleRight() ? 1 : 0;
      }
      String role = half.equals(train) ? "fit on" : "never fit on";
      o.printf(Locale.ROOT, "%-4s half (%s): %d quotes matched to gold; speaker right: rules %.3f, ranker %.3f;"
          + " right speaker among the candidates %.3f; the ranker corrects %d and breaks %d%n", half, role, n,
          rule / (double) n, ranked / (double) n, reachable / (double) n, gained, lost);
      quality.putObject(half).put("quotes", n).put("rules", round3(rule / (double) n))
          .put("ranker", round3(ranked / (double) n)).put("reachable", round3(reachable / (double) n));
    }
    ObjectNode root = json.createObjectNode();
    root.put("about", "Quote speaker ranker: logistic regression over candidates, written by 'dossier train-speakers'"
        + " (bench/train-speakers.sh)");
    ArrayNode f = root.putArray("features");
    SpeakerRanker.FEATURES.forEach(f::add);
    ArrayNode mean = root.putArray("mean");
    ArrayNode sd = root.putArray("sd");
    ArrayNode w = root.putArray("weights");
    for (int j = 0; j < SpeakerRanker.FEATURES.size(); j++) {
      mean.add(round(fit.mean()[j]));
      sd.add(round(fit.sd()[j]));
      w.add(round(fit.weights()[j]));
    }
    root.put("bias", round(fit.bias()));
    ObjectNode trainedOn = root.putObject("data");
    trainedOn.put("file", file.getFileName().toString());
    trainedOn.put("sha256", sha256(file));
    trainedOn.put("half", train);
    trainedOn.put("quotes", fit.rows());
    trainedOn.put("right", fit.positives());
    root.set("speakerAccuracyOnMatchedQuotes", quality);
    Path target = out != null ? out : Path.of(DEFAULT_OUT);
    if (target.getParent() != null) {
      Files.createDirectories(target.getParent());
    }
    Files.writeString(target, json.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n");
    o.printf(Locale.ROOT, "wrote %s (%.1f s)%n", target, (System.nanoTime() - start) / 1e9);
    return 0;
  }

  /** The articles read and cleaned exactly as a brief reads them, by id. */
  private static Map<String, Passages> read(List<JsonNode> rows) throws Exception {
    Path dir = Files.createTempDirectory("dossier-ggt");
    try {
      for (JsonNode row : rows) {
        Files.writeString(dir.resolve(row.get("id").asText() + ".txt"), row.get("raw_text").asText());
      }
      DocumentReader reader = new DocumentReader(Limits.DEFAULT);
      List<DocumentReader.Read> read = new ArrayList<>();
      for (Source s : new InputCollector().collect(List.of(dir.toString()))) {
        read.addAll(reader.read(s));
      }
      CorpusStats stats = DocumentReader.stats(read);
      Map<String, Passages> out = new HashMap<>();
      for (DocumentReader.Read r : read) {
        Passages p = reader.analyse(r, stats);
        out.put(p.page().id(), p);
      }
      return out;
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static List<Gold> golds(JsonNode row) {
    List<Gold> out = new ArrayList<>();
    for (JsonNode g : row.get("quotes")) {
      String ref = g.path("reference").asText("").strip();
      if (!g.path("quote_span_raw_ok").asBoolean(false) || ref.isEmpty()) {
        continue;
      }
      String[] parts = ref.split("\\s+");
      out.add(new Gold(g.get("quote_span_raw").get(0).asInt(), g.get("quote_span_raw").get(1).asInt(),
          parts[parts.length - 1].toLowerCase(Locale.ROOT)));
    }
    return out;
  }

  /** The gold quote this quote overlaps most, when the overlap is 30% of either. */
  private static Gold bestGold(Quote q, List<Gold> golds) {
    Gold best = null;
    int bestOverlap = 0;
    for (Gold g : golds) {
      int overlap = Math.min(q.end(), g.end()) - Math.max(q.start(), g.start());
      if (overlap > bestOverlap && (overlap >= COVER * (g.end() - g.start()) || overlap >= COVER * (q.end() - q.start()))) {
        best = g;
        bestOverlap = overlap;
      }
    }
    return best;
  }

  private static int argmax(SpeakerRanker.Model model, SpeakerRanker.Choice c) {
    int best = -1;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < c.candidates().size(); k++) {
      double s = model.score(c.candidates().get(k).features());
      if (s > bestScore) {
        bestScore = s;
        best = k;
      }
    }
    return best;
  }

  private static String abbreviate(String s) {
    return s.length() <= 70 ? s : s.substring(0, 67) + "...";
  }

  private static boolean any(boolean[] b) {
    for (boolean x : b) {
      if (x) {
        return true;
      }
    }
    return false;
  }

  /** Eight significant decimals: far below any effect on a choice, and the file stays readable. */
  private static double round(double x) {
    return Math.round(x * 1e8) / 1e8;
  }

  private static double round3(double x) {
    return Math.round(x * 1e3) / 1e3;
  }

  private static String sha256(Path p) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
  }
}
