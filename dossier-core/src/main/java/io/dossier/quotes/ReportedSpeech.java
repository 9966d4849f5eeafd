package io.dossier.quotes;

import io.dossier.actors.CueWords;
import io.dossier.actors.DocumentMentions;
import io.dossier.actors.Lex;
import io.dossier.actors.Mention;
import io.dossier.actors.MentionFinder;
import io.dossier.actors.Token;
import io.dossier.text.PennTagger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reported speech in one paragraph: the clause a verb of saying reports, and who says it.
 *
 * <p>The clause-level patterns of the Gender Gap Tracker's syntactic quote extractor (Asr et
 * al. 2021, PLoS ONE 16(1): e0245533), read from tokens and mentions instead of a dependency
 * parse:
 * <ul>
 *   <li>{@code X said (that) CLAUSE}, {@code X told Y (that) CLAUSE}: the subject of the verb
 *       speaks; the words after the verb (and its object, and "that") are the quote;
 *   <li>{@code CLAUSE, X said.} / {@code CLAUSE, said X.} / {@code CLAUSE, X says, CLAUSE2}: the
 *       clause before the comma (and the one after, when the sentence goes on);
 *   <li>{@code According to X, CLAUSE} / {@code CLAUSE, according to X(, CLAUSE2)};
 *   <li>{@code ..., saying (that) CLAUSE}: the subject of the sentence speaks.
 * </ul>
 * Words between quotation marks are masked tokens here; a clause that is nothing but one of
 * them is a direct quote, found by {@link QuoteFinder}, and is not reported again.
 *
 * <p>Stateless and thread-safe.
 */
final class ReportedSpeech {
  /**
   * One reported clause: its {@code [start, end)} in the page's text, the speaker, the cue, and
   * the mention that named the speaker (null for a common-noun phrase).
   */
  record Found(int start, int end, String speaker, String cue, Mention by) {
    Found {
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("bad reported span " + start + "-" + end);
      }
    }
  }

  /**
   * Verbs that take a reported clause, bare or after "that" ("said it was", "argued that").
   * Verbs of the quote cue list that take a noun ("called it", "described", "denied the
   * report", "welcomed") or a preposition ("spoke about") are left out: their object is not
   * speech.
   */
  private static final Set<String> CLAUSAL = Lex.set("say", "tell", "write", "add", "argue", "note",
      "claim", "state", "suggest", "report", "acknowledge", "admit", "concede", "allege", "warn",
      "explain", "insist", "announce", "confirm", "predict", "maintain", "assert", "stress",
      "emphasize", "emphasise", "agree", "complain", "conclude", "testify", "recall", "reveal",
      "tweet", "reply", "reiterate", "hint", "caution", "observe", "remark",
      "declare", "promise", "vow", "boast", "counter", "respond", "advise", "recount", "concur",
      "mention");
  /** Verbs whose first object is the hearer, not the words: "told the jury he ...". */
  private static final Set<String> TELL = Lex.set("tell", "warn", "advise", "caution", "promise",
      "remind", "assure", "inform");
  /** A verb right after one of these is passive or an adjective: "is said to", "the said". */
  private static final Set<String> NOT_ACTIVE = Lex.set("is", "was", "were", "are", "be", "been",
      "being", "the", "a", "an", "it's", "to");
  /** Words that open a phrase, not a clause: "said in a statement", "spoke about", "called for". */
  private static final Set<String> PHRASE_OPENERS = Lex.set("in", "at", "by", "with", "to", "of",
      "for", "from", "on", "into", "about", "against", "during", "through", "via", "after",
      "before", "over", "under", "as", "so", "goodbye", "hello", "thanks", "yes", "no", "sorry",
      "out", "up", "off", "nothing", "something", "anything", "everything", "much", "little",
      "more", "less", "otherwise", "hi", "this", "these", "those", "why", "how", "what", "when",
      "where", "whether", "if", "and", "or", "but", "then", "again", "too", "also", "only", "-",
      "\u2014", "\u2013");
  /** ", he said, a former minister": words after an attribution that describe the speaker. */
  private static final Set<String> APPOSITIVE_OPENERS = Lex.set("a", "an", "the", "who", "whose",
      "which", "one", "both", "himself", "herself", "themselves");
  /** Fewer words than this after the verb are an adverbial ("said Tuesday"), not a clause. */
  private static final int MIN_WORDS = 3;
  /** "that" this many tokens after the verb still opens its clause ("told reporters on Monday that"). */
  private static final int THAT_REACH = 8;
  /** A relative pronoun this close after the object's start makes the verb its own ("a program that seems"). */
  private static final int RELATIVE_REACH = 5;
  /** Words that open a dependent clause, not a second reported one: ", he said, though ...". */
  private static final Set<String> SUBORDINATORS = Lex.set("though", "although", "while", "as",
      "when", "before", "after", "despite", "because", "since", "until", "if", "unless", "whereas");
  /** Tags of the words of a noun phrase: determiners, adjectives, nouns, numbers, possessives. */
  private static final Set<String> NP_TAGS = Set.of("DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP",
      "NNPS", "CD", "POS", "PRP$", "HYPH");
  /** Tags that open a new noun phrase, the clause's subject, after an adverbial's noun. */
  private static final Set<String> CLAUSE_STARTS = Set.of("PRP", "DT", "EX");
  /** A noun phrase longer than this is not a subject or hearer the patterns trust. */
  private static final int NP_MAX_WORDS = 7;
  /** An appositive between the subject and its verb spans at most this many tokens. */
  private static final int APPOSITIVE_MAX_TOKENS = 30;
  /** Time words right after the verb: "said Sunday ...". */
  private static final Set<String> TIME_WORDS = Lex.set("monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "yesterday", "today", "tonight", "earlier", "recently", "later");
  /** Prepositions of an adverbial between the verb and its clause ("said in July it ..."). */
  private static final Set<String> ADVERBIAL_PREPOSITIONS = Lex.set("in", "on", "at", "by", "during",
      "to", "via", "over", "through", "after");
  /** Tokens that join a second clause to the first: "X says A but Y says B". */
  private static final Set<String> CLAUSE_JOINTS = Lex.set("but", "and", "while", "whereas", ",", ";",
      "\u2014", "\u2013");
  /**
   * Tokens tagged before the first verb of saying: the subject and its appositive ("Nadia Jamil,
   * principal researcher at Dixon Hall, said") and a noun phrase before the verb fit in it.
   */
  private static final int TAG_BEFORE = 16;
  /** A clause that is this share masked quotation is the direct quote itself. */
  private static final double MOSTLY_QUOTED = 0.6;

  private ReportedSpeech() {
  }

  /** The reported clauses of {@code para} in text order. */
  static List<Found> find(DocumentMentions dm, DocumentMentions.Paragraph para) {
    List<Token> t = para.tokens();
    List<Found> out = new ArrayList<>();
    int s = 0;
    for (int k = 0; k <= t.size(); k++) {
      if (k == t.size() || QuoteFinder.isSentenceEnd(t, k)) {
        if (k > s) {
          sentence(dm, para, s, k, out);
        }
        s = k + 1;
      }
    }
    return out;
  }

  private static void sentence(DocumentMentions dm, DocumentMentions.Paragraph para, int s, int e,
      List<Found> out) {
    List<Token> t = para.tokens();
    String[] tags = null;
    for (int k = s; k < e; k++) {
      Token tok = t.get(k);
      if (tok.is("according") && k + 1 < e && t.get(k + 1).is("to")) {
        if (accordingTo(dm, para, s, e, k, out)) {
          return;
        }
        continue;
      }
      if (!tok.isWord()) {
        continue;
      }
      String w = tok.lower();
      String stem = CueWords.stem(w);
      if (stem == null || !CLAUSAL.contains(stem)) {
        continue;
      }
      if (k > s && NOT_ACTIVE.contains(t.get(k - 1).lower())) {
        continue;
      }
      if (!worthTagging(t, s, e, k)) {
        continue; // "“...,” she said.": a direct quote's attribution, nothing reported
      }
      if (tags == null) {
        // only sentences with a verb of saying that can report a clause are tagged, from a
        // little before the verb: tagging is most of this stage's time
        tags = tags(t, s, Math.max(s, k - TAG_BEFORE), e);
      }
      if (!tags[k - s].startsWith("VB")) {
        continue; // "the United States", "Baltic states": a noun
      }
      if (CueWords.isGerund(w)) {
        if (gerund(dm, para, s, e, k, out)) {
          return;
        }
        continue;
      }
      if (postposed(dm, para, s, e, k, out)) {
        return;
      }
      // "X says A but Y says B": A ends where the second attribution's clause begins
      int next = nextAttribution(para, tags, s, e, k);
      if (preposed(dm, para, tags, s, next < 0 ? e : next, k, out) && next < 0) {
        return;
      }
    }
  }

  /**
   * Where a second "SUBJECT verb" after the verb at {@code v} begins its clause (the "but",
   * "and", "while", comma or semicolon before the subject), or -1.
   */
  private static int nextAttribution(DocumentMentions.Paragraph para, String[] tags, int s, int e, int v) {
    List<Token> t = para.tokens();
    for (int k = v + 2; k < e; k++) {
      String w = t.get(k).lower();
      String stem = t.get(k).isWord() ? CueWords.stem(w) : null;
      if (stem == null || !CLAUSAL.contains(stem) || CueWords.isGerund(w) || !tags[k - s].startsWith("VB")) {
        continue;
      }
      int end = subjectEnd(t, k);
      int start = -1;
      for (Mention m : para.mentions()) {
        if (m.tokenEnd() == end && m.tokenStart() > v + 1 && m.agentLike()) {
          start = m.tokenStart();
        }
      }
      if (start < 0) {
        start = nounPhraseBefore(t, tags, s, k);
        if (start <= v + 1) {
          continue;
        }
      }
      Token before = t.get(start - 1);
      if (CLAUSE_JOINTS.contains(before.lower())) {
        return start - 1;
      }
    }
    return -1;
  }

  /** "CLAUSE, X said." / "CLAUSE, said X." / "CLAUSE, X says, CLAUSE2." */
  private static boolean postposed(DocumentMentions dm, DocumentMentions.Paragraph para, int s, int e,
      int v, List<Found> out) {
    List<Token> t = para.tokens();
    int b = v - 1;
    while (b > s && t.get(b).isWord() && QuoteFinder.isAdverbOrAux(t.get(b).lower())) {
      b--;
    }
    Mention m = null;
    int comma;
    int after;
    boolean inverted = b > s && t.get(b).is(",");
    if (inverted) {
      // inverted: ", said X" (a name, or a role: "said the company")
      m = QuoteFinder.firstAgentAfter(para, v + 1, Math.min(e, v + 12), true);
      if (m == null || m.tokenStart() != v + 1) {
        return false;
      }
      comma = b;
      after = m.tokenEnd();
    } else {
      for (Mention x : para.mentions()) {
        if (x.tokenEnd() == b + 1 && x.agentLike() && x.tokenStart() > s && t.get(x.tokenStart() - 1).is(",")) {
          m = x;
        }
      }
      if (m == null) {
        return false;
      }
      comma = m.tokenStart() - 1;
      after = v + 1;
    }
    // what follows the attribution: the end of the sentence, or a comma and more words
    while (after < e && t.get(after).isWord() && QuoteFinder.isAdverbOrAux(t.get(after).lower())) {
      after++;
    }
    if (after < e && ADVERBIAL_PREPOSITIONS.contains(t.get(after).lower()) && !hasComma(t, after, e)) {
      after = e; // ", Foster writes in his book.": a closing adverbial
    }
    if (after < e && !t.get(after).is(",") && !t.get(after).is(";")) {
      return false; // ", he said the next day that": not a plain attribution
    }
    String speaker = QuoteFinder.name(dm, m);
    if (speaker == null) {
      return false;
    }
    String cue = t.get(v).lower();
    boolean any = add(para, s, comma, speaker, cue, m, out);
    // ", said X, the chief economist": what follows an inverted name is its appositive
    if (after < e && !inverted && !APPOSITIVE_OPENERS.contains(t.get(Math.min(after + 1, e - 1)).lower())) {
      int from2 = after + 1;
      if (from2 < e && SUBORDINATORS.contains(t.get(from2).lower())) {
        return any; // ", he said, though he did not name anyone": the writer's aside
      }
      if (from2 < e && t.get(from2).lower().endsWith("ing")) {
        if (!CueWords.isGerund(t.get(from2).lower())) {
          return any; // ", he said, referring to ...": not speech
        }
        from2++; // ", he said, adding that ..."
      }
      if (from2 < e && t.get(from2).is("that")) {
        from2++;
      }
      any |= add(para, from2, e, speaker, cue, m, out);
    }
    return any;
  }

  /** "X said (that) CLAUSE", "X told Y (that) CLAUSE". */
  private static boolean preposed(DocumentMentions dm, DocumentMentions.Paragraph para, String[] tags,
      int s, int e, int v, List<Found> out) {
    List<Token> t = para.tokens();
    Mention m = QuoteFinder.subjectOf(para, s, v);
    if (m != null && !nextToVerb(t, tags, s, m.tokenEnd(), v)) {
      // "Rep. Dana Holt, the chairwoman of the committee that oversees Homeland Security, said":
      // the subject is the first person whose appositive reaches the verb, not the last name
      for (Mention x : para.mentions()) {
        if (x.tokenStart() >= s && x.tokenEnd() < v && x.kind() == Mention.Kind.PERSON
            && MentionFinder.subjectSlot(t, x, s) && nextToVerb(t, tags, s, x.tokenEnd(), v)) {
          m = x;
          break;
        }
      }
    }
    String speaker = null;
    Mention by = null;
    if (m != null && m.agentLike() && !m.text().equalsIgnoreCase("i") && !m.text().equalsIgnoreCase("we")
        && nextToVerb(t, tags, s, m.tokenEnd(), v)) {
      // outside quotation marks, "I think" and "we say" are the writer's
      if (quotedJustBefore(t, s, m.tokenStart())) {
        return false; // "“...,” Scheer told Question Period host Evan Solomon": the quote's attribution
      }
      speaker = QuoteFinder.coordinated(dm, para, m);
      if (speaker == null) {
        speaker = QuoteFinder.name(dm, m);
        by = m;
      }
    } else {
      // no name or known role: a common-noun subject ("the paramedics union says", "refugee
      // advocates say")
      int np = nounPhraseBefore(t, tags, s, v);
      if (np >= 0 && !quotedJustBefore(t, s, np)) {
        speaker = span(t, np, subjectEnd(t, v));
      }
    }
    if (speaker == null) {
      return false;
    }
    int from = v + 1;
    String stem = CueWords.stem(t.get(v).lower());
    if (from < e && TELL.contains(stem)) {
      from = afterObject(para, tags, s, from, e);
    }
    int that = -1;
    for (int k = from; k < e && k < from + THAT_REACH; k++) {
      if (t.get(k).is("that")) {
        if (k + 1 >= e || !finite(tags[k + 1 - s])) {
          that = k; // not "says that is not what nurses see", where "that" is the subject
        }
        break;
      }
      if (t.get(k).is(",") || t.get(k).is(":") || t.get(k).kind() == Token.Kind.QUOTE || finite(tags[k - s])) {
        break; // "said the video is the nicest thing that ...": that "that" is the clause's own
      }
    }
    if (that >= 0) {
      from = that + 1;
    } else {
      from = afterAdverbial(t, tags, s, from, e);
      if (from >= e || PHRASE_OPENERS.contains(t.get(from).lower()) || t.get(from).kind() != Token.Kind.WORD) {
        return false; // "said in a statement", "said: “...”" (a direct quote), "said."
      }
      if (!clause(tags, from - s)) {
        return false; // "announced a series of fiscal measures": a noun phrase, not speech
      }
    }
    return add(para, from, e, speaker, t.get(v).lower(), by, out);
  }

  /** Where the verb's subject ends: before the adverbs and auxiliaries that precede {@code v}. */
  private static int subjectEnd(List<Token> t, int v) {
    int b = v;
    while (b > 0 && t.get(b - 1).isWord() && QuoteFinder.isAdverbOrAux(t.get(b - 1).lower())) {
      b--;
    }
    return b;
  }

  /**
   * The start of a common-noun phrase that ends right before the verb at {@code v} and opens its
   * clause (sentence start, a comma, "but"/"and" before it), or -1. Its last word is a noun.
   */
  private static int nounPhraseBefore(List<Token> t, String[] tags, int s, int v) {
    int end = subjectEnd(t, v);
    if (end <= s || !tags[end - 1 - s].startsWith("NN")) {
      return -1;
    }
    int k = end - 1;
    while (k - 1 >= s && NP_TAGS.contains(tags[k - 1 - s]) && t.get(k - 1).isWord()) {
      k--;
    }
    if (k > s) {
      Token before = t.get(k - 1);
      if (!(before.is(",") || before.is("but") || before.is("and") || before.is(";"))) {
        return -1;
      }
    }
    return end - k > NP_MAX_WORDS ? -1 : k;
  }

  /** A common-noun phrase that fills {@code [from, v)} up to the verb's adverbs ("the editors"), or null. */
  static String nounPhrase(List<Token> t, int from, int v) {
    int end = subjectEnd(t, v);
    if (end <= from || end - from > NP_MAX_WORDS) {
      return null;
    }
    String[] tags = tags(t, from, end);
    if (!tags[end - 1 - from].startsWith("NN")) {
      return null;
    }
    for (int k = from; k < end; k++) {
      if (!t.get(k).isWord() || !NP_TAGS.contains(tags[k - from])) {
        return null;
      }
    }
    return span(t, from, end);
  }

  /** A noun phrase right after an inverted verb, with one "of" ("says one of the players"), or null. */
  static String nounPhraseAfter(List<Token> t, int from, int to) {
    int limit = Math.min(to, from + 2 * NP_MAX_WORDS);
    if (from >= limit) {
      return null;
    }
    String[] tags = tags(t, from, limit);
    int k = from;
    boolean of = false;
    while (k < limit && t.get(k).isWord() && (NP_TAGS.contains(tags[k - from]) || (!of && t.get(k).is("of") && k > from))) {
      of |= t.get(k).is("of");
      k++;
    }
    while (k > from && !tags[k - 1 - from].startsWith("NN")) {
      k--;
    }
    return k > from && !t.get(k - 1).is("of") ? span(t, from, k) : null;
  }

  private static String span(List<Token> t, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (b.length() > 0 && t.get(k).isWord()) {
        b.append(' ');
      }
      b.append(t.get(k).text());
    }
    return b.toString();
  }

  /** After "told": past the hearer ("the jury", "reporters", "him", "CBC News"). */
  private static int afterObject(DocumentMentions.Paragraph para, String[] tags, int s, int from, int e) {
    for (Mention o : para.mentions()) {
      if (o.tokenStart() == from && o.agentLike()) {
        return o.tokenEnd();
      }
    }
    List<Token> t = para.tokens();
    if (tags[from - s].equals("PRP")) {
      return from + 1;
    }
    int k = from;
    while (k < e && NP_TAGS.contains(tags[k - s]) && t.get(k).isWord() && k < from + NP_MAX_WORDS) {
      k++;
    }
    return k > from && tags[k - 1 - s].startsWith("NN") ? k : from;
  }

  /**
   * Past an adverbial between the verb and its clause: "said Sunday a prolonged standoff",
   * "stated in July it opposed", "said by text message the weather had been fine".
   */
  private static int afterAdverbial(List<Token> t, String[] tags, int s, int from, int e) {
    int k = from;
    if (k < e && TIME_WORDS.contains(t.get(k).lower())) {
      k++;
      if (k < e && Lex.set("night", "morning", "afternoon", "evening").contains(t.get(k).lower())) {
        k++;
      }
      return k;
    }
    if (k < e && ADVERBIAL_PREPOSITIONS.contains(t.get(k).lower())) {
      int j = k + 1;
      while (j < e && j <= k + NP_MAX_WORDS && t.get(j).isWord() && NP_TAGS.contains(tags[j - s])) {
        if (j > k + 1 && tags[j - 1 - s].startsWith("NN") && (tags[j - s].equals("DT") || tags[j - s].equals("PRP$"))) {
          break; // a new noun phrase after the adverbial's noun: the clause's subject
        }
        j++; // a personal pronoun ("in July it opposed") is not in NP_TAGS and stops here too
      }
      if (j > k + 1 && j < e && (t.get(j).is(",") || t.get(j).is("that"))) {
        j++;
      }
      return j > k + 1 ? j : from;
    }
    return from;
  }

  /** ", saying (that) CLAUSE": the sentence's subject speaks. */
  private static boolean gerund(DocumentMentions dm, DocumentMentions.Paragraph para, int s, int e,
      int v, List<Found> out) {
    List<Token> t = para.tokens();
    if (v == s || !t.get(v - 1).is(",")) {
      return false;
    }
    int from = v + 1;
    if (from < e && t.get(from).is("that")) {
      from++;
    }
    if (from >= e || PHRASE_OPENERS.contains(t.get(from).lower()) || t.get(from).kind() != Token.Kind.WORD) {
      return false;
    }
    Mention m = QuoteFinder.subjectOf(para, s, v);
    String speaker = QuoteFinder.name(dm, m);
    if (speaker == null) {
      return false;
    }
    return add(para, from, e, speaker, t.get(v).lower(), m, out);
  }

  /** "According to X, CLAUSE." / "CLAUSE, according to X(, CLAUSE2)." */
  private static boolean accordingTo(DocumentMentions dm, DocumentMentions.Paragraph para, int s, int e,
      int k, List<Found> out) {
    List<Token> t = para.tokens();
    Mention m = QuoteFinder.agentAt(para, k + 2, e);
    String speaker = QuoteFinder.name(dm, m);
    if (speaker == null) {
      return false;
    }
    int after = m.tokenEnd();
    while (after < e && !t.get(after).is(",")) {
      after++; // "according to the city's Street Needs Assessment, published in November,"
      if (after < e && t.get(after).kind() == Token.Kind.QUOTE) {
        return false;
      }
    }
    boolean any = false;
    if (k == s || (k == s + 1 && t.get(s).isWord())) {
      // "According to X, CLAUSE": skip a participle phrase after the source up to the last comma
      // before a clause ("According to the city's assessment, published in November, the ...")
      int from = after + 1;
      for (int j = from; j < e && j < from + 6; j++) {
        if (t.get(j).is(",")) {
          String prev = from < t.size() ? t.get(from).lower() : "";
          if (prev.endsWith("ed") || prev.endsWith("en")) {
            from = j + 1;
          }
          break;
        }
      }
      if (from < e && SUBORDINATORS.contains(t.get(from).lower())) {
        return false; // "According to X, although ...": not the source's words
      }
      return add(para, from, e, speaker, "according to", m, out);
    }
    if (t.get(k - 1).is(",")) {
      any = add(para, s, k - 1, speaker, "according to", m, out);
      if (after + 1 < e && !SUBORDINATORS.contains(t.get(after + 1).lower())) {
        any |= add(para, after + 1, e, speaker, "according to", m, out);
      }
    }
    return any;
  }

  /**
   * Penn tags for {@code [s, e)}, tagged from {@code from} on; the tokens before it get an
   * empty tag (no noun, no verb).
   */
  private static String[] tags(List<Token> t, int s, int from, int e) {
    String[] part = tags(t, from, e);
    String[] out = new String[e - s];
    java.util.Arrays.fill(out, 0, from - s, "");
    System.arraycopy(part, 0, out, from - s, part.length);
    return out;
  }

  /**
   * The verb at {@code k} can report a clause: words follow it ("said the", "told reporters"),
   * or a comma does (", he said, adding that ..."), or a clause of its own precedes it
   * ("The wards are full, he says.").
   */
  private static boolean worthTagging(List<Token> t, int s, int e, int k) {
    if (k + 1 < e && (t.get(k + 1).isWord() || t.get(k + 1).is(","))) {
      return true;
    }
    int words = 0;
    for (int j = s; j < k; j++) {
      if (t.get(j).isWord()) {
        words++;
      }
    }
    return words > MIN_WORDS;
  }

  /** Penn tags of the tokens {@code [from, to)}; a masked quotation reads as one proper noun. */
  private static String[] tags(List<Token> t, int from, int to) {
    String[] words = new String[Math.max(0, to - from)];
    for (int k = from; k < to; k++) {
      Token x = t.get(k);
      words[k - from] = x.kind() == Token.Kind.QUOTE ? "Quote" : x.text();
    }
    return PennTagger.tagGreedy(words);
  }

  private static boolean finite(String tag) {
    return tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD");
  }

  /**
   * The words from {@code at} make a clause: a finite verb, and not only inside a relative
   * clause on a leading noun ("revealing a program that seems to lack ...").
   */
  private static boolean clause(String[] tags, int at) {
    int limit = tags.length;
    for (int k = at + 1; k < tags.length && k <= at + RELATIVE_REACH; k++) {
      if (tags[k].equals("WDT") || tags[k].equals("WP") || (tags[k].equals("IN") && tags[k - 1].startsWith("NN"))) {
        limit = k;
        break;
      }
    }
    for (int k = at; k < limit; k++) {
      if (finite(tags[k])) {
        return true;
      }
    }
    return false;
  }

  /** A quotation ends right before the subject: the verb attributes that quote. */
  private static boolean quotedJustBefore(List<Token> t, int s, int subjectStart) {
    for (int k = subjectStart - 1; k >= s && k >= subjectStart - 3; k--) {
      if (t.get(k).kind() == Token.Kind.QUOTE) {
        return true;
      }
      if (t.get(k).isWord()) {
        return false;
      }
    }
    return false;
  }

  private static boolean hasComma(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.get(k).is(",") || t.get(k).is(";")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The subject, ending at {@code k}, must touch the verb: only adverbs, auxiliaries, a short
   * prepositional phrase ("Tim Guest with the Nova Scotia Health Authority says") or an
   * appositive between commas ("Nadia Jamil, principal researcher at Dixon Hall, said") lie between.
   */
  private static boolean nextToVerb(List<Token> t, String[] tags, int s, int k, int v) {
    if (k < v && Lex.set("of", "from", "with", "at", "for").contains(t.get(k).lower())) {
      int j = k + 1;
      while (j < v && j <= k + NP_MAX_WORDS && !t.get(j).is(",") && t.get(j).kind() != Token.Kind.QUOTE
          && !finite(tags[j - s])) {
        j++;
      }
      k = j;
    }
    if (k < v && t.get(k).is(",")) {
      int comma = -1;
      for (int j = k + 1; j < v; j++) {
        if (t.get(j).kind() == Token.Kind.QUOTE || j > k + APPOSITIVE_MAX_TOKENS) {
          return false;
        }
        if (t.get(j).is(",")) {
          comma = j;
        }
      }
      if (comma < 0) {
        return false;
      }
      k = comma + 1;
    }
    for (; k < v; k++) {
      Token x = t.get(k);
      if (x.is("who") || x.is("which")) {
        continue; // "Garnier, who ... told": the relative's own subject
      }
      if (!x.isWord() || !QuoteFinder.isAdverbOrAux(x.lower())) {
        return false;
      }
    }
    return true;
  }

  /** Adds the clause {@code [from, to)} when it is a clause and not a bare direct quote. */
  private static boolean add(DocumentMentions.Paragraph para, int from, int to, String speaker, String cue,
      Mention by, List<Found> out) {
    List<Token> t = para.tokens();
    while (from < to && t.get(from).kind() == Token.Kind.PUNCT) {
      from++;
    }
    while (to > from && t.get(to - 1).kind() == Token.Kind.PUNCT && !t.get(to - 1).is(")")) {
      to--;
    }
    if (to <= from) {
      return false;
    }
    int words = 0;
    int chars = 0;
    int quoted = 0;
    for (int k = from; k < to; k++) {
      Token x = t.get(k);
      if (x.kind() == Token.Kind.QUOTE) {
        quoted += x.end() - x.start();
        words += QuoteFinder.wordCount(x.text(), 0, x.text().length());
      } else if (x.isWord()) {
        words++;
      }
      chars += x.end() - x.start();
    }
    if (words < MIN_WORDS || quoted >= MOSTLY_QUOTED * chars) {
      return false;
    }
    out.add(new Found(t.get(from).start(), t.get(to - 1).end(), speaker, cue, by));
    return true;
  }
}
