package io.dossier.time.eval;

import io.dossier.learn.LogisticRegression;
import io.dossier.model.Event;
import io.dossier.model.Passages;
import io.dossier.time.DateSalience;
import io.dossier.time.TimelineBuilder;
import io.dossier.time.TimelineBuilder.Candidate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Date selection on Timeline17, the task of Gholipour Ghalandari and Ifrim (ACL 2020): pick as
 * many days as a reference timeline has and score the set by date F1. Two protocols:
 * {@link Protocol#TIMELINE}, news-tls's (per reference timeline, the articles published inside
 * its span and the days inside it), and {@link Protocol#TOPIC} (all of a topic's articles, the
 * union of its timelines, any day). Three rankings beside each other: articles per day (the
 * baseline), independent sources per day (the timeline's own event counts) and the learned
 * {@link DateSalience}, the last held out by leaving one story group out.
 */
public final class DateBenchmark {
  private DateBenchmark() {
  }

  public enum Protocol { TIMELINE, TOPIC }

  /**
   * A pile to pick days for: its documents and their dated clauses, the reference days, and the
   * window candidates must fall in ({@code from}/{@code to} inclusive; null when any day may be
   * picked).
   */
  public record Pile(String topic, String group, Protocol protocol, int index, List<Passages> docs,
      List<List<Candidate>> perDoc, Set<String> reference, String from, String to) {
    public Pile {
      docs = List.copyOf(docs);
      perDoc = List.copyOf(perDoc);
      reference = Set.copyOf(reference);
    }

    public String name() {
      return topic + (protocol == Protocol.TIMELINE ? " #" + index : " (all)");
    }

    boolean inWindow(String day) {
      return day.length() == 10 && (from == null || day.compareTo(from) >= 0) && (to == null || day.compareTo(to) <= 0);
    }
  }

  /** The piles of a topic under both protocols, its documents' dated clauses found once. */
  public static List<Pile> piles(Timeline17.Topic t, TimelineBuilder builder) {
    List<List<Candidate>> perDoc = new ArrayList<>();
    for (Passages p : t.docs()) {
      perDoc.add(builder.datedClauses(p));
    }
    List<Pile> out = new ArrayList<>();
    Set<String> union = new TreeSet<>();
    for (int k = 0; k < t.timelines().size(); k++) {
      Set<String> ref = t.timelines().get(k);
      union.addAll(ref);
      String from = new TreeSet<>(ref).first();
      String to = new TreeSet<>(ref).last();
      List<Passages> docs = new ArrayList<>();
      List<List<Candidate>> cands = new ArrayList<>();
      for (int i = 0; i < t.docs().size(); i++) {
        LocalDate d = t.docs().get(i).page().published();
        if (d != null && d.toString().compareTo(from) >= 0 && d.toString().compareTo(to) <= 0) {
          docs.add(t.docs().get(i));
          cands.add(perDoc.get(i));
        }
      }
      out.add(new Pile(t.name(), t.group(), Protocol.TIMELINE, k, docs, cands, ref, from, to));
    }
    out.add(new Pile(t.name(), t.group(), Protocol.TOPIC, 0, t.docs(), perDoc, union, null, null));
    return out;
  }

  /** The articles published on each day. */
  public static Map<String, Double> perDay(Pile p) {
    Map<String, Double> out = new TreeMap<>();
    for (Passages d : p.docs()) {
      if (d.page().published() != null) {
        out.merge(d.page().published().toString(), 1.0, Double::sum);
      }
    }
    return out;
  }

  /** The independent sources of the timeline's events on each day. */
  public static Map<String, Double> sources(Pile p, TimelineBuilder builder) {
    Map<String, Double> out = new TreeMap<>();
    for (Event e : builder.build(p.docs(), p.perDoc())) {
      out.merge(e.date(), (double) e.sources().size(), Double::sum);
    }
    return out;
  }

  /** What the salience model reads of a pile. */
  public static Map<String, double[]> features(Pile p) {
    Map<String, LocalDate> published = new HashMap<>();
    for (Passages d : p.docs()) {
      published.put(d.page().id(), d.page().published());
    }
    return DateSalience.features(published, TimelineBuilder.mentions(p.perDoc()));
  }

  /** The learned probability of each day. */
  public static Map<String, Double> salience(Pile p, DateSalience model) {
    Map<String, Double> out = new TreeMap<>();
    features(p).forEach((d, x) -> out.put(d, model.score(x)));
    return out;
  }

  /** Date F1 of the pile's top days by {@code scores} (as many as the reference has; ties by date). */
  public static double f1(Pile p, Map<String, Double> scores) {
    List<String> picked = scores.entrySet().stream().filter(e -> p.inWindow(e.getKey()))
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(p.reference().size()).map(Map.Entry::getKey).toList();
    long hit = picked.stream().filter(p.reference()::contains).count();
    double precision = picked.isEmpty() ? 0 : hit / (double) picked.size();
    double recall = p.reference().isEmpty() ? 0 : hit / (double) p.reference().size();
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  /** Training rows of some piles: each day in a pile's window, labelled by its reference. */
  public static LogisticRegression.Fit fit(List<Pile> piles) {
    List<double[]> xs = new ArrayList<>();
    List<Integer> ys = new ArrayList<>();
    for (Pile p : piles) {
      features(p).forEach((d, x) -> {
        if (p.inWindow(d)) {
          xs.add(x);
          ys.add(p.reference().contains(d) ? 1 : 0);
        }
      });
    }
    return LogisticRegression.fit(xs, ys);
  }

  /** One pile's date F1 under each ranking; {@code learned} from a model that never saw its group. */
  public record Row(String pile, String group, Protocol protocol, int docs, int reference, double perDay,
      double sources, double learned) {
  }

  /** Every pile scored, the learned ranking by leaving each story group out in turn. */
  public static List<Row> crossValidate(List<Pile> piles, TimelineBuilder builder) {
    Map<String, List<Pile>> byGroup = new LinkedHashMap<>();
    for (Pile p : piles) {
      byGroup.computeIfAbsent(p.group(), g -> new ArrayList<>()).add(p);
    }
    Map<Pile, Double> learned = new HashMap<>();
    for (String g : byGroup.keySet()) {
      List<Pile> train = piles.stream().filter(p -> !p.group().equals(g)).toList();
      DateSalience model = DateSalience.of(fit(train));
      for (Pile p : byGroup.get(g)) {
        learned.put(p, f1(p, salience(p, model)));
      }
    }
    List<Row> out = new ArrayList<>();
    for (Pile p : piles) {
      out.add(new Row(p.name(), p.group(), p.protocol(), p.docs().size(), p.reference().size(), f1(p, perDay(p)),
          f1(p, sources(p, builder)), learned.get(p)));
    }
    return out;
  }

  /** The mean of a column over the rows of one protocol, per story group, in order of first appearance. */
  public static Map<String, Double> meanByGroup(List<Row> rows, Protocol protocol, Function<Row, Double> column) {
    Map<String, double[]> acc = new LinkedHashMap<>();
    for (Row r : rows) {
      if (r.protocol() == protocol) {
        double[] a = acc.computeIfAbsent(r.group(), g -> new double[2]);
        a[0] += column.apply(r);
        a[1]++;
      }
    }
    Map<String, Double> out = new LinkedHashMap<>();
    acc.forEach((g, a) -> out.put(g, a[0] / a[1]));
    return out;
  }

  /** The mean of a column over the rows of one protocol. */
  public static double mean(List<Row> rows, Protocol protocol, Function<Row, Double> column) {
    return rows.stream().filter(r -> r.protocol() == protocol).mapToDouble(column::apply).average().orElse(0);
  }
}
