package io.dossier.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dossier.actors.CueWords;
import io.dossier.actors.DocumentMentions;
import io.dossier.actors.Entity;
import io.dossier.actors.Mention;
import io.dossier.actors.Token;
import io.dossier.model.Quote;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses each quote's speaker among the people and bodies named near it, with a logistic
 * model over the candidates (a mention-ranking attribution model in the manner of O'Keefe et
 * al. 2012 and Muzny et al. 2017, trained on labelled news quotes: {@code dossier
 * train-speakers}). The rules' pick is one of the model's features, so the model learns where
 * to trust them and where a nearer subject, the previous speaker or a person instead of a lone
 * capitalised word is the better answer.
 *
 * <p>Needs: a document's {@link DocumentMentions} (quotations masked) and its quotes as the
 * rules attributed them. Gives: the same quotes, each with the best-scoring candidate as its
 * speaker (the rules' speaker when no candidate is near). Stateless and thread-safe.
 */
public final class SpeakerRanker {
  /** Feature names, in the model's order. */
  public static final List<String> FEATURES = List.of("rule", "rule_explicit", "rule_none", "same_paragraph",
      "paragraph_distance", "char_distance", "inside_quote", "cue_subject", "person", "body", "role",
      "unknown", "previous_speaker", "doc_mentions", "doc_speaker", "only_pronoun", "right_after",
      "before_in_paragraph", "rule_by_pronoun", "rule_by_name", "person_recency", "gender_match",
      "gender_mismatch", "window_mentions");
  /** Paragraphs before the quote's own that hold candidates: a speaker named further back is rare. */
  static final int WINDOW_PARAGRAPHS = 3;
  /** ", he said" and ", said X" start this close after the quote's end (characters). */
  private static final int RIGHT_AFTER_CHARS = 40;

  /** A logistic model over {@link #FEATURES}: standardisation, weights, bias. */
  public record Model(double[] mean, double[] sd, double[] weights, double bias) {
    public Model {
      if (mean.length != FEATURES.size() || sd.length != FEATURES.size() || weights.length != FEATURES.size()) {
        throw new IllegalArgumentException("speaker model has " + weights.length + " weights for "
            + FEATURES.size() + " features");
      }
    }

    public double score(double[] x) {
      double z = bias;
      for (int j = 0; j < x.length; j++) {
        z += weights[j] * (x[j] - mean[j]) / sd[j];
      }
      return z;
    }
  }

  /** One candidate speaker of a quote: its name and features. */
  public record Candidate(String name, double[] features) {
  }

  /** A quote as the rules attributed it, and its candidates. */
  public record Choice(Quote quote, List<Candidate> candidates) {
  }

  /** The model shipped in the jar ({@code speakers.json}), or null when it is absent. */
  static final Model SHIPPED = load("/io/dossier/quotes/speakers.json");

  private SpeakerRanker() {
  }

  /** Each quote with its best candidate as speaker. */
  static List<Quote> rerank(Model model, DocumentMentions dm, List<Quote> quotes) {
    List<Quote> out = new ArrayList<>(quotes.size());
    for (Choice c : candidates(dm, quotes)) {
      Quote q = c.quote();
      Candidate best = null;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (Candidate k : c.candidates()) {
        double s = model.score(k.features());
        if (s > bestScore) {
          bestScore = s;
          best = k;
        }
      }
      out.add(best == null || best.name().equals(q.speaker()) ? q
          : new Quote(best.name(), q.text(), q.doc(), q.start(), q.end(), q.cue(), q.kind()));
    }
    return out;
  }

  /** The candidates of every quote of one document, in the quotes' order. */
  public static List<Choice> candidates(DocumentMentions dm, List<Quote> quotes) {
    List<DocumentMentions.Paragraph> paras = dm.paragraphs();
    Map<String, Integer> docMentions = new HashMap<>();
    for (DocumentMentions.Paragraph p : paras) {
      for (Mention m : p.mentions()) {
        String n = name(dm, m);
        if (n != null) {
          docMentions.merge(n, 1, Integer::sum);
        }
      }
    }
    Map<String, Integer> docSpeakers = new HashMap<>();
    for (Quote q : quotes) {
      if (q.speaker() != null) {
        docSpeakers.merge(q.speaker(), 1, Integer::sum);
      }
    }
    List<Choice> out = new ArrayList<>();
    String previous = null;
    for (Quote q : quotes) {
      int pi = paragraphOf(paras, q.start());
      Map<String, double[]> byName = new LinkedHashMap<>();
      Map<String, Mention.Kind> kinds = new HashMap<>();
      for (int j = Math.max(0, pi - WINDOW_PARAGRAPHS); j <= pi && j >= 0; j++) {
        DocumentMentions.Paragraph p = paras.get(j);
        for (Mention m : p.mentions()) {
          String n = name(dm, m);
          if (n == null) {
            continue;
          }
          double[] x = byName.computeIfAbsent(n, k -> initial());
          Entity e = dm.entity(m);
          if (m.kind() != Mention.Kind.PRONOUN) {
            kinds.putIfAbsent(n, e.kind());
            x[15] = 0; // named at least once, not only through a pronoun
          }
          boolean inside = m.start() >= q.start() && m.end() <= q.end();
          int dist = m.end() <= q.start() ? q.start() - m.end() : m.start() >= q.end() ? m.start() - q.end() : 0;
          if (!inside) {
            x[3] = Math.max(x[3], j == pi ? 1 : 0);
            x[4] = Math.min(x[4], pi - j);
            x[5] = Math.min(x[5], Math.log1p(dist / 10.0));
            x[6] = 0;
          }
          if (cueSubject(p.tokens(), m)) {
            x[7] = 1;
          }
          if (j == pi && m.start() >= q.end() && m.start() - q.end() <= RIGHT_AFTER_CHARS) {
            x[16] = 1;
          }
          if (j == pi && m.end() <= q.start()) {
            x[17] = 1;
          }
        }
      }
      // the attribution is a pronoun next to the quote ("”, he said", "She said ..."): its gender
      char pronounGender = 0;
      if (pi >= 0) {
        for (Mention m : paras.get(pi).mentions()) {
          boolean near = (m.start() >= q.end() && m.start() - q.end() <= RIGHT_AFTER_CHARS)
              || (m.end() <= q.start() && q.start() - m.end() <= RIGHT_AFTER_CHARS);
          if (near && m.kind() == Mention.Kind.PRONOUN && (m.name().equals("he") || m.name().equals("she"))) {
            pronounGender = m.name().equals("he") ? 'm' : 'f';
          }
        }
      }
      Map<String, Integer> nearestBefore = new HashMap<>();
      Map<String, Integer> windowCount = new HashMap<>();
      Map<String, Character> genders = new HashMap<>();
      for (int j = Math.max(0, pi - WINDOW_PARAGRAPHS); j <= pi && j >= 0; j++) {
        for (Mention m : paras.get(j).mentions()) {
          String n = name(dm, m);
          if (n == null) {
            continue;
          }
          windowCount.merge(n, 1, Integer::sum);
          Entity e = dm.entity(m);
          if (e.gender() != '?') {
            genders.putIfAbsent(n, e.gender());
          }
          if (m.end() <= q.start() && m.kind() != Mention.Kind.PRONOUN) {
            nearestBefore.merge(n, q.start() - m.end(), Math::min);
          }
        }
      }
      List<String> persons = new ArrayList<>();
      for (String n : nearestBefore.keySet()) {
        if (kinds.get(n) == Mention.Kind.PERSON) {
          persons.add(n);
        }
      }
      persons.sort(java.util.Comparator.comparingInt(nearestBefore::get));
      if (q.speaker() != null && !byName.containsKey(q.speaker())) {
        byName.put(q.speaker(), initial()); // a speaker the rules read off a common-noun phrase
      }
      List<Candidate> cands = new ArrayList<>();
      for (Map.Entry<String, double[]> en : byName.entrySet()) {
        String n = en.getKey();
        double[] x = en.getValue();
        boolean rule = n.equals(q.speaker());
        x[0] = rule ? 1 : 0;
        x[1] = rule && q.cue() != null ? 1 : 0;
        x[2] = q.speaker() == null ? 1 : 0;
        Mention.Kind kind = kinds.getOrDefault(n, Mention.Kind.ROLE);
        x[8] = kind == Mention.Kind.PERSON ? 1 : 0;
        x[9] = kind == Mention.Kind.ORG || kind == Mention.Kind.STATE ? 1 : 0;
        x[10] = kind == Mention.Kind.ROLE ? 1 : 0;
        x[11] = kind == Mention.Kind.UNKNOWN ? 1 : 0;
        x[12] = n.equals(previous) ? 1 : 0;
        x[13] = Math.log1p(docMentions.getOrDefault(n, 0));
        x[14] = Math.log1p(docSpeakers.getOrDefault(n, 0));
        x[18] = rule && pronounGender != 0 ? 1 : 0;
        x[19] = rule && pronounGender == 0 && q.cue() != null ? 1 : 0;
        int rank = persons.indexOf(n);
        x[20] = rank < 0 ? 0 : 1.0 / (rank + 1);
        Character g = genders.get(n);
        x[21] = pronounGender != 0 && g != null && g == pronounGender ? 1 : 0;
        x[22] = pronounGender != 0 && g != null && g != pronounGender ? 1 : 0;
        x[23] = Math.log1p(windowCount.getOrDefault(n, 0));
        cands.add(new Candidate(n, x));
      }
      out.add(new Choice(q, List.copyOf(cands)));
      if (q.speaker() != null) {
        previous = q.speaker();
      }
    }
    return out;
  }

  private static double[] initial() {
    double[] x = new double[FEATURES.size()];
    x[4] = WINDOW_PARAGRAPHS + 1; // no mention outside the quote yet: as far as can be
    x[5] = Math.log1p(100_000 / 10.0);
    x[6] = 1;
    x[15] = 1;
    return x;
  }

  /** The mention is the subject of a verb of saying: "X said", "X, a ..., said", ", said X". */
  private static boolean cueSubject(List<Token> t, Mention m) {
    int after = m.tokenEnd();
    if (after < t.size() && t.get(after).isWord() && CueWords.isCue(t.get(after).lower())
        && !CueWords.isGerund(t.get(after).lower())) {
      return true;
    }
    int before = m.tokenStart() - 1;
    return before >= 0 && t.get(before).isWord() && CueWords.isCue(t.get(before).lower())
        && !CueWords.isGerund(t.get(before).lower());
  }

  private static String name(DocumentMentions dm, Mention m) {
    return m.agentLike() ? QuoteFinder.name(dm, m) : null;
  }

  private static int paragraphOf(List<DocumentMentions.Paragraph> paras, int offset) {
    int found = -1;
    for (int i = 0; i < paras.size(); i++) {
      if (paras.get(i).start() <= offset) {
        found = i;
      }
    }
    return found;
  }

  /** Reads a model written by the trainer: {@code mean}, {@code sd}, {@code weights}, {@code bias}. */
  public static Model read(JsonNode n) {
    return new Model(array(n.get("mean")), array(n.get("sd")), array(n.get("weights")), n.get("bias").asDouble());
  }

  private static double[] array(JsonNode a) {
    double[] out = new double[a.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = a.get(i).asDouble();
    }
    return out;
  }

  private static Model load(String resource) {
    try (InputStream in = SpeakerRanker.class.getResourceAsStream(resource)) {
      if (in == null) {
        return null; // not trained yet: the rules alone attribute
      }
      return read(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
