package io.dossier.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dossier.embed.OnnxEmbedder;
import io.dossier.group.Matcher;
import io.dossier.group.eval.ArgKp;
import io.dossier.group.eval.MatcherTraining;
import io.dossier.group.eval.TrackOne;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dossier train-matcher}: fits the key point matcher on ArgKP-2021 train, measures it
 * on dev with the Track 1 scorer, and writes the weights file the brief reads. Deterministic:
 * the same data and model give the same file, byte for byte.
 */
@Command(name = "train-matcher", mixinStandardHelpOptions = true,
    description = {"Train the key point matcher (logistic regression over embedding cosines and shared stems) "
        + "on ArgKP-2021 train, report Track 1 mAP on dev, and write the weights with the data's SHA-256."})
final class TrainMatcherCommand implements Callable<Integer> {
  static final String DEFAULT_OUT = "dossier-core/src/main/resources/io/dossier/group/matcher.json";

  @Spec
  CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR",
      description = "The kpa2021 folder (default: ../shared/bench/kpa2021).")
  Path data;

  @Option(names = "--train", paramLabel = "SPLIT", defaultValue = "train", description = "Split to fit on (default: ${DEFAULT-VALUE}).")
  String train;

  @Option(names = "--choose", paramLabel = "SPLIT", defaultValue = "dev", description = "Split to report on (default: ${DEFAULT-VALUE}).")
  String choose;

  @Option(names = "--out", paramLabel = "FILE", description = "Weights file (default: " + DEFAULT_OUT + ").")
  Path out;

  @Override
  public Integer call() throws Exception {
    PrintWriter o = spec.commandLine().getOut();
    Path dir = data != null ? data : Path.of("../shared/bench/kpa2021");
    for (String s : new String[] {train, choose}) {
      if (!ArgKp.present(dir, s)) {
        spec.commandLine().getErr().println("train-matcher: split '" + s + "' is not in " + dir
            + " (want arguments_, key_points_ and labels_" + s + ".csv); give the folder with --data");
        return 2;
      }
    }
    OnnxEmbedder embedder = new OnnxEmbedder(Math.max(1, Runtime.getRuntime().availableProcessors()));
    long start = System.nanoTime();
    ArgKp t = ArgKp.load(dir, train);
    o.printf(Locale.ROOT, "%s: %d arguments, %d key points, %d labelled pairs; embedding...%n", train,
        t.arguments().size(), t.keyPoints().size(), t.labels().size());
    o.flush();
    MatcherTraining.Sides ts = MatcherTraining.sides(t, embedder);
    MatcherTraining.Fit fit = MatcherTraining.fit(t, ts);
    TrackOne.Result onTrain = TrackOne.score(t, MatcherTraining.predictions(t, ts, fit.matcher()));
    ArgKp d = ArgKp.load(dir, choose);
    MatcherTraining.Sides ds = MatcherTraining.sides(d, embedder);
    TrackOne.Result onDev = TrackOne.score(d, MatcherTraining.predictions(d, ds, fit.matcher()));
    o.printf(Locale.ROOT, "fit on %d pairs (%d positive) in %d Newton steps%n", fit.pairs(), fit.positives(), fit.steps());
    for (int i = 0; i < Matcher.FEATURES.size(); i++) {
      o.printf(Locale.ROOT, "  %-16s mean %.4f sd %.4f weight %+.4f%n", Matcher.FEATURES.get(i), fit.mean()[i],
          fit.sd()[i], fit.weights()[i]);
    }
    o.printf(Locale.ROOT, "  bias %+.4f%n", fit.bias());
    o.printf(Locale.ROOT, "Track 1 mAP  %-5s strict %.3f relaxed %.3f (%d groups)%n", train, onTrain.strict(),
        onTrain.relaxed(), onTrain.groups());
    o.printf(Locale.ROOT, "Track 1 mAP  %-5s strict %.3f relaxed %.3f (%d groups)%n", choose, onDev.strict(),
        onDev.relaxed(), onDev.groups());

    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = json.createObjectNode();
    root.put("about", "Key point matcher: logistic regression, written by 'dossier train-matcher' (bench/train-matcher.sh)");
    root.put("model", embedder.name());
    ArrayNode f = root.putArray("features");
    Matcher.FEATURES.forEach(f::add);
    ArrayNode mean = root.putArray("mean");
    ArrayNode sd = root.putArray("sd");
    ArrayNode w = root.putArray("weights");
    for (int i = 0; i < Matcher.FEATURES.size(); i++) {
      mean.add(round(fit.mean()[i]));
      sd.add(round(fit.sd()[i]));
      w.add(round(fit.weights()[i]));
    }
    root.put("bias", round(fit.bias()));
    ObjectNode trainedOn = root.putObject("data");
    trainedOn.put("split", train);
    trainedOn.put("pairs", fit.pairs());
    trainedOn.put("positives", fit.positives());
    ObjectNode hashes = trainedOn.putObject("sha256");
    for (Path p : ArgKp.files(dir, train)) {
      hashes.put(p.getFileName().toString(), sha256(p));
    }
    ObjectNode quality = root.putObject("trackOneMap");
    quality.putObject(train).put("strict", round3(onTrain.strict())).put("relaxed", round3(onTrain.relaxed()));
    quality.putObject(choose).put("strict", round3(onDev.strict())).put("relaxed", round3(onDev.relaxed()));
    Path target = out != null ? out : Path.of(DEFAULT_OUT);
    if (target.getParent() != null) {
      Files.createDirectories(target.getParent());
    }
    Files.writeString(target, json.writeValueAsString(root) + "\n");
    o.printf(Locale.ROOT, "wrote %s (%.1f s)%n", target, (System.nanoTime() - start) / 1e9);
    return 0;
  }

  /** Eight significant decimals: far below any effect on a score, and the file stays readable. */
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
