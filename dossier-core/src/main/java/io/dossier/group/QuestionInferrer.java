package io.dossier.group;

import io.dossier.embed.Embedder;
import io.dossier.embed.Vectors;
import io.dossier.model.Passages;
import io.dossier.model.Sentence;
import io.dossier.text.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Infers the question a pile of articles asks when the reader gave none. Titles and
 * headings are the strong hints: the candidates are each page's title and headings, and the
 * one most like the others (mean cosine) wins, with a preference for candidates phrased as a
 * question. Title Case is brought to sentence case using how the articles themselves write
 * each word. Without any title or heading, the question asks about the most central
 * sentence's main phrase.
 */
public final class QuestionInferrer {
  private final Embedder embedder;

  public QuestionInferrer(Embedder embedder) {
    this.embedder = embedder;
  }

  public String infer(List<Passages> docs) {
    List<String> cands = new ArrayList<>();
    for (Passages d : docs) {
      if (d.page().title() != null) {
        cands.add(d.page().title());
      }
      for (Sentence s : d.sentences()) {
        if (s.heading() || d.text(s).endsWith("?") && s.index() < 3) {
          String t = d.text(s);
          if (Words.count(t) >= 3 && !cands.contains(t)) {
            cands.add(t);
          }
        }
      }
    }
    cands.removeIf(c -> Words.count(c) > 25);
    if (cands.isEmpty()) {
      return fromContent(docs);
    }
    float[][] v = embedder.embed(cands);
    String best = null;
    double bestScore = -1;
    for (int i = 0; i < cands.size(); i++) {
      double s = 0;
      for (int j = 0; j < cands.size(); j++) {
        if (j != i) {
          s += Vectors.dot(v[i], v[j]);
        }
      }
      s = cands.size() > 1 ? s / (cands.size() - 1) : 1;
      if (cands.get(i).trim().endsWith("?")) {
        s += 0.15;
      }
      if (s > bestScore) {
        bestScore = s;
        best = cands.get(i);
      }
    }
    String q = sentenceCase(best.trim(), docs);
    if (!q.endsWith("?")) {
      q = "What do the sources say about " + lowerFirst(q.replaceAll("[.!:;,\\s]+$", "")) + "?";
    }
    return q;
  }

  private String fromContent(List<Passages> docs) {
    List<String> texts = new ArrayList<>();
    for (Passages d : docs) {
      for (Sentence s : d.sentences()) {
        if (texts.size() < 400 && Words.count(d.text(s)) >= 6) {
          texts.add(d.text(s));
        }
      }
    }
    if (texts.isEmpty()) {
      return "What do these documents say?";
    }
    List<List<String[]>> one = new ArrayList<>();
    List<String[]> members = new ArrayList<>();
    for (String t : texts) {
      members.add(new String[] {"d", t});
    }
    one.add(members);
    String label = new Labeler(java.util.Set.of()).label(one).get(0);
    return "What do the sources say about " + lowerFirst(label) + "?";
  }

  private static String lowerFirst(String s) {
    if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))) {
      return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
    return s;
  }

  /**
   * "Why Does Russia Not Want Ukraine To Join NATO?" becomes "Why does Russia not want
   * Ukraine to join NATO?": a capitalised word that the articles mostly write in lower case
   * is lowered; names and acronyms stay.
   */
  static String sentenceCase(String title, List<Passages> docs) {
    String[] words = title.split(" ");
    int capitals = 0;
    for (String w : words) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        capitals++;
      }
    }
    if (capitals < words.length * 0.6) {
      return title;
    }
    Map<String, int[]> usage = new HashMap<>();
    for (Passages d : docs) {
      String text = d.page().text();
      for (Sentence s : d.sentences()) {
        if (s.heading()) {
          continue;
        }
        boolean firstWord = true;
        for (var span : Words.spans(text, s.start(), s.end())) {
          String w = span.of(text);
          if (!firstWord) {
            int[] u = usage.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new int[2]);
            u[Character.isUpperCase(w.charAt(0)) ? 1 : 0]++;
          }
          firstWord = false;
        }
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (i > 0) {
        sb.append(' ');
        String core = w.replaceAll("[^\\p{L}\\p{N}'’-]", "");
        int[] u = usage.get(core.toLowerCase(Locale.ROOT));
        boolean allCaps = core.length() > 1 && core.equals(core.toUpperCase(Locale.ROOT));
        if (!allCaps && u != null && u[0] > u[1]) {
          w = w.toLowerCase(Locale.ROOT);
        }
      }
      sb.append(w);
    }
    return sb.toString();
  }
}
