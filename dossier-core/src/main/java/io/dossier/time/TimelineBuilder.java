package io.dossier.time;

import io.dossier.model.Event;
import io.dossier.model.Passages;
import io.dossier.model.Sentence;
import io.dossier.text.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the brief's timeline: one {@link Event} per distinct dated happening, merged across
 * documents, sorted by date.
 *
 * <p>Needs: the documents' {@link Passages} (and each page's {@code published} date for
 * relative dates). Adds: events whose text is the clause or sentence that carries the date
 * (the sentence when it holds one date; the stretch around each date, cut at commas or
 * semicolons, when it holds several). Events on the same date whose content words overlap
 * (Jaccard >= 0.25) are one happening: their documents are its sources and the telling that
 * shares most words with the others is kept. Headings are not events.
 *
 * <p>Stateless and thread-safe; bad input yields fewer events, never an exception.
 */
public final class TimelineBuilder {
  private static final double SAME_HAPPENING = 0.25;
  /**
   * A dateline or time stamp ("Mon Oct 17 , 2011 7:02 pm EDT AMMAN (Reuters) -") opens an
   * article: a date within its first 300 characters (a headline, a byline and a place name
   * fit in that; the story's first sentence rarely starts later).
   */
  private static final int DATELINE_REACH = 300;
  /** ... and a clock time right after the date (within a dozen characters: ", 2011 7:02 pm"). */
  private static final java.util.regex.Pattern CLOCK_AFTER = java.util.regex.Pattern.compile(
      "^[\\s,|]{0,4}(?:\\d{4}[\\s,|]{1,4})?\\d{1,2}:\\d{2}\\s?(?:[ap]\\.?m\\.?|GMT|UTC|[ECMP][SD]T|BST|ET)?",
      java.util.regex.Pattern.CASE_INSENSITIVE);
  private final DateReader reader = new DateReader();
  /** The date salience, or null for the trained one (read on first use), or none at all. */
  private final DateSalience salience;
  private final boolean rated;

  /** A builder that rates dates with the trained {@link DateSalience}. */
  public TimelineBuilder() {
    this(null, true);
  }

  /** A builder that rates dates with {@code salience}. */
  public TimelineBuilder(DateSalience salience) {
    this(java.util.Objects.requireNonNull(salience, "salience"), true);
  }

  private TimelineBuilder(DateSalience salience, boolean rated) {
    this.salience = salience;
    this.rated = rated;
  }

  /** A builder whose events carry no salience (0): for training the salience itself. */
  public static TimelineBuilder unrated() {
    return new TimelineBuilder(null, false);
  }

  /** A dated clause of one document, before merging across documents. */
  public record Candidate(String date, String doc, int start, int end, String text, Set<String> words, boolean explicit) {
  }

  public List<Event> build(List<Passages> docs) {
    List<List<Candidate>> perDoc = new ArrayList<>();
    for (Passages p : docs) {
      perDoc.add(datedClauses(p));
    }
    return build(docs, perDoc);
  }

  /**
   * The cross-document step alone, for a caller that found each document's dated clauses
   * ({@link #datedClauses}) itself, in parallel: {@code perDoc.get(i)} are {@code docs.get(i)}'s.
   */
  public List<Event> build(List<Passages> docs, List<List<Candidate>> perDoc) {
    if (perDoc.size() != docs.size()) {
      throw new IllegalArgumentException("one list of dated clauses per document: " + perDoc.size() + " for "
          + docs.size());
    }
    List<Candidate> all = new ArrayList<>();
    perDoc.forEach(all::addAll);
    return salient(merge(all, duplicates(docs)), docs, perDoc);
  }

  /**
   * Each event with its date's salience, rounded to three decimals (a reader compares them by
   * eye; finer digits would only carry float noise into the JSON).
   */
  private List<Event> salient(List<Event> events, List<Passages> docs, List<List<Candidate>> perDoc) {
    if (events.isEmpty() || !rated) {
      return events;
    }
    DateSalience model = salience != null ? salience : DateSalience.standard();
    Map<String, java.time.LocalDate> published = new java.util.HashMap<>();
    for (Passages p : docs) {
      published.put(p.page().id(), p.page().published());
    }
    Map<String, Double> score = model.scores(published, mentions(perDoc));
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      out.add(e.withSalience(Math.round(score.getOrDefault(e.date(), 0.0) * 1000) / 1000.0));
    }
    return out;
  }

  /** The dated mentions of a pile, for {@link DateSalience}. */
  public static List<DateSalience.Mention> mentions(List<List<Candidate>> perDoc) {
    List<DateSalience.Mention> out = new ArrayList<>();
    for (List<Candidate> doc : perDoc) {
      for (Candidate c : doc) {
        out.add(new DateSalience.Mention(c.date(), c.doc(), c.explicit()));
      }
    }
    return out;
  }

  /**
   * The per-document step: the dated clauses of one document, in text order. A failure
   * surfaces; the pipeline's error boundary records it as the document's problem.
   */
  public List<Candidate> datedClauses(Passages doc) {
    String text = doc.page().text();
    List<TimeExpression> exprs = reader.read(doc);
    List<Candidate> out = new ArrayList<>();
    int e = 0;
    for (Sentence s : doc.sentences()) {
      List<TimeExpression> inside = new ArrayList<>();
      while (e < exprs.size() && exprs.get(e).start() < s.end()) {
        if (exprs.get(e).start() >= s.start()) {
          inside.add(exprs.get(e));
        }
        e++;
      }
      if (inside.isEmpty() || s.heading() || !doc.page().isKept(s.start(), s.end())) {
        continue;
      }
      for (int k = 0; k < inside.size(); k++) {
        int from = s.start();
        int to = s.end();
        if (inside.size() > 1) {
          if (k > 0) {
            from = cut(text, inside.get(k - 1).end(), inside.get(k).start(), true, s.start());
          }
          if (k + 1 < inside.size()) {
            to = cut(text, inside.get(k).end(), inside.get(k + 1).start(), false, s.end());
          }
        }
        from = trimStart(text, from, to);
        to = trimEnd(text, from, to);
        if (to - from < 12) {
          continue;
        }
        String t = text.substring(from, to);
        TimeExpression x = inside.get(k);
        if (dateline(text, x)) {
          continue;
        }
        out.add(new Candidate(x.date().toString(), doc.page().id(), from, to, t, Words.contentStemSet(t),
            x.anchoredTo() == TimeExpression.Anchor.NONE));
      }
    }
    return out;
  }

  /**
   * True for the article's dateline or time stamp: the publication date, not an event (a day
   * with many articles would otherwise win the timeline by its datelines alone).
   */
  static boolean dateline(String text, TimeExpression x) {
    if (x.start() > DATELINE_REACH) {
      return false;
    }
    return CLOCK_AFTER.matcher(text.substring(x.end(), Math.min(text.length(), x.end() + 24))).find();
  }

  /** A clause boundary (comma, semicolon, dash) between two date expressions, or the fallback. */
  private static int cut(String text, int after, int before, boolean startOfNext, int fallback) {
    int best = -1;
    for (int i = after; i < before; i++) {
      char c = text.charAt(i);
      if (c == ';' || c == ',' || c == '\u2014' || c == '\u2013') {
        best = i;
        if (!startOfNext) {
          break;
        }
      }
    }
    if (best < 0) {
      return fallback;
    }
    return startOfNext ? best + 1 : best;
  }

  private static int trimStart(String text, int from, int to) {
    while (from < to && (Character.isWhitespace(text.charAt(from)) || text.charAt(from) == ',')) {
      from++;
    }
    return from;
  }

  private static int trimEnd(String text, int from, int to) {
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return to;
  }

  /** Documents flagged as duplicates of another one: not independent sources. */
  private static Set<String> duplicates(List<Passages> docs) {
    Set<String> out = new LinkedHashSet<>();
    for (Passages p : docs) {
      for (String f : p.page().flags()) {
        if (f.startsWith("duplicate-of:")) {
          out.add(p.page().id());
        }
      }
    }
    return out;
  }

  List<Event> merge(List<Candidate> all, Set<String> duplicateDocs) {
    Map<String, List<List<Candidate>>> byDate = new LinkedHashMap<>();
    for (Candidate c : all) {
      List<List<Candidate>> clusters = byDate.computeIfAbsent(c.date(), k -> new ArrayList<>());
      List<Candidate> home = null;
      double best = SAME_HAPPENING;
      for (List<Candidate> cl : clusters) {
        for (Candidate o : cl) {
          double j = jaccard(c.words(), o.words());
          if (j >= best) {
            best = j;
            home = cl;
          }
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        clusters.add(home);
      }
      home.add(c);
    }
    List<Event> out = new ArrayList<>();
    for (List<List<Candidate>> clusters : byDate.values()) {
      for (List<Candidate> cl : clusters) {
        Candidate rep = representative(cl, duplicateDocs);
        Set<String> sources = new LinkedHashSet<>();
        sources.add(rep.doc());
        for (Candidate c : cl) {
          if (!duplicateDocs.contains(c.doc())) {
            sources.add(c.doc());
          }
        }
        out.add(new Event(rep.date(), rep.text(), rep.doc(), rep.start(), rep.end(), List.copyOf(sources)));
      }
    }
    out.sort(Comparator.comparing(Event::date).thenComparing(ev -> -ev.sources().size())
        .thenComparing(Event::doc).thenComparingInt(Event::start));
    return out;
  }

  private static Candidate representative(List<Candidate> cl, Set<String> duplicateDocs) {
    Candidate best = null;
    double bestScore = -1;
    for (Candidate c : cl) {
      double score = 0;
      for (Candidate o : cl) {
        if (o != c) {
          score += jaccard(c.words(), o.words());
        }
      }
      if (c.explicit()) {
        score += 0.05;
      }
      if (duplicateDocs.contains(c.doc())) {
        score -= 1;
      }
      if (c.text().length() > 400) {
        score -= 0.1;
      }
      if (score > bestScore) {
        bestScore = score;
        best = c;
      }
    }
    return best;
  }

  static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int inter = 0;
    for (String w : a) {
      if (b.contains(w)) {
        inter++;
      }
    }
    return inter / (double) (a.size() + b.size() - inter);
  }
}
