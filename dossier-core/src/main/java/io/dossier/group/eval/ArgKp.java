package io.dossier.group.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One split of IBM's ArgKP-2021 as published ({@code kpm_data/} or {@code test_data/}:
 * {@code arguments_S.csv}, {@code key_points_S.csv}, {@code labels_S.csv}), read as is:
 * arguments and key points by id, in file order, and every labelled pair. Pairs the
 * organisers left out (the ambiguous ones) are simply absent.
 */
public record ArgKp(String split, Map<String, Text> arguments, Map<String, Text> keyPoints, List<Label> labels) {
  /** An argument or a key point: its text, motion and stance (1 pro, -1 con). */
  public record Text(String id, String text, String topic, int stance) {
    /** The (motion, stance) group it is scored in. */
    public String group() {
      return topic + "\u0000" + stance;
    }
  }

  /** An annotated pair: 1 when annotators said the argument makes the key point, else 0. */
  public record Label(String argId, String keyPointId, int label) {
  }

  public ArgKp {
    arguments = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    keyPoints = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(keyPoints));
    labels = List.copyOf(labels);
  }

  /** The folder of a split: {@code kpm_data} for train and dev, {@code test_data} for test. */
  public static Path folder(Path dir, String split) {
    Path kpm = dir.resolve("kpm_data");
    Path test = dir.resolve("test_data");
    if (Files.exists(kpm.resolve("arguments_" + split + ".csv"))) {
      return kpm;
    }
    if (Files.exists(test.resolve("arguments_" + split + ".csv"))) {
      return test;
    }
    return Files.exists(dir.resolve("arguments_" + split + ".csv")) ? dir : kpm;
  }

  /** True when the split's three files are there. */
  public static boolean present(Path dir, String split) {
    Path f = folder(dir, split);
    return Files.isRegularFile(f.resolve("arguments_" + split + ".csv"))
        && Files.isRegularFile(f.resolve("key_points_" + split + ".csv"))
        && Files.isRegularFile(f.resolve("labels_" + split + ".csv"));
  }

  /** The three files a split is read from, for hashing. */
  public static List<Path> files(Path dir, String split) {
    Path f = folder(dir, split);
    return List.of(f.resolve("arguments_" + split + ".csv"), f.resolve("key_points_" + split + ".csv"),
        f.resolve("labels_" + split + ".csv"));
  }

  public static ArgKp load(Path dir, String split) throws IOException {
    List<Path> files = files(dir, split);
    Map<String, Text> args = texts(files.get(0));
    Map<String, Text> kps = texts(files.get(1));
    List<Label> labels = new ArrayList<>();
    for (List<String> r : rows(files.get(2))) {
      if (r.size() >= 3) {
        labels.add(new Label(r.get(0).strip(), r.get(1).strip(), Integer.parseInt(r.get(2).strip())));
      }
    }
    return new ArgKp(split, args, kps, labels);
  }

  private static Map<String, Text> texts(Path p) throws IOException {
    Map<String, Text> out = new LinkedHashMap<>();
    for (List<String> r : rows(p)) {
      if (r.size() >= 4) {
        out.put(r.get(0).strip(), new Text(r.get(0).strip(), r.get(1).strip(), r.get(2).strip(),
            Integer.parseInt(r.get(3).strip())));
      }
    }
    return out;
  }

  private static List<List<String>> rows(Path p) throws IOException {
    List<List<String>> all = Csv.parse(Files.readString(p, StandardCharsets.UTF_8));
    return all.isEmpty() ? all : all.subList(1, all.size()); // header
  }
}
