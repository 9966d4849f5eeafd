package io.dossier.time;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dossier.learn.LogisticRegression;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How important each date of a pile is, the date selection of DATEWISE (Gholipour Ghalandari
 * and Ifrim, ACL 2020): a logistic regression over how the pile refers to a date, above all
 * how often articles published on <em>other</em> days mention it (an event that matters is
 * looked back on), beside how many articles were published on it. Trained on Timeline17's
 * reference timelines by {@code dossier train-dates}, which reports its leave-one-topic-out
 * figures; the weights come from {@link #RESOURCE}.
 *
 * <p>Needs: each document's publication date and its dated clauses. Gives: a probability per
 * date string (day, month or year). Stateless once loaded, thread-safe.
 */
public final class DateSalience {
  static final String RESOURCE = "/io/dossier/time/date-salience.json";

  /** The features, in the order of the weights. */
  public static final List<String> FEATURES = List.of(
      "published", "mentionsFromOtherDays", "docsFromOtherDays", "docsFromLaterDays", "mentionsSameDay",
      "explicitShare", "publishedNextDays", "insidePublication");

  /**
   * Articles published in the days after a date count as its burst of coverage: a day and the
   * next two hold most of an event's first reports (news-tls's PubCount windows are 1-3 days).
   */
  static final int BURST_DAYS = 2;

  private static volatile DateSalience standard;

  private final double[] mean;
  private final double[] sd;
  private final double[] weights;
  private final double bias;

  public DateSalience(double[] mean, double[] sd, double[] weights, double bias) {
    if (mean.length != FEATURES.size() || sd.length != FEATURES.size() || weights.length != FEATURES.size()) {
      throw new IllegalArgumentException("want " + FEATURES.size() + " values per vector");
    }
    this.mean = mean.clone();
    this.sd = sd.clone();
    this.weights = weights.clone();
    this.bias = bias;
  }

  public static DateSalience of(LogisticRegression.Fit fit) {
    return new DateSalience(fit.mean(), fit.sd(), fit.weights(), fit.bias());
  }

  /** One dated mention: the date it names, the document it is in, whether it was written out in full. */
  public record Mention(String date, String doc, boolean explicit) {
  }

  /**
   * The raw features of every date the pile mentions or was published on, in the order of
   * {@link #FEATURES}, sorted by date. {@code published} maps a document to its publication
   * day (documents without one are left out of the publication counts).
   */
  public static Map<String, double[]> features(Map<String, LocalDate> published, List<Mention> mentions) {
    Map<String, Integer> pubPerDay = new HashMap<>();
    LocalDate first = null;
    LocalDate last = null;
    for (LocalDate d : published.values()) {
      if (d == null) {
        continue;
      }
      pubPerDay.merge(d.toString(), 1, Integer::sum);
      first = first == null || d.isBefore(first) ? d : first;
      last = last == null || d.isAfter(last) ? d : last;
    }
    Map<String, int[]> counts = new TreeMap<>(); // other, same, explicit, total
    Map<String, Set<String>> otherDocs = new HashMap<>();
    Map<String, Set<String>> laterDocs = new HashMap<>();

    for (Mention m : mentions) {
      int[] c = counts.computeIfAbsent(m.date(), k -> new int[4]);
      LocalDate pub = published.get(m.doc());
      boolean sameDay = pub != null && pub.toString().startsWith(m.date()) && m.date().length() == 10;
      if (sameDay) {
        c[1]++;
      } else {
        c[0]++;
        otherDocs.computeIfAbsent(m.date(), k -> new HashSet<>()).add(m.doc());
        if (pub != null && pub.toString().compareTo(m.date()) > 0) {
          laterDocs.computeIfAbsent(m.date(), k -> new HashSet<>()).add(m.doc());
        }
      }
      c[2] += m.explicit() ? 1 : 0;
      c[3]++;
    }
    for (String day : pubPerDay.keySet()) {
      counts.computeIfAbsent(day, k -> new int[4]);
    }
    Map<String, double[]> out = new TreeMap<>();
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      String date = e.getKey();
      int[] c = e.getValue();
      boolean day = date.length() == 10;
      int pub = day ? pubPerDay.getOrDefault(date, 0) : 0;
      int burst = 0;
      boolean inside = false;
      if (day) {
        LocalDate d = LocalDate.parse(date);
        for (int k = 1; k <= BURST_DAYS; k++) {
          burst += pubPerDay.getOrDefault(d.plusDays(k).toString(), 0);
        }
        inside = first != null && !d.isBefore(first) && !d.isAfter(last);
      }
      out.put(date, new double[] {
          Math.log1p(pub),
          Math.log1p(c[0]),
          Math.log1p(otherDocs.getOrDefault(date, Set.of()).size()),
          Math.log1p(laterDocs.getOrDefault(date, Set.of()).size()),
          Math.log1p(c[1]),
          c[3] == 0 ? 0 : c[2] / (double) c[3],
          Math.log1p(burst),
          inside ? 1 : 0});
    }
    return out;
  }

  /** The probability that a date with these raw features belongs in the pile's timeline. */
  public double score(double[] x) {
    double z = bias;
    for (int j = 0; j < x.length; j++) {
      z += weights[j] * (x[j] - mean[j]) / sd[j];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** Every date's probability, by date. */
  public Map<String, Double> scores(Map<String, LocalDate> published, List<Mention> mentions) {
    Map<String, Double> out = new TreeMap<>();
    features(published, mentions).forEach((d, x) -> out.put(d, score(x)));
    return out;
  }

  /** The weights trained into the jar. */
  public static DateSalience standard() {
    DateSalience s = standard;
    if (s == null) {
      synchronized (DateSalience.class) {
        if (standard == null) {
          standard = load();
        }
        s = standard;
      }
    }
    return s;
  }

  private static DateSalience load() {
    try (InputStream in = DateSalience.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath; run 'dossier train-dates'");
      }
      return fromJson(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Reads the {@code features}, {@code mean}, {@code sd}, {@code weights} and {@code bias} of a weights file. */
  public static DateSalience fromJson(JsonNode root) {
    List<String> features = new ArrayList<>();
    root.path("features").forEach(f -> features.add(f.asText()));
    if (!features.equals(FEATURES)) {
      throw new IllegalStateException("the date weights are for features " + features + ", not " + FEATURES
          + "; run 'dossier train-dates' again");
    }
    return new DateSalience(doubles(root.path("mean")), doubles(root.path("sd")), doubles(root.path("weights")),
        root.path("bias").asDouble());
  }

  private static double[] doubles(JsonNode a) {
    double[] out = new double[a.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = a.get(i).asDouble();
    }
    return out;
  }
}
