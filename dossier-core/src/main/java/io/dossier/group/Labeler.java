package io.dossier.group;

import io.dossier.text.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * Names each group of sentences with a noun phrase drawn from them: the phrase that the most
 * sources of the group use and that the other groups use least (a class-based TF-IDF), with
 * a preference for two- to four-word phrases and a penalty for phrases made only of the
 * question's own words ("Ukraine's NATO membership" names the question, not a reason).
 */
final class Labeler {
  private final Set<String> questionStems;

  Labeler(Set<String> questionStems) {
    this.questionStems = questionStems;
  }

  /** One label per group; {@code groups.get(g)} holds (source id, sentence text) pairs. */
  List<String> label(List<List<String[]>> groups) {
    List<Map<String, Occ>> perGroup = new ArrayList<>();
    Map<String, Integer> groupFreq = new HashMap<>();
    PorterStemmer stemmer = new PorterStemmer();
    for (List<String[]> g : groups) {
      Map<String, Occ> occ = new HashMap<>();
      for (String[] member : g) {
        for (Phrases.Phrase p : Phrases.of(member[1])) {
          String key = key(stemmer, p.words());
          if (key.isEmpty()) {
            continue;
          }
          Occ o = occ.computeIfAbsent(key, k -> new Occ());
          o.sources.add(member[0]);
          o.count++;
          o.surfaces.merge(p.surface(), 1, Integer::sum);
          o.words = p.words().size();
          o.proper = p.proper();
          o.stems = new HashSet<>(List.of(key.split(" ")));
          for (String w : p.words()) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && p.surface().indexOf(w) > 0) {
              o.names.add(Words.stem(stemmer, Words.normalize(w)));
            }
          }
        }
      }
      for (String k : occ.keySet()) {
        groupFreq.merge(k, 1, Integer::sum);
      }
      perGroup.add(occ);
    }
    List<String> labels = new ArrayList<>();
    int nGroups = Math.max(1, groups.size());
    for (int gi = 0; gi < groups.size(); gi++) {
      Set<String> sources = new HashSet<>();
      Map<String, Set<String>> sourceStems = new HashMap<>();
      for (String[] m : groups.get(gi)) {
        sources.add(m[0]);
        sourceStems.computeIfAbsent(m[0], k -> new HashSet<>()).addAll(Words.contentStems(m[1]));
      }
      // A source "uses" a phrase when its sentences hold all of the phrase's content words,
      // in whatever order: "buffer state" and "a buffer between" both speak of a buffer.
      for (Occ o : perGroup.get(gi).values()) {
        for (Map.Entry<String, Set<String>> e : sourceStems.entrySet()) {
          if (e.getValue().containsAll(o.stems)) {
            o.sources.add(e.getKey());
          }
        }
      }
      String best = null;
      double bestScore = -1;
      for (Map.Entry<String, Occ> e : perGroup.get(gi).entrySet()) {
        Occ o = e.getValue();
        double coverage = (o.sources.size() + 0.25 * (o.count - o.sources.size())) / sources.size();
        double idf = Math.log(1.0 + nGroups / (double) groupFreq.get(e.getKey()));
        double len = switch (o.words) {
          case 1 -> 0.55;
          case 2 -> 1.0;
          case 3 -> 1.05;
          case 4 -> 0.95;
          default -> 0.7;
        };
        long fresh = o.stems.stream().filter(x -> !questionStems.contains(x)).count();
        double own = fresh == 0 ? 0.35 : Math.sqrt(fresh / (double) o.stems.size());
        // A reason is seldom a name: "Russian Defense Ministry" names who, not why.
        double named = o.proper ? 0.4 : 1.0;
        double vague = vague(o.stems, o.names) ? 0.3 : 1.0;
        double score = coverage * idf * len * own * named * vague;
        String surface = bestSurface(o.surfaces);
        if (score > bestScore || (score == bestScore && surface.compareTo(best) < 0)) {
          bestScore = score;
          best = surface;
        }
      }
      labels.add(best == null ? fallback(groups.get(gi)) : capitalize(best));
    }
    return labels;
  }

  /**
   * Nouns that name no reason by themselves ("year", "situation", "member states", "region"):
   * words of time, quantity, place-in-general and discourse that news prose uses everywhere.
   * A phrase made only of them (and the question's words) says where or when, never why.
   */
  private static final Set<String> VAGUE = stems("year", "years", "month", "week", "day", "decade",
      "time", "times", "period", "moment", "situation", "issue", "issues", "matter", "question", "topic",
      "point", "way", "thing", "things", "number", "level", "case", "fact", "term", "kind", "type", "lot",
      "part", "side", "sides", "people", "world", "region", "area", "country", "countries", "state",
      "states", "member", "members", "nation", "nations", "role", "context", "view", "position", "move",
      "step", "process", "effort", "result", "others", "aspect", "factor", "reason", "concern", "debate",
      "discussion", "news", "report", "statement", "comments", "remarks", "recent", "current", "future",
      "past", "new", "other", "many", "several", "own", "certain", "various", "major", "key", "important",
      "significant", "potential", "possible", "broader", "growing", "increasing", "first", "last", "next");

  private static Set<String> stems(String... words) {
    PorterStemmer stemmer = new PorterStemmer();
    Set<String> out = new HashSet<>();
    for (String w : words) {
      out.add(Words.stem(stemmer, w));
    }
    return out;
  }

  /** Only vague words, the question's words and names ("Moscow's point", "the region"). */
  private boolean vague(Set<String> phraseStems, Set<String> names) {
    for (String st : phraseStems) {
      if (!VAGUE.contains(st) && !questionStems.contains(st) && !names.contains(st)) {
        return false;
      }
    }
    return true;
  }

  private static String bestSurface(Map<String, Integer> surfaces) {
    String best = null;
    int n = -1;
    for (Map.Entry<String, Integer> e : surfaces.entrySet()) {
      if (e.getValue() > n || (e.getValue() == n && e.getKey().compareTo(best) < 0)) {
        best = e.getKey();
        n = e.getValue();
      }
    }
    return best;
  }

  /** Stems of the content words, in order; empty if the phrase has none. */
  private static String key(PorterStemmer stemmer, List<String> words) {
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      String lw = Words.normalize(w);
      if (Words.isStop(lw) || lw.equals("'s") || Words.isNumber(lw)) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(Words.stem(stemmer, lw));
    }
    return sb.toString();
  }

  private static String fallback(List<String[]> group) {
    String s = group.get(0)[1];
    List<String> w = new ArrayList<>();
    for (String x : s.split("\\s+")) {
      if (w.size() >= 6) {
        break;
      }
      w.add(x);
    }
    return capitalize(String.join(" ", w).replaceAll("[,.;:]+$", ""));
  }

  static String capitalize(String s) {
    if (s.isEmpty()) {
      return s;
    }
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  private static final class Occ {
    final Set<String> sources = new HashSet<>();
    final Map<String, Integer> surfaces = new HashMap<>();
    int count;
    int words;
    boolean proper;
    Set<String> stems = Set.of();
    final Set<String> names = new HashSet<>();
  }
}
