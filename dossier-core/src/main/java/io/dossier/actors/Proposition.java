package io.dossier.actors;

import io.dossier.text.Words;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * The proposition a question asks about, read with a few general patterns: "Why does Russia
 * not want Ukraine to join NATO?" is the proposition "Ukraine join NATO", with Russia as the
 * question's own subject against it. {@code terms} are the stems that a sentence must share
 * with the proposition to speak about it (with the usual news synonyms of its verb).
 */
public record Proposition(String subject, int subjectPolarity, Set<String> terms, Set<String> entities) {
  private static final Pattern WANT = Pattern.compile(
      "(?i)^\\s*(?:why|how|when)\\s+(?:does|do|did|is|are|was|were|would|will|has|have)\\s+(?:the\\s+)?"
          + "([\\p{L}][\\p{L}.\\- ]*?)\\s+(not\\s+|n't\\s+|never\\s+)?"
          + "(want|oppose|support|fear|back|object to|resist|reject|favou?r|seek|allow|block|prevent|welcome)s?\\b(.*)");
  private static final Set<String> NEGATIVE_VERBS = Set.of("oppose", "fear", "object to", "resist", "reject",
      "block", "prevent");
  private static final Set<String> QUESTION_WORDS = Set.of("why", "how", "what", "when", "who", "which",
      "doe", "does", "do", "did", "want", "not", "should", "would", "could", "is", "are", "can", "will");
  /** News synonyms of the verbs a proposition is usually about. */
  private static final Map<String, List<String>> SYNONYMS = Map.of(
      "join", List.of("member", "membership", "accession", "admit", "admission", "enlargement", "expansion",
          "bid", "integration", "integrate", "aspiration", "join", "joining"),
      "ban", List.of("ban", "prohibit", "outlaw", "restrict"),
      "leave", List.of("leave", "exit", "withdraw", "withdrawal", "quit"),
      "invade", List.of("invade", "invasion", "attack", "offensive"),
      "build", List.of("build", "construction", "construct"));

  /** The proposition of {@code question}; an empty one when the question is blank. */
  public static Proposition of(String question) {
    if (question == null || question.isBlank()) {
      return new Proposition(null, 0, Set.of(), Set.of());
    }
    String subject = null;
    int polarity = 0;
    String rest = question;
    Matcher m = WANT.matcher(question);
    if (m.find()) {
      subject = m.group(1).trim();
      boolean negated = m.group(2) != null;
      boolean negativeVerb = NEGATIVE_VERBS.contains(m.group(3).toLowerCase(Locale.ROOT));
      polarity = negated ^ negativeVerb ? -1 : 1;
      rest = m.group(4);
    }
    PorterStemmer stemmer = new PorterStemmer();
    Set<String> terms = new LinkedHashSet<>();
    Set<String> entities = new LinkedHashSet<>();
    for (String w : Words.lower(rest)) {
      if (Words.isStop(w) || QUESTION_WORDS.contains(w)) {
        continue;
      }
      terms.add(Words.stem(stemmer, w));
      List<String> syn = SYNONYMS.get(w.replaceAll("(ing|s|ed)$", ""));
      if (syn != null) {
        for (String s : syn) {
          terms.add(Words.stem(stemmer, s));
        }
      }
    }
    // capitalised words of the proposition are its entities ("Ukraine", "NATO")
    for (String w : rest.split("[^\\p{L}\\p{N}'’-]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        entities.add(Words.stem(stemmer, Words.normalize(w)));
      }
    }
    return new Proposition(subject, polarity, Set.copyOf(terms), Set.copyOf(entities));
  }

  /** True when the sentence's stems speak about the proposition: an entity and another term. */
  public boolean about(Set<String> stems) {
    if (terms.isEmpty()) {
      return false;
    }
    int hits = 0;
    boolean entity = entities.isEmpty();
    for (String t : terms) {
      if (stems.contains(t)) {
        hits++;
        if (entities.contains(t)) {
          entity = true;
        }
      }
    }
    return entity && hits >= 2;
  }
}
