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
 * headings are the strong hints: the candidates are each page's title and headings that most
 * sources share (at least {@link #SHARED} of the other documents' text holds half of the
 * candidate's content words: a caption, a credit, a player message or "MUST WATCH" is in no
 * other article's text), and the one most like the others (mean cosine) wins, with a
 * preference for candidates phrased as a question. Title Case is brought to sentence case
 * using how the articles themselves write each word. When no title or heading is shared, the
 * question is a neutral one about the name most sources use ("What happened with Geraldine
 * Alcorn?"), else about the content's main phrase.
 */
public final class QuestionInferrer {
  /** A candidate must be borne out by this share of the other documents: "most sources". */
  static final double SHARED = 0.5;
  /** The share of a candidate's content stems a document's text must hold to bear it out. */
  static final double HOLDS = 0.5;
  /** An all-capital word this short may be an acronym inside a name ("HQ Trivia"); longer ones shout. */
  private static final int MAX_ACRONYM = 4;
  /** Names longer than this are a headline run, not a name. */
  private static final int MAX_NAME_WORDS = 3;

  /**
   * Marks of embeds, credits and captions, not of headlines: a handle or a link ("@name",
   * "pic.twitter.com"), brackets or parentheses ("(Photo: ...)", "[ edit ]"), a bar or an
   * arrow between page parts.
   */
  private static final java.util.regex.Pattern EMBED_MARKS =
      java.util.regex.Pattern.compile("[@\\[\\]()|\u25ba\u25b6]|\\w\\.(com|org|net|co)\\b|https?:");
  /** A body sentence in the first person is someone speaking, not the pile's question. */
  private static final java.util.regex.Pattern FIRST_PERSON = java.util.regex.Pattern.compile("\\b(I|me|my|I'm|I\u2019m)\\b");
  /**
   * A question in the body about "he" or "they" leans on what came before ("Will he own the
   * drops too?"): it is not the pile's question until it says who.
   */
  private static final java.util.regex.Pattern THIRD_PERSON =
      java.util.regex.Pattern.compile("\\b(he|she|they|him|her|them|his|their)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
  /**
   * A heading of fewer content words than this is a label, a sign-off or a section name
   * ("With gratitude, Jenni"): too thin for a share of its words to show that others bear it out.
   */
  static final int MIN_CONTENT_WORDS = 3;
  /**
   * A title or heading whose first two words open this many lines of the pile is a template
   * ("Image copyright ..."); a headline's opening seldom starts three paragraphs.
   */
  static final int TEMPLATE_OPENINGS = 3;

  private final Embedder embedder;

  public QuestionInferrer(Embedder embedder) {
    this.embedder = embedder;
  }

  public String infer(List<Passages> docs) {
    List<String> cands = new ArrayList<>();
    Map<String, Integer> openings = openings(docs);
    for (Passages d : docs) {
      if (d.page().title() != null && !furniture(d.page().title(), openings)) {
        cands.add(d.page().title()); // a text dump's title is its first line: a caption as often as not
      }
      for (Sentence s : d.sentences()) {
        String t = d.text(s);
        boolean earlyQuestion = t.endsWith("?") && s.index() < 3 && Cues.standsAlone(t) && !FIRST_PERSON.matcher(t).find()
            && !THIRD_PERSON.matcher(t).find();
        if ((s.heading() || earlyQuestion) && Words.count(t) >= 3 && !cands.contains(t) && !furniture(t, openings)) {
          cands.add(t);
        }
      }
    }
    cands.removeIf(c -> Words.count(c) > 25 || !headlineForm(c) || Words.contentStemSet(c).size() < MIN_CONTENT_WORDS);
    List<java.util.Set<String>> bodies = bodies(docs);
    cands.removeIf(c -> support(c, docs, bodies) < SHARED);
    if (cands.isEmpty()) {
      String name = sharedName(docs);
      return name != null ? "What happened with " + name + "?" : fromContent(docs);
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
      q = "What do the sources say about " + lowerFirst(q.replaceAll("[.!:;,\\s]+$", ""), usage(docs)) + "?";
    }
    return q;
  }

  /**
   * How many lines of the pile's texts each two-word opening starts (lower case): a caption
   * template ("Image copyright AFP Image caption ...") opens a line per picture.
   */
  private static Map<String, Integer> openings(List<Passages> docs) {
    Map<String, Integer> out = new HashMap<>();
    for (Passages d : docs) {
      for (String line : d.page().text().split("\n")) {
        String o = opening(line);
        if (o != null) {
          out.merge(o, 1, Integer::sum);
        }
      }
    }
    return out;
  }

  /**
   * The first two words when both are content words: a template is a label ("Image
   * copyright", "Story highlights"); an opening of function words ("Why does") is how
   * questions and sentences start, however often.
   */
  private static String opening(String text) {
    String[] w = text.strip().toLowerCase(Locale.ROOT).split("\\s+", 3);
    if (w.length < 2 || Words.isStop(w[0]) || Words.isStop(w[1])) {
      return null;
    }
    return w[0] + " " + w[1];
  }

  /** A reported-speech verb in the past tense: body prose, since headlines report in the present ("says"). */
  private static final java.util.regex.Pattern PAST_SPEECH = java.util.regex.Pattern.compile("\\b(said|told)\\b",
      java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * A headline opens with a capital, a digit or a quotation mark before one; a line that opens
   * in lower case is the tail of a sentence or a sign-off ("with gratitude, Jenni"). A line that
   * reports speech in the past tense is a sentence of the story (a highlight bullet glued to
   * its label), not its headline.
   */
  static boolean headlineForm(String text) {
    String t = text.strip();
    int i = 0;
    while (i < t.length() && "\"'\u2018\u201C".indexOf(t.charAt(i)) >= 0) {
      i++;
    }
    if (i >= t.length()) {
      return false;
    }
    char c = t.charAt(i);
    return (Character.isUpperCase(c) || Character.isDigit(c)) && !PAST_SPEECH.matcher(t).find();
  }

  /** Page furniture by its form: embed or credit marks, or a template opening many lines. */
  static boolean furniture(String text, Map<String, Integer> openings) {
    String o = opening(text);
    return EMBED_MARKS.matcher(text).find() || (o != null && openings.getOrDefault(o, 0) >= TEMPLATE_OPENINGS);
  }

  /** The content stems of each document's text, headings left out. */
  private static List<java.util.Set<String>> bodies(List<Passages> docs) {
    List<java.util.Set<String>> out = new ArrayList<>();
    for (Passages d : docs) {
      java.util.Set<String> stems = new java.util.HashSet<>();
      for (Sentence s : d.sentences()) {
        if (!s.heading()) {
          stems.addAll(Words.contentStemSet(d.text(s)));
        }
      }
      out.add(stems);
    }
    return out;
  }

  /**
   * The share of the other documents whose text holds at least {@link #HOLDS} of the
   * candidate's content stems (of its own text, for a pile of one).
   */
  private static double support(String candidate, List<Passages> docs, List<java.util.Set<String>> bodies) {
    java.util.Set<String> c = Words.contentStemSet(candidate);
    if (c.isEmpty()) {
      return 0;
    }
    int others = 0;
    int holding = 0;
    for (int i = 0; i < docs.size(); i++) {
      boolean own = docs.get(i).page().title() != null && docs.get(i).page().title().equals(candidate)
          || docs.get(i).page().text().contains(candidate);
      if (own && docs.size() > 1) {
        continue;
      }
      others++;
      int held = 0;
      for (String w : c) {
        held += bodies.get(i).contains(w) ? 1 : 0;
      }
      holding += held >= HOLDS * c.size() ? 1 : 0;
    }
    return others == 0 ? 0 : holding / (double) others;
  }

  /**
   * The name (a run of capitalised words inside sentences, at most {@link #MAX_NAME_WORDS})
   * that the most documents use, at least two or half of them; a longer name wins a tie, as
   * "Geraldine Alcorn" says more than "Pittsburgh". Null when none is shared.
   */
  static String sharedName(List<Passages> docs) {
    Map<String, java.util.Set<Integer>> docsOf = new java.util.TreeMap<>();
    Map<String, String> shown = new HashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      Passages d = docs.get(i);
      String text = d.page().text();
      for (Sentence s : d.sentences()) {
        if (s.heading()) {
          continue;
        }
        List<String> run = new ArrayList<>();
        int[] runSpan = new int[2];
        boolean first = true;
        for (var span : Words.spans(text, s.start(), s.end())) {
          String w = span.of(text);
          int end = span.end();
          // a possessive closes the name it ends ("David O. Selznick's employees")
          boolean possessive = w.length() > 2 && (w.endsWith("'s") || w.endsWith("\u2019s"));
          if (possessive) {
            w = w.substring(0, w.length() - 2);
            end -= 2;
          }
          boolean allCaps = w.equals(w.toUpperCase(Locale.ROOT));
          // a middle initial ("David O. Selznick") is part of the name it stands in
          boolean initial = !run.isEmpty() && w.length() == 1 && Character.isUpperCase(w.charAt(0))
              && end < text.length() && text.charAt(end) == '.';
          boolean capital = !first && Character.isUpperCase(w.charAt(0)) && (!allCaps || w.length() <= MAX_ACRONYM)
              && (initial || !Words.isStop(w.toLowerCase(Locale.ROOT))) && !io.dossier.time.DateReader.isCalendarWord(w);
          if (capital && run.size() < MAX_NAME_WORDS) {
            if (run.isEmpty()) {
              runSpan[0] = span.start();
            }
            run.add(w);
            runSpan[1] = end;
          } else {
            addName(run, text.substring(runSpan[0], Math.max(runSpan[0], runSpan[1])), i, docsOf, shown);
            run.clear();
            if (capital) {
              run.add(w);
              runSpan[0] = span.start();
              runSpan[1] = end;
            }
          }
          if (possessive && !run.isEmpty()) {
            addName(run, text.substring(runSpan[0], runSpan[1]), i, docsOf, shown);
            run.clear();
          }
          first = false;
        }
        addName(run, text.substring(runSpan[0], Math.max(runSpan[0], runSpan[1])), i, docsOf, shown);
      }
    }
    int need = Math.max(2, (int) Math.ceil(docs.size() * SHARED));
    String best = null;
    int bestDocs = 0;
    int bestWords = 0;
    for (Map.Entry<String, java.util.Set<Integer>> e : docsOf.entrySet()) {
      int n = e.getValue().size();
      int words = e.getKey().split(" ").length;
      if (n >= need && (n > bestDocs || (n == bestDocs && words > bestWords))) {
        best = shown.get(e.getKey());
        bestDocs = n;
        bestWords = words;
      }
    }
    if (best != null && bestWords == 1) {
      // a lone word most sources use inside a longer shared name ("David" of "David Selznick")
      // stands for that name: the longer one says who
      String lone = best.toLowerCase(Locale.ROOT);
      String longer = null;
      int longerDocs = 0;
      for (Map.Entry<String, java.util.Set<Integer>> e : docsOf.entrySet()) {
        List<String> words = List.of(e.getKey().split(" "));
        int n = e.getValue().size();
        if (words.size() > 1 && words.contains(lone) && n >= need && n > longerDocs) {
          longer = shown.get(e.getKey());
          longerDocs = n;
        }
      }
      if (longer != null) {
        return longer;
      }
    }
    return best;
  }

  /** Records a name run: keyed by its lower-cased words, shown as the text wrote it ("David O. Selznick"). */
  private static void addName(List<String> run, String written, int doc, Map<String, java.util.Set<Integer>> docsOf,
      Map<String, String> shown) {
    if (run.isEmpty() || run.stream().allMatch(w -> w.equals(w.toUpperCase(Locale.ROOT))) && run.size() > 1) {
      return; // "MUST WATCH": shouting, not a name ("HQ Trivia", "NATO" are)
    }
    String name = written.isBlank() ? String.join(" ", run) : written.replaceAll("\\s+", " ");
    String key = String.join(" ", run).toLowerCase(Locale.ROOT);
    docsOf.computeIfAbsent(key, k -> new java.util.TreeSet<>()).add(doc);
    shown.putIfAbsent(key, name);
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
    return "What do the sources say about " + lowerFirst(label, usage(docs)) + "?";
  }

  /** The first word lowered unless the articles write it with a capital inside sentences ("Syria"). */
  private static String lowerFirst(String s, Map<String, int[]> usage) {
    if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))) {
      String first = s.split("[^\\p{L}'\u2019-]", 2)[0].toLowerCase(Locale.ROOT);
      int[] u = usage.get(first);
      if (Words.isStop(first) || (u != null && u[0] >= u[1])) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
      }
    }
    return s;
  }

  /** Per lower-cased word, how often the articles write it in lower case [0] and capitalised [1] inside sentences. */
  private static Map<String, int[]> usage(List<Passages> docs) {
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
    return usage;
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
    Map<String, int[]> usage = usage(docs);
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
