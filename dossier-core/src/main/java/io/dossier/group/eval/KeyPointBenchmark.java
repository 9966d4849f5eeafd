package io.dossier.group.eval;

import io.dossier.embed.Embedder;
import io.dossier.group.Analysis;
import io.dossier.group.Matcher;
import io.dossier.group.PointFinder;
import io.dossier.group.PointSettings;
import io.dossier.model.CharSpan;
import io.dossier.model.Page;
import io.dossier.model.Passages;
import io.dossier.model.Point;
import io.dossier.model.Sentence;
import io.dossier.text.SentenceSegmenter;
import io.dossier.text.Words;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Point finding scored on ArgKP-2021 (Bar-Haim et al., ACL 2020): each (motion, stance) is a
 * pile of arguments, one document each, that annotators matched to a few key points. The
 * pile goes through {@link PointFinder} with the motion as the question; each point found
 * is a group of arguments (its sources). Scored against the key points, over the arguments
 * that have exactly one matching key point:
 *
 * <ul>
 *   <li>coverage: the share of them that some point (key point or counterpoint) cites;</li>
 *   <li>pairwise precision and recall: of the pairs of covered arguments in one point, the
 *       share that share a key point; of the pairs that share a key point, the share in one
 *       point; F1 of the two;</li>
 *   <li>purity: the share of covered arguments whose point's most common key point is theirs.</li>
 * </ul>
 *
 * Arguments with no matching key point stay in the pile as the noise a real pile has.
 * Stateless; one {@link #score} call per pile.
 */
public final class KeyPointBenchmark {
  /** One argument: its id and text, and its key point, or null when it has none or several. */
  public record Argument(String id, String text, String keyPoint) {
  }

  /** The arguments of one motion and stance, and the texts of its key points by id. */
  public record Pile(String topic, int stance, List<Argument> arguments, Map<String, String> keyPoints) {
  }

  /** The scores of one pile (or of all, micro-averaged over pairs and arguments). */
  public record Score(int labelled, int covered, long pairsTogether, long pairsTogetherRight,
      long pairsSameKeyPoint, int pure, int points, double ariSum, int piles) {
    public double coverage() {
      return labelled == 0 ? 0 : covered / (double) labelled;
    }

    public double precision() {
      return pairsTogether == 0 ? 0 : pairsTogetherRight / (double) pairsTogether;
    }

    public double recall() {
      return pairsSameKeyPoint == 0 ? 0 : pairsTogetherRight / (double) pairsSameKeyPoint;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double purity() {
      return covered == 0 ? 0 : pure / (double) covered;
    }

    /** The adjusted Rand index, averaged over the piles added up (each pile's own). */
    public double ari() {
      return piles == 0 ? 0 : ariSum / piles;
    }

    public Score plus(Score o) {
      return new Score(labelled + o.labelled, covered + o.covered, pairsTogether + o.pairsTogether,
          pairsTogetherRight + o.pairsTogetherRight, pairsSameKeyPoint + o.pairsSameKeyPoint,
          pure + o.pure, points + o.points, ariSum + o.ariSum, piles + o.piles);
    }

    public static final Score ZERO = new Score(0, 0, 0, 0, 0, 0, 0, 0, 0);
  }

  private final SentenceSegmenter segmenter = new SentenceSegmenter();

  /** The piles of a split ({@code kpm_data/} for train and dev, {@code test_data/} for test). */
  public static List<Pile> load(Path dir, String split) throws IOException {
    Path data = ArgKp.folder(dir, split);
    List<List<String>> args = rows(data.resolve("arguments_" + split + ".csv"));
    List<List<String>> kps = rows(data.resolve("key_points_" + split + ".csv"));
    List<List<String>> labels = rows(data.resolve("labels_" + split + ".csv"));
    Map<String, List<String>> matches = new HashMap<>();
    for (List<String> l : labels) {
      if (l.size() >= 3 && l.get(2).strip().equals("1")) {
        matches.computeIfAbsent(l.get(0), k -> new ArrayList<>()).add(l.get(1));
      }
    }
    Map<String, Pile> piles = new LinkedHashMap<>();
    Map<String, Map<String, String>> kpTexts = new HashMap<>();
    for (List<String> k : kps) {
      kpTexts.computeIfAbsent(k.get(2) + "\u0000" + k.get(3).strip(), x -> new LinkedHashMap<>()).put(k.get(0), k.get(1));
    }
    Map<String, List<Argument>> byPile = new LinkedHashMap<>();
    for (List<String> a : args) {
      String key = a.get(2) + "\u0000" + a.get(3).strip();
      List<String> m = matches.getOrDefault(a.get(0), List.of());
      byPile.computeIfAbsent(key, x -> new ArrayList<>()).add(new Argument(a.get(0), a.get(1), m.size() == 1 ? m.get(0) : null));
    }
    for (Map.Entry<String, List<Argument>> e : byPile.entrySet()) {
      String[] ts = e.getKey().split("\u0000");
      piles.put(e.getKey(), new Pile(ts[0], Integer.parseInt(ts[1]), e.getValue(),
          kpTexts.getOrDefault(e.getKey(), Map.of())));
    }
    return new ArrayList<>(piles.values());
  }

  private static List<List<String>> rows(Path p) throws IOException {
    List<List<String>> all = Csv.parse(Files.readString(p, StandardCharsets.UTF_8));
    return all.isEmpty() ? all : all.subList(1, all.size()); // header
  }

  /** The pile as one-sentence documents, ids as in the data. */
  public List<Passages> documents(Pile pile) {
    List<Passages> docs = new ArrayList<>();
    for (Argument a : pile.arguments()) {
      String text = a.text().strip();
      if (text.isEmpty()) {
        continue;
      }
      Page page = new Page(a.id(), "kpa:" + a.id(), null, null, "", text, List.of(new CharSpan(0, text.length())),
          List.of(), List.of(), null);
      // An argument is a statement by construction, but a quarter of ArgKP's drop the final
      // stop, which on a web page marks a heading (and headings are never claims): here none is.
      Passages split = segmenter.split(page);
      docs.add(new Passages(split.page(), split.sentences().stream()
          .map(x -> new Sentence(x.doc(), x.index(), x.start(), x.end(), x.paragraph(), false)).toList()));
    }
    return docs;
  }

  /** Runs point finding on the pile with the motion as the question, and scores the points. */
  public Score score(Pile pile, Embedder embedder, PointSettings settings) {
    Analysis a = new PointFinder(embedder, settings).find(pile.topic(), documents(pile), n -> { });
    List<Point> points = new ArrayList<>(a.keyPoints());
    points.addAll(a.counterPoints());
    return score(pile, points);
  }

  /**
   * The reference a grouping must beat: the whole pile as one point. Pairwise recall is then
   * 1 and precision the chance that two arguments share a key point, so its F1 is what
   * pairwise F1 gives for no grouping at all (a pile with one dominant key point scores high).
   */
  public static Score onePoint(Pile pile) {
    List<String> all = pile.arguments().stream().map(Argument::id).toList();
    return score(pile, List.of(new Point("the whole pile", all, List.of())));
  }

  /**
   * The other reference: the annotators' own key points as the points, each argument given to
   * the one the matcher scores highest if at or above {@code threshold}. It measures the
   * matcher's assignment alone; the distance from it to {@link #score} is what choosing key
   * points among the arguments loses.
   */
  public static Score givenKeyPoints(Pile pile, Embedder embedder, Matcher matcher, double threshold) {
    List<String> ids = new ArrayList<>(new java.util.TreeMap<>(pile.keyPoints()).keySet());
    if (ids.isEmpty() || pile.arguments().isEmpty()) {
      return score(pile, List.of());
    }
    List<String> kpTexts = ids.stream().map(pile.keyPoints()::get).toList();
    float[][] kv = embedder.embed(kpTexts);
    float[][] kq = embedder.embedQueries(kpTexts);
    List<Matcher.Side> kps = new ArrayList<>();
    for (int k = 0; k < ids.size(); k++) {
      kps.add(new Matcher.Side(kv[k], kq[k], Words.contentStemSet(kpTexts.get(k))));
    }
    List<Argument> args = pile.arguments();
    float[][] av = embedder.embed(args.stream().map(Argument::text).toList());
    List<Matcher.Side> statements = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      statements.add(new Matcher.Side(av[i], null, Words.contentStemSet(args.get(i).text())));
    }
    double[][] s = matcher.scores(statements, kps);
    List<List<String>> members = new ArrayList<>();
    ids.forEach(k -> members.add(new ArrayList<>()));
    for (int i = 0; i < args.size(); i++) {
      int best = 0;
      for (int k = 1; k < ids.size(); k++) {
        best = s[i][k] > s[i][best] ? k : best;
      }
      if (s[i][best] >= threshold) {
        members.get(best).add(args.get(i).id());
      }
    }
    List<Point> points = new ArrayList<>();
    for (int k = 0; k < ids.size(); k++) {
      if (!members.get(k).isEmpty()) {
        points.add(new Point(kpTexts.get(k), members.get(k), List.of()));
      }
    }
    return score(pile, points);
  }

  /** Scores given points against the pile's key points (an argument counts in its first point). */
  public static Score score(Pile pile, List<Point> points) {
    Map<String, String> gold = new HashMap<>();
    for (Argument a : pile.arguments()) {
      if (a.keyPoint() != null) {
        gold.put(a.id(), a.keyPoint());
      }
    }
    Map<String, Integer> cluster = new HashMap<>();
    for (int p = 0; p < points.size(); p++) {
      for (String doc : points.get(p).sources()) {
        if (gold.containsKey(doc)) {
          cluster.putIfAbsent(doc, p);
        }
      }
    }
    List<String> covered = new ArrayList<>(cluster.keySet());
    covered.sort(null);
    long together = 0;
    long right = 0;
    long same = 0;
    for (int i = 0; i < covered.size(); i++) {
      for (int j = i + 1; j < covered.size(); j++) {
        boolean t = cluster.get(covered.get(i)).equals(cluster.get(covered.get(j)));
        boolean s = gold.get(covered.get(i)).equals(gold.get(covered.get(j)));
        together += t ? 1 : 0;
        same += s ? 1 : 0;
        right += t && s ? 1 : 0;
      }
    }
    Map<Integer, Map<String, Integer>> counts = new HashMap<>();
    for (String d : covered) {
      counts.computeIfAbsent(cluster.get(d), k -> new HashMap<>()).merge(gold.get(d), 1, Integer::sum);
    }
    int pure = 0;
    for (Map<String, Integer> c : counts.values()) {
      pure += c.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }
    return new Score(gold.size(), covered.size(), together, right, same, pure, points.size(),
        adjustedRand(gold, cluster), 1);
  }

  /**
   * Hubert and Arabie's adjusted Rand index of the points against the key points over all
   * arguments with one key point, an argument no point cites standing alone: 0 for chance
   * (one point for the whole pile scores 0), 1 for the annotators' grouping. Unlike pairwise
   * F1 it neither rewards lumping nor leaving arguments out.
   */
  static double adjustedRand(Map<String, String> gold, Map<String, Integer> cluster) {
    Map<String, Long> cells = new HashMap<>();
    Map<String, Long> rows = new HashMap<>();
    Map<String, Long> cols = new HashMap<>();
    for (Map.Entry<String, String> e : gold.entrySet()) {
      Integer c = cluster.get(e.getKey());
      String row = c == null ? "alone:" + e.getKey() : "point:" + c;
      cells.merge(row + "\u0000" + e.getValue(), 1L, Long::sum);
      rows.merge(row, 1L, Long::sum);
      cols.merge(e.getValue(), 1L, Long::sum);
    }
    double index = cells.values().stream().mapToDouble(KeyPointBenchmark::pairs).sum();
    double a = rows.values().stream().mapToDouble(KeyPointBenchmark::pairs).sum();
    double b = cols.values().stream().mapToDouble(KeyPointBenchmark::pairs).sum();
    double all = pairs(gold.size());
    if (all == 0) {
      return 0;
    }
    double expected = a * b / all;
    double max = (a + b) / 2;
    return max == expected ? 0 : (index - expected) / (max - expected);
  }

  private static double pairs(long n) {
    return n * (n - 1) / 2.0;
  }
}
