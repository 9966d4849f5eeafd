package io.dossier.disputes;

import io.dossier.model.Dispute;
import io.dossier.model.Passages;
import io.dossier.model.Sentence;
import io.dossier.model.Span;
import io.dossier.text.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds disputed claims.
 *
 * <p>Needs: the documents' {@link Passages}. Adds: {@link Dispute}s of two kinds:
 *
 * <ul>
 *   <li>a claim a source itself calls disputed, denied, contested, rejected or false ("the
 *       quote is strongly disputed", "Putin has denied plans to invade", "rejected these
 *       accusations as false"); the claim is the that-clause or object of the denial, or the
 *       quote or sentence it points back to; evidence: the sentence that states the claim
 *       (when it is the one before) and the sentence that disputes it;</li>
 *   <li>two independent sources telling the same thing with different numbers ("130,000
 *       troops" against "100,000 troops") or one of them negated; evidence: one sentence from
 *       each side.</li>
 * </ul>
 *
 * Stateless and thread-safe; bad input yields fewer disputes, never an exception.
 */
public final class DisputeFinder {
  private static final Pattern DISPUTE = Pattern.compile(
      "\\b(disputed?|disputes|disputing|contested|contests?|denied|denies|deny|denying|rejected|rejects|"
          + "rejecting|refuted|refutes|rebutted|dismissed|dismisses|disavowed|contradict(?:s|ed)?|"
          + "(?:is|was|are|were|been) (?:strongly |hotly |widely |flatly )?(?:questioned|challenged)|"
          + "false|untrue|not true|baseless|unfounded|no evidence)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern CLAIM_WORDS = Pattern.compile(
      "\\b(that|claims?|allegations?|accusations?|reports?|plans?|charges?|suggestions?|idea|notion|quote|"
          + "statement|assertion|account|version|story|rumou?rs?|testimony|narrative|wrongdoing|involvement|"
          + "responsibility|knowledge)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern BACK_REFERENCE = Pattern.compile(
      "\\b(the|this|that|these|those|such) (quote|claim|claims|allegation|allegations|accusation|accusations|"
          + "report|reports|statement|account|assertion|charge|charges|idea|notion|suggestion)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern THAT_CLAUSE = Pattern.compile(
      "\\b(?:denied|denies|deny|denying|disputed|disputes|rejected|rejects|refuted|dismissed|contested)\\s+"
          + "(?:(?:the\\s+)?(?:claims?|allegations?|accusations?|reports?|suggestions?)\\s+)?that\\s+(.+)$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern OBJECT = Pattern.compile(
      "\\b(?:denied|denies|deny|denying|rejected|rejects|refuted|dismissed|disputed|disputes)\\s+([^,.;:]{6,160})",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMBER_NOUN = Pattern.compile(
      "\\b(\\d[\\d,.]*)\\s*(million|billion|thousand)?\\s+([a-z]{3,})\\b");
  private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "n't", "denied", "without");
  private static final int MAX_SENTENCES = 3000;

  public List<Dispute> find(List<Passages> docs) {
    List<Dispute> out = new ArrayList<>();
    for (Passages doc : docs) {
      out.addAll(selfDeclared(doc));
    }
    out.addAll(contradictions(docs));
    return out;
  }

  /** Claims a source itself calls disputed, denied, contested or false. */
  public List<Dispute> selfDeclared(Passages doc) {
    List<Dispute> out = new ArrayList<>();
    String text = doc.page().text();
    List<Sentence> ss = doc.sentences();
    for (int i = 0; i < ss.size(); i++) {
      Sentence s = ss.get(i);
      if (s.heading() || !doc.page().isKept(s.start(), s.end())) {
        continue;
      }
      String st = doc.text(s);
      Matcher d = DISPUTE.matcher(st);
      if (!d.find() || !CLAIM_WORDS.matcher(st).find()) {
        continue;
      }
      List<Span> evidence = new ArrayList<>();
      String claim = null;
      Matcher back = BACK_REFERENCE.matcher(st);
      boolean pointsBack = back.find();
      if (pointsBack) {
        int q = firstQuote(st);
        if (q >= 0 && q < back.start()) {
          // "“...,” he promised, although the quote is strongly disputed"
          claim = shorten(st.substring(q, closing(st, q)));
        } else if (i > 0 && !ss.get(i - 1).heading() && ss.get(i - 1).paragraph() == s.paragraph()) {
          // "These accusations are false": the claim is told just before
          Sentence prev = ss.get(i - 1);
          evidence.add(doc.span(prev));
          claim = shorten(doc.text(prev));
        }
      }
      Matcher that = THAT_CLAUSE.matcher(st);
      if (claim == null && that.find()) {
        claim = shorten(that.group(1));
      }
      if (claim == null) {
        Matcher obj = OBJECT.matcher(st);
        if (obj.find() && !obj.group(1).toLowerCase(Locale.ROOT).startsWith("that")) {
          claim = shorten(obj.group(1));
        }
      }
      if (claim == null) {
        claim = shorten(st);
      }
      evidence.add(doc.span(s));
      out.add(new Dispute(claim, evidence));
    }
    return out;
  }

  private static int closing(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u201D' || c == '"' || c == '\u00BB') {
        return i;
      }
    }
    return s.length();
  }

  private static int firstQuote(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u201C' || c == '"' || c == '\u00AB') {
        int e = s.indexOf(c == '\u201C' ? '\u201D' : c == '\u00AB' ? '\u00BB' : '"', i + 1);
        return e > i ? i + 1 : -1;
      }
    }
    return -1;
  }

  private static String shorten(String s) {
    String t = s.strip().replaceAll("\\s+", " ");
    t = t.replaceAll("^[\\p{Pi}\\p{Pf}\"']+|[\\p{Pi}\\p{Pf}\"'.,;:]+$", "").strip();
    if (t.length() > 200) {
      int cut = t.lastIndexOf(' ', 197);
      t = t.substring(0, cut > 100 ? cut : 197) + "…";
    }
    return t;
  }

  /** Two independent sources that tell one thing with different numbers or opposite polarity. */
  public List<Dispute> contradictions(List<Passages> docs) {
    record Item(Passages doc, Sentence s, Set<String> stems, Map<String, String> numbers, boolean negated) {
    }
    List<Item> items = new ArrayList<>();
    Set<String> duplicates = new LinkedHashSet<>();
    for (Passages p : docs) {
      for (String f : p.page().flags()) {
        if (f.startsWith("duplicate-of:")) {
          duplicates.add(p.page().id());
        }
      }
    }
    for (Passages p : docs) {
      if (duplicates.contains(p.page().id())) {
        continue;
      }
      for (Sentence s : p.sentences()) {
        if (s.heading() || items.size() >= MAX_SENTENCES) {
          continue;
        }
        String st = p.text(s);
        if (st.endsWith("?") || titleCase(st)) {
          continue; // headlines and questions state nothing
        }
        Set<String> stems = Words.contentStemSet(st);
        if (stems.size() < 5) {
          continue;
        }
        Map<String, String> numbers = new HashMap<>();
        Matcher m = NUMBER_NOUN.matcher(st);
        while (m.find()) {
          String n = m.group(1).replaceAll("[,.]$", "") + (m.group(2) == null ? "" : " " + m.group(2));
          if (!n.matches("(19|20)\\d\\d")) {
            numbers.put(m.group(3), n);
          }
        }
        boolean negated = false;
        for (String w : Words.lower(st)) {
          if (NEGATIONS.contains(w) || w.endsWith("n't")) {
            negated = true;
          }
        }
        items.add(new Item(p, s, stems, numbers, negated));
      }
    }
    Map<String, Dispute> out = new LinkedHashMap<>();
    // Quirk: over a big corpus the loop over all pairs (4.5 M for 3,000 sentences) was a
    // third of a brief; only pairs that share a stem can reach the threshold, so the
    // candidates come from an index of stems, visited in the same order as the full loop.
    Map<String, List<Integer>> postings = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      for (String w : items.get(i).stems()) {
        postings.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
      }
    }
    int[] shared = new int[items.size()];
    for (int a = 0; a < items.size(); a++) {
      Item x = items.get(a);
      List<Integer> candidates = new ArrayList<>();
      for (String w : x.stems()) {
        for (int b : postings.get(w)) {
          if (b > a && shared[b]++ == 0) {
            candidates.add(b);
          }
        }
      }
      java.util.Collections.sort(candidates);
      for (int b : candidates) {
        int inter = shared[b];
        shared[b] = 0;
        Item y = items.get(b);
        if (x.doc() == y.doc()) {
          continue;
        }
        int union = x.stems().size() + y.stems().size() - inter;
        double j = union == 0 ? 0 : inter / (double) union;
        if (j < 0.4) {
          continue;
        }
        String claim = null;
        for (Map.Entry<String, String> e : x.numbers().entrySet()) {
          String other = y.numbers().get(e.getKey());
          if (other != null && !other.equals(e.getValue())) {
            claim = "Sources differ on the number of " + e.getKey() + ": " + e.getValue() + " or " + other;
          }
        }
        if (claim == null && j >= 0.55 && x.negated() != y.negated()) {
          Item positive = x.negated() ? y : x;
          claim = "Sources disagree: " + shorten(positive.doc().text(positive.s()));
        }
        if (claim != null && !out.containsKey(claim)) {
          out.put(claim, new Dispute(claim, List.of(x.doc().span(x.s()), y.doc().span(y.s()))));
        }
      }
    }
    return new ArrayList<>(out.values());
  }

  private static boolean titleCase(String s) {
    int words = 0;
    int caps = 0;
    for (String w : s.split("\\s+")) {
      if (w.length() > 3 && Character.isLetter(w.charAt(0))) {
        words++;
        if (Character.isUpperCase(w.charAt(0))) {
          caps++;
        }
      }
    }
    return words >= 3 && caps * 10 >= words * 7;
  }

}
