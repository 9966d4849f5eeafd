package io.dossier.group;

import io.dossier.text.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * Finds the reasons that several sources name with the same words ("sphere of influence",
 * "buffer zone", "military infrastructure"): noun phrases whose content words appear together
 * in the relevant sentences of at least two sources, that are not just the question's own
 * words or a name, and that are specific (they occur in a minority of the sentences, so
 * "Russia" or "NATO expansion" in a pile about NATO does not qualify). Each chosen phrase
 * seeds a point with every sentence that holds its words; phrases whose sentences mostly
 * repeat a stronger phrase's are dropped. Deterministic; not thread-safe across calls that
 * share an instance (make one per brief).
 */
final class SeedPhrases {
  private static final double MAX_SHARE = 0.25;
  private static final double OVERLAP = 0.5;

  /** A seed: the phrase as written, and the indexes of the sentences that hold its words. */
  record Seed(String label, Set<Integer> members, int sources) {
  }

  private final Set<String> questionStems;

  SeedPhrases(Set<String> questionStems) {
    this.questionStems = questionStems;
  }

  /** {@code texts.get(i)} is sentence i, {@code docs.get(i)} its document id. */
  List<Seed> find(List<String> texts, List<String> docs, int maxSeeds) {
    int n = texts.size();
    if (n < 4) {
      return List.of();
    }
    List<List<String>> sentenceStems = new ArrayList<>();
    for (String t : texts) {
      sentenceStems.add(Words.contentStems(t));
    }
    PorterStemmer stemmer = new PorterStemmer();
    Map<String, Map<String, Integer>> surfaces = new LinkedHashMap<>();
    Map<String, Boolean> proper = new HashMap<>();
    for (String t : texts) {
      for (Phrases.Phrase p : Phrases.of(t)) {
        List<String> key = new ArrayList<>();
        for (String w : p.words()) {
          String lw = Words.normalize(w);
          if (!Words.isStop(lw) && !lw.equals("'s") && !Words.isNumber(lw)) {
            key.add(Words.stem(stemmer, lw));
          }
        }
        if (key.size() < 2 || key.size() > 4) {
          continue;
        }
        String k = String.join(" ", new TreeSet<>(key));
        surfaces.computeIfAbsent(k, x -> new HashMap<>()).merge(p.surface(), 1, Integer::sum);
        proper.merge(k, p.proper(), Boolean::logicalAnd);
      }
    }
    List<Seed> scored = new ArrayList<>();
    Map<Seed, Double> score = new HashMap<>();
    for (Map.Entry<String, Map<String, Integer>> e : surfaces.entrySet()) {
      Set<String> stems = new HashSet<>(List.of(e.getKey().split(" ")));
      if (questionStems.containsAll(stems) || proper.get(e.getKey()) || namesRole(stems)) {
        continue;
      }
      Set<Integer> members = new TreeSet<>();
      Set<String> srcs = new HashSet<>();
      for (int i = 0; i < n; i++) {
        if (near(sentenceStems.get(i), stems)) {
          members.add(i);
          srcs.add(docs.get(i));
        }
      }
      if (srcs.size() < 2 || members.size() > Math.max(2, MAX_SHARE * n)) {
        continue;
      }
      long fresh = stems.stream().filter(s -> !questionStems.contains(s)).count();
      double specificity = Math.log(1.0 + n / (double) members.size());
      double words = stems.size() == 1 ? 0.6 : 1.0;
      Seed seed = new Seed(Labeler.capitalize(best(e.getValue())), members, srcs.size());
      scored.add(seed);
      score.put(seed, srcs.size() * specificity * words * Math.sqrt(fresh / (double) stems.size()));
    }
    scored.sort((a, b) -> {
      int c = Double.compare(score.get(b), score.get(a));
      return c != 0 ? c : a.label().compareTo(b.label());
    });
    List<Seed> out = new ArrayList<>();
    for (Seed s : scored) {
      if (out.size() >= maxSeeds) {
        break;
      }
      boolean repeats = false;
      for (Seed o : out) {
        Set<Integer> common = new HashSet<>(s.members());
        common.retainAll(o.members());
        if (common.size() >= OVERLAP * s.members().size()) {
          repeats = true;
          break;
        }
      }
      if (!repeats) {
        out.add(s);
      }
    }
    return out;
  }

  /** Words for people's roles: "the Russian president" says who, never why. */
  private static final Set<String> ROLES = Set.of("presid", "minist", "secretari", "chancellor",
      "leader", "offici", "spokesman", "spokeswoman", "spokesperson", "mayor", "governor", "chief",
      "head", "director", "deputi", "counterpart", "king", "princ", "envoi", "ambassador");

  private static boolean namesRole(Set<String> stems) {
    for (String s : stems) {
      if (ROLES.contains(s)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when all the phrase's stems occur in the sentence close together (within a window
   * two words wider than the phrase), as a phrase and its light variants do ("sphere of
   * influence", "influence sphere"), and unlike words that merely share a sentence.
   */
  static boolean near(List<String> sentence, Set<String> stems) {
    int width = stems.size() + 2;
    for (int i = 0; i < sentence.size(); i++) {
      if (!stems.contains(sentence.get(i))) {
        continue;
      }
      Set<String> seen = new HashSet<>();
      for (int j = i; j < sentence.size() && j < i + width; j++) {
        if (stems.contains(sentence.get(j))) {
          seen.add(sentence.get(j));
        }
      }
      if (seen.size() == stems.size()) {
        return true;
      }
    }
    return false;
  }

  private static String best(Map<String, Integer> surfaces) {
    String best = null;
    int n = -1;
    for (Map.Entry<String, Integer> e : surfaces.entrySet()) {
      if (e.getValue() > n || (e.getValue() == n && e.getKey().length() < best.length())) {
        best = e.getKey();
        n = e.getValue();
      }
    }
    return best;
  }
}
