package io.dossier.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dossier.learn.LogisticRegression;
import io.dossier.time.DateSalience;
import io.dossier.time.TimelineBuilder;
import io.dossier.time.eval.DateBenchmark;
import io.dossier.time.eval.DateBenchmark.Protocol;
import io.dossier.time.eval.DateBenchmark.Row;
import io.dossier.time.eval.Timeline17;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dossier train-dates}: measures the learned date salience on Timeline17 by leaving one
 * story out at a time (the figures to quote), beside the articles-per-day baseline and the
 * timeline's own source counts, then fits it on every topic and writes the weights file the
 * brief reads. Deterministic: the same data give the same file, byte for byte.
 */
@Command(name = "train-dates", mixinStandardHelpOptions = true,
    description = {"Train the timeline's date salience (DATEWISE: logistic regression over how a pile refers to "
        + "each day) on Timeline17, report date F1 with each story held out, under news-tls's per-timeline "
        + "protocol and over whole topics, beside articles per day; write the weights with the data's SHA-256."})
final class TrainDatesCommand implements Callable<Integer> {
  static final String DEFAULT_OUT = "dossier-core/src/main/resources/io/dossier/time/date-salience.json";

  @Spec
  CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", description = "The Timeline17 folder (default: ../shared/corpus/timeline17).")
  Path data;

  @Option(names = "--out", paramLabel = "FILE", description = "Weights file (default: " + DEFAULT_OUT + ").")
  Path out;

  @Option(names = "--dry-run", description = "Measure only; write no weights.")
  boolean dryRun;

  @Override
  public Integer call() throws Exception {
    PrintWriter o = spec.commandLine().getOut();
    Path dir = data != null ? data : Path.of("../shared/corpus/timeline17");
    if (!Timeline17.present(dir)) {
      spec.commandLine().getErr().println("train-dates: no Timeline17 topic (a folder with timelines.jsonl and "
          + "InputDocs/) in " + dir + "; give the folder with --data");
      return 2;
    }
    long start = System.nanoTime();
    List<Timeline17.Topic> topics = Timeline17.load(dir);
    TimelineBuilder builder = TimelineBuilder.unrated();
    List<DateBenchmark.Pile> piles = new ArrayList<>();
    for (Timeline17.Topic t : topics) {
      piles.addAll(DateBenchmark.piles(t, builder));
      o.printf(Locale.ROOT, "read %s: %d articles, %d timelines%n", t.name(), t.docs().size(), t.timelines().size());
      o.flush();
    }
    List<Row> rows = DateBenchmark.crossValidate(piles, builder);
    o.printf(Locale.ROOT, "%nDate F1, the learned ranking with its story held out:%n");
    o.printf(Locale.ROOT, "%-30s %6s %4s %8s %8s %8s%n", "pile", "docs", "ref", "per-day", "sources", "learned");
    for (Row r : rows) {
      o.printf(Locale.ROOT, "%-30s %6d %4d %8.3f %8.3f %8.3f%n", r.pile(), r.docs(), r.reference(), r.perDay(),
          r.sources(), r.learned());
    }
    for (Protocol p : Protocol.values()) {
      o.printf(Locale.ROOT, "%n%s protocol, mean per story group (per-day / sources / learned, learned - per-day):%n",
          p == Protocol.TIMELINE ? "news-tls (per timeline)" : "whole-topic");
      Map<String, Double> a = DateBenchmark.meanByGroup(rows, p, Row::perDay);
      Map<String, Double> b = DateBenchmark.meanByGroup(rows, p, Row::sources);
      Map<String, Double> c = DateBenchmark.meanByGroup(rows, p, Row::learned);
      for (String g : a.keySet()) {
        o.printf(Locale.ROOT, "  %-16s %.3f / %.3f / %.3f  %+.3f%n", g, a.get(g), b.get(g), c.get(g), c.get(g) - a.get(g));
      }
      o.printf(Locale.ROOT, "  %-16s %.3f / %.3f / %.3f  %+.3f%n", "all piles", DateBenchmark.mean(rows, p, Row::perDay),
          DateBenchmark.mean(rows, p, Row::sources), DateBenchmark.mean(rows, p, Row::learned),
          DateBenchmark.mean(rows, p, Row::learned) - DateBenchmark.mean(rows, p, Row::perDay));
    }
    LogisticRegression.Fit fit = DateBenchmark.fit(piles);
    o.printf(Locale.ROOT, "%nfit on all %d piles: %d days (%d in a reference), %d Newton steps%n", piles.size(),
        fit.rows(), fit.positives(), fit.steps());
    for (int i = 0; i < DateSalience.FEATURES.size(); i++) {
      o.printf(Locale.ROOT, "  %-22s mean %.4f sd %.4f weight %+.4f%n", DateSalience.FEATURES.get(i), fit.mean()[i],
          fit.sd()[i], fit.weights()[i]);
    }
    o.printf(Locale.ROOT, "  bias %+.4f%n", fit.bias());
    if (dryRun) {
      o.printf(Locale.ROOT, "dry run: nothing written (%.1f s)%n", (System.nanoTime() - start) / 1e9);
      return 0;
    }
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = json.createObjectNode();
    root.put("about", "Timeline date salience (DATEWISE): logistic regression, written by 'dossier train-dates'");
    ArrayNode f = root.putArray("features");
    DateSalience.FEATURES.forEach(f::add);
    ArrayNode mean = root.putArray("mean");
    ArrayNode sd = root.putArray("sd");
    ArrayNode w = root.putArray("weights");
    for (int i = 0; i < DateSalience.FEATURES.size(); i++) {
      mean.add(round(fit.mean()[i]));
      sd.add(round(fit.sd()[i]));
      w.add(round(fit.weights()[i]));
    }
    root.put("bias", round(fit.bias()));
    ObjectNode trainedOn = root.putObject("data");
    trainedOn.put("corpus", "Timeline17 (news-tls copy)");
    trainedOn.put("days", fit.rows());
    trainedOn.put("positives", fit.positives());
    ObjectNode hashes = trainedOn.putObject("sha256");
    for (Timeline17.Topic t : topics) {
      hashes.put(t.name(), t.sha256());
    }
    ObjectNode quality = root.putObject("dateF1HeldOut");
    for (Protocol p : Protocol.values()) {
      quality.putObject(p.name().toLowerCase(Locale.ROOT))
          .put("perDay", round3(DateBenchmark.mean(rows, p, Row::perDay)))
          .put("sources", round3(DateBenchmark.mean(rows, p, Row::sources)))
          .put("learned", round3(DateBenchmark.mean(rows, p, Row::learned)));
    }
    Path target = out != null ? out : Path.of(DEFAULT_OUT);
    if (target.getParent() != null) {
      Files.createDirectories(target.getParent());
    }
    Files.writeString(target, json.writeValueAsString(root) + "\n");
    o.printf(Locale.ROOT, "wrote %s (%.1f s)%n", target, (System.nanoTime() - start) / 1e9);
    return 0;
  }

  /** Eight significant decimals: far below any effect on a ranking, and the file stays readable. */
  private static double round(double x) {
    return Math.round(x * 1e8) / 1e8;
  }

  private static double round3(double x) {
    return Math.round(x * 1e3) / 1e3;
  }
}
