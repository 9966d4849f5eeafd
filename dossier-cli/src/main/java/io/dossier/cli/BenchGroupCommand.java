package io.dossier.cli;

import io.dossier.embed.OnnxEmbedder;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dossier.group.Matcher;
import io.dossier.group.PointSettings;
import io.dossier.group.eval.ArgKp;
import io.dossier.group.eval.MatcherTraining;
import io.dossier.group.eval.TrackOne;
import io.dossier.group.eval.KeyPointBenchmark;
import io.dossier.group.eval.KeyPointBenchmark.Pile;
import io.dossier.group.eval.KeyPointBenchmark.Score;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dossier bench-group}: how well point finding groups arguments, on IBM's ArgKP-2021
 * (read from {@code ../shared/bench/kpa2021} or {@code --data}). See {@link KeyPointBenchmark}.
 */
@Command(name = "bench-group", mixinStandardHelpOptions = true,
    description = {"Score point finding on ArgKP-2021: each motion and stance is a pile of one-sentence "
        + "arguments; the points found are compared with the key points annotators matched them to "
        + "(coverage, pairwise precision/recall/F1, purity), per pile and in total."})
final class BenchGroupCommand implements Callable<Integer> {
  /** The grouping is scored on every argument a point cites, not on the few a brief shows. */
  private static final int ALL_EVIDENCE = 100_000;

  @Spec
  CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR",
      description = "The kpa2021 folder holding kpm_data/ (default: ../shared/bench/kpa2021).")
  Path data;

  @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "dev", description = "Any split whose three files are in DIR: "
      + "train, dev (kpm_data/), test (test_data/) (default: ${DEFAULT-VALUE}).")
  String split;

  @Option(names = "--predictions", paramLabel = "FILE", description = "Also write the matcher's Track 1 "
      + "predictions for the split's key points ({\"arg_id\": {\"key_point_id\": score}}) and print "
      + "strict and relaxed mAP as the shared task's scorer computes them.")
  Path predictions;

  @Option(names = "--match-threshold", paramLabel = "P", description = "The matcher's probability at or above "
      + "which an argument makes a key point (default: the brief's).")
  Double threshold;

  @Option(names = "--max-piles", paramLabel = "N", defaultValue = "0", description = "Score only the first N piles (0: all).")
  int maxPiles;

  @Override
  public Integer call() throws Exception {
    PrintWriter o = spec.commandLine().getOut();
    Path dir = data != null ? data : Path.of("../shared/bench/kpa2021");
    if (!ArgKp.present(dir, split)) {
      spec.commandLine().getErr().println("bench-group: split '" + split + "' is not in " + dir + " (want arguments_, "
          + "key_points_ and labels_" + split + ".csv in kpm_data/, test_data/ or the folder itself); "
          + "give the folder with --data");
      return 2;
    }
    PointSettings d = PointSettings.DEFAULT;
    PointSettings settings = new PointSettings(d.maxKeyPoints(), d.maxCounterPoints(), d.summarySentences(),
        threshold != null ? threshold : d.matchThreshold(), d.maxEmbedded(), d.maxGrouped(), ALL_EVIDENCE);
    List<Pile> piles = KeyPointBenchmark.load(dir, split);
    if (maxPiles > 0 && piles.size() > maxPiles) {
      piles = piles.subList(0, maxPiles);
    }
    OnnxEmbedder embedder = new OnnxEmbedder(Math.max(1, Runtime.getRuntime().availableProcessors()));
    if (predictions != null) {
      trackOne(dir, embedder, o);
    }
    KeyPointBenchmark bench = new KeyPointBenchmark();
    o.printf(Locale.ROOT, "%d piles (%s), match threshold %.2f%n", piles.size(), split, settings.matchThreshold());
    o.printf(Locale.ROOT, "%-58s %4s %4s %4s %5s %5s %5s %5s %6s %5s%n", "pile", "args", "kps", "pts", "cover", "P", "R",
        "F1", "purity", "ARI");
    Score total = Score.ZERO;
    Score whole = Score.ZERO;
    Score given = Score.ZERO;
    long start = System.nanoTime();
    for (Pile p : piles) {
      Score s = bench.score(p, embedder, settings);
      total = total.plus(s);
      whole = whole.plus(KeyPointBenchmark.onePoint(p));
      given = given.plus(KeyPointBenchmark.givenKeyPoints(p, embedder, Matcher.standard(), settings.matchThreshold()));
      String name = (p.stance() > 0 ? "+ " : "- ") + p.topic();
      o.printf(Locale.ROOT, "%-58s %4d %4d %4d %5.2f %5.2f %5.2f %5.2f %6.2f %5.2f%n",
          name.length() > 58 ? name.substring(0, 57) + "…" : name, p.arguments().size(), p.keyPoints().size(),
          s.points(), s.coverage(), s.precision(), s.recall(), s.f1(), s.purity(), s.ari());
    }
    o.printf(Locale.ROOT, "%-58s %4s %4s %4d %5.2f %5.2f %5.2f %5.2f %6.2f %5.2f%n", "all (micro; ARI the mean)", "", "", total.points(),
        total.coverage(), total.precision(), total.recall(), total.f1(), total.purity(), total.ari());
    o.printf(Locale.ROOT, "%-58s %4s %4s %4d %5.2f %5.2f %5.2f %5.2f %6.2f %5.2f%n", "reference: each pile as one point", "",
        "", whole.points(), whole.coverage(), whole.precision(), whole.recall(), whole.f1(), whole.purity(), whole.ari());
    o.printf(Locale.ROOT, "%-58s %4s %4s %4d %5.2f %5.2f %5.2f %5.2f %6.2f %5.2f%n",
        "reference: the annotators' key points, matcher assigns", "", "", given.points(), given.coverage(),
        given.precision(), given.recall(), given.f1(), given.purity(), given.ari());
    o.printf(Locale.ROOT, "%.1f s%n", (System.nanoTime() - start) / 1e9);
    return 0;
  }

  private void trackOne(Path dir, OnnxEmbedder embedder, PrintWriter o) throws java.io.IOException {
    long start = System.nanoTime();
    ArgKp d = ArgKp.load(dir, split);
    Map<String, Map<String, Double>> p = MatcherTraining.predictions(d, MatcherTraining.sides(d, embedder),
        Matcher.standard());
    if (predictions.getParent() != null) {
      Files.createDirectories(predictions.getParent());
    }
    new ObjectMapper().writeValue(predictions.toFile(), p);
    TrackOne.Result r = TrackOne.score(d, p);
    o.printf(Locale.ROOT, "Track 1 (%s, %d groups): strict mAP %.3f, relaxed mAP %.3f; predictions in %s (%.1f s)%n",
        split, r.groups(), r.strict(), r.relaxed(), predictions, (System.nanoTime() - start) / 1e9);
    o.flush();
  }
}
