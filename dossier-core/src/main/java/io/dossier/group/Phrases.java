package io.dossier.group;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.chunker.ChunkerME;
import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Noun phrases of a sentence, from OpenNLP's English maximum-entropy POS tagger and chunker
 * (the 1.5 models shipped on Maven Central). A phrase is a noun chunk, optionally extended by
 * one prepositional attachment ("threat to Russia's security", "sphere of influence").
 * Leading determiners and possessive pronouns are dropped.
 *
 * <p>The models load once per JVM (about 8 MB, under a second). OpenNLP's taggers are not
 * thread-safe, so each thread gets its own.
 */
final class Phrases {
  /** Loads the models now (call from a background thread to overlap the load with other work). */
  static void warmUp() {
    TAGGERS.get();
  }

  private static final Set<String> LEADING_DROP = Set.of(
      "the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "that", "those",
      "such", "any", "some", "each", "every", "all", "both", "another", "other", "which", "what",
      "whose", "my", "your", "no", "one", "more", "most", "many", "much", "several", "further");
  private static final Set<String> LINKS = Set.of("of", "to", "for", "on", "over", "about", "with", "in", "against");

  private static final Models MODELS = new Models();
  private static final ThreadLocal<Taggers> TAGGERS = ThreadLocal.withInitial(
      () -> new Taggers(new POSTaggerME(MODELS.pos(), opennlp.tools.postag.POSTagFormat.PENN), new ChunkerME(MODELS.chunker())));

  private record Taggers(POSTaggerME pos, ChunkerME chunker) {
  }

  /** A phrase found in a sentence: its surface text and lower-case word list. */
  record Phrase(String surface, List<String> words, boolean hasNoun, boolean proper) {
  }

  private Phrases() {
  }

  /**
   * Quirk: a stored corpus is briefed again and again, and tagging its sentences was a third
   * of a brief's time; each sentence's phrases are kept (a pure function of the sentence).
   */
  private static final io.dossier.text.Memo<String, List<Phrase>> MEMO =
      new io.dossier.text.Memo<>(200_000, s -> List.copyOf(tag(s)));

  static List<Phrase> of(String sentence) {
    return MEMO.get(sentence);
  }

  /** A sentence's tokens (lower case) and their Penn Treebank tags. */
  record Tagged(List<String> words, List<String> tags) {
  }

  /** Tags a sentence (not memoised: for the few sentences whose syntax a stage reads). */
  static Tagged tagged(String sentence) {
    List<Token> tokens = tokenize(sentence);
    String[] toks = new String[tokens.size()];
    List<String> words = new ArrayList<>();
    for (int i = 0; i < toks.length; i++) {
      toks[i] = tokens.get(i).text;
      words.add(toks[i].toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    }
    String[] tags = toks.length == 0 ? new String[0] : TAGGERS.get().pos().tag(toks);
    return new Tagged(List.copyOf(words), List.of(tags));
  }

  private static List<Phrase> tag(String sentence) {
    List<Token> tokens = tokenize(sentence);
    if (tokens.isEmpty()) {
      return List.of();
    }
    String[] toks = new String[tokens.size()];
    for (int i = 0; i < toks.length; i++) {
      toks[i] = tokens.get(i).text;
    }
    Taggers t = TAGGERS.get();
    String[] tags = t.pos().tag(toks);
    String[] chunks = t.chunker().chunk(toks, tags);
    List<int[]> nps = new ArrayList<>();
    for (int i = 0; i < chunks.length; i++) {
      if (chunks[i].equals("B-NP") || (chunks[i].equals("I-NP") && (i == 0 || !chunks[i - 1].endsWith("NP")))) {
        int j = i + 1;
        while (j < chunks.length && chunks[j].equals("I-NP")) {
          j++;
        }
        nps.add(new int[] {i, j});
        i = j - 1;
      }
    }
    // "NATO" + "'s military infrastructure" are one phrase: join a chunk that opens with a
    // possessive to the chunk before it.
    for (int k = nps.size() - 1; k > 0; k--) {
      int[] np = nps.get(k);
      if (tags[np[0]].equals("POS") && nps.get(k - 1)[1] == np[0]) {
        nps.set(k - 1, new int[] {nps.get(k - 1)[0], np[1]});
        nps.remove(k);
      }
    }
    List<Phrase> out = new ArrayList<>();
    for (int k = 0; k < nps.size(); k++) {
      int[] np = nps.get(k);
      addPhrase(out, sentence, tokens, tags, np[0], np[1]);
      if (k + 1 < nps.size() && nps.get(k + 1)[0] == np[1] + 1 && LINKS.contains(toks[np[1]].toLowerCase(Locale.ROOT))) {
        addPhrase(out, sentence, tokens, tags, np[0], nps.get(k + 1)[1]);
      }
    }
    return out;
  }

  private static void addPhrase(List<Phrase> out, String sentence, List<Token> tokens, String[] tags, int from, int to) {
    while (from < to && (LEADING_DROP.contains(tokens.get(from).text.toLowerCase(Locale.ROOT))
        || tags[from].equals("DT") || tags[from].equals("PRP$") || tags[from].equals("CD")
        || tags[from].equals("RB") || tags[from].equals("POS"))) {
      from++;
    }
    while (to > from && (tags[to - 1].equals("POS") || !Character.isLetterOrDigit(tokens.get(to - 1).text.charAt(0)))) {
      to--;
    }
    if (to <= from || to - from > 7 || tags[from].equals("IN") || tags[from].equals("TO")) {
      return; // "of the primary reasons" is the tail of a phrase, not a phrase
    }
    boolean noun = false;
    boolean proper = true;
    List<String> words = new ArrayList<>();
    for (int i = from; i < to; i++) {
      noun |= tags[i].startsWith("NN");
      // names joined by function words are still names: "NATO and Russia", "Gulf of Mexico"
      proper &= tags[i].startsWith("NNP") || tags[i].equals("POS") || tags[i].equals("CC")
          || tags[i].equals("IN") || tags[i].equals("DT");
      words.add(tokens.get(i).text.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    }
    if (!tags[to - 1].startsWith("NN")) {
      return; // a noun phrase ends in its head noun
    }
    String surface = sentence.substring(tokens.get(from).start, tokens.get(to - 1).end);
    out.add(new Phrase(surface, words, noun, proper));
    // "Russia's sphere of influence" also names "sphere of influence", which other sources
    // use with another possessor or none.
    for (int i = from + 1; i < to - 1; i++) {
      if (tags[i].equals("POS")) {
        addPhrase(out, sentence, tokens, tags, i + 1, to);
        break;
      }
    }
  }

  private record Token(String text, int start, int end) {
  }

  /** Penn-Treebank-like tokens: words, possessive 's apart, punctuation one by one. */
  static List<Token> tokenize(String s) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (Character.isLetterOrDigit(c)) {
        int st = i;
        while (i < n && (Character.isLetterOrDigit(s.charAt(i))
            || ((s.charAt(i) == '-' || s.charAt(i) == '.') && i + 1 < n && Character.isLetterOrDigit(s.charAt(i + 1))
                && !(s.charAt(i) == '.' && Character.isLowerCase(s.charAt(i + 1)))))) {
          i++;
        }
        if (i + 1 < n && (s.charAt(i) == '\'' || s.charAt(i) == '\u2019') && (s.charAt(i + 1) == 's' || s.charAt(i + 1) == 'S')
            && (i + 2 >= n || !Character.isLetter(s.charAt(i + 2)))) {
          out.add(new Token(s.substring(st, i), st, i));
          out.add(new Token("'s", i, i + 2));
          i += 2;
        } else {
          out.add(new Token(s.substring(st, i), st, i));
        }
      } else {
        String t = switch (c) {
          case '\u201C', '\u201D' -> "\"";
          case '\u2018', '\u2019' -> "'";
          case '\u2014', '\u2013' -> "--";
          default -> String.valueOf(c);
        };
        out.add(new Token(t, i, i + 1));
        i++;
      }
    }
    return out;
  }

  /**
   * Loads the tagger and chunker models from the classpath once. Why the OpenNLP 1.5 Penn
   * Treebank tagger and not the newer Universal Dependencies one (opennlp-models-pos-en 1.3.0,
   * en-ud-ewt): the UD model names universal tags, and mapped to Penn tags for the chunker it
   * gives 16 of them where the chunker and the label rules read 38 (no VBD/VBZ, NNS, POS,
   * WDT, ...); on the seeds' 5,170 tokens the two agree on 64% ("fears" NN, "'s" a full stop).
   */
  private static final class Models {
    private volatile ChunkerModel chunker;

    POSModel pos() {
      return io.dossier.text.PennTagger.model(); // one tagger model for the whole JVM
    }

    synchronized ChunkerModel chunker() {
      if (chunker == null) {
        chunker = load("/en-chunker.bin", ChunkerModel::new);
      }
      return chunker;
    }

    private interface Loader<T> {
      T load(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, Loader<T> loader) {
      try (InputStream in = Phrases.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException(resource + " is missing from the classpath (opennlp models jar)");
        }
        return loader.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load " + resource, e);
      }
    }
  }
}
