package io.dossier.group;

import io.dossier.text.Words;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stage 2b of point finding: which side a claim is on. For a question "why does X oppose Y"
 * (or "not want", "fear", "reject" ...), the key points are X's reasons; what Y's side says,
 * wants or seeks is the other side. That is read from the claim's syntax, not from its words
 * alone: the holder is the claim's subject (the noun phrase before its first finite verb, past
 * a leading adverbial), and the claim is the other side when that subject is Y's side (it
 * names a party of Y and not X, or Y's supporters) and its verb states a wish, a support or a
 * statement ("Ukraine has long sought membership", "NATO insists its door is open"). So
 * "Russia supported separatists" stays on X's side: its subject is X. Answering back (a
 * denial, a right asserted, "critics say") also marks the other side unless X itself says it.
 *
 * <p>For questions of another shape the answering-back marks alone decide. Immutable and
 * thread-safe.
 */
final class Sides {
  /** The wh-question's auxiliary, after which its subject comes. */
  private static final Set<String> AUX = Set.of("does", "do", "did", "is", "are", "was", "were", "has",
      "have", "had", "would", "will", "can", "could", "should", "might");
  private static final Set<String> NEGATION = Set.of("not", "n't", "never");
  /** Verbs that, negated, make a question about opposition ("not want", "not accept"). */
  private static final Set<String> WANT = Set.of("want", "like", "accept", "support", "allow", "let", "welcome",
      "favor", "favour", "agree", "approve", "tolerate", "trust");
  /** Verbs that make a question about opposition as they stand. */
  private static final Set<String> OPPOSE = Set.of("oppose", "fear", "reject", "resist", "object", "dislike",
      "hate", "distrust", "fight", "block", "veto", "refuse", "mistrust", "resent", "condemn");
  /**
   * Stems of verbs by which a party states its wish, support or view; as the claim's main verb
   * with Y's side as subject, the claim is Y's case.
   */
  private static final Set<String> CASE_VERBS = Set.of("want", "seek", "sought", "support", "back", "favour",
      "favor", "push", "aspir", "appli", "call", "welcom", "insist", "argu", "sai", "said", "hope", "promis",
      "pledg", "ask", "urg", "demand", "vow", "maintain", "stress", "reiter", "emphas", "assur", "declar",
      "state", "stat", "respond", "reject", "deni", "dismiss", "counter", "wish", "aim", "plan",
      "intend", "expect", "believ", "claim", "tell", "told", "note", "add", "warn", "say", "apply");
  /** Stems of nouns that name a wish or its course ("bid", "aspirations", "path to membership"). */
  private static final Set<String> WISH_NOUNS = Set.of("interest", "desir", "bid", "aspir", "hope", "push",
      "ambit", "wish", "quest", "drive", "applic", "path", "rout", "road", "prospect", "goal", "dream");
  /**
   * Stems that present something as good for someone: a claim that Y's course brings Y these
   * ("membership would shield Ukraine", "important for Ukraine's security") is Y's case.
   */
  private static final Set<String> BENEFIT = Set.of("secur", "stabil", "protect", "shield", "guarante", "ensur",
      "safeguard", "sovereign", "prosper", "import", "crucial", "vital", "essenti", "benefit", "strength",
      "deter", "defend", "defenc", "defens");
  /** Stems that present something as harm or threat: a claim that names them is not a benefit claim. */
  private static final Set<String> HARM = Set.of("threat", "undermin", "provok", "provoc", "danger", "erod",
      "risk", "hostil", "encircl", "aggress", "humili", "destabil", "escal", "war", "attack", "menac", "fear");
  /** What a benefit protects from is no harm the claim names: "shield Ukraine from attack". */
  private static final java.util.regex.Pattern PROTECTED_FROM =
      java.util.regex.Pattern.compile("\\b(from|against)\\b[^,;.]*");
  /** Words naming a side's supporters whatever the side. */
  private static final Set<String> SUPPORTERS = Set.of("support", "propon", "advoc", "backer", "champion", "ally", "alli");
  /** Letters an inflection adds at most ("-ing", "-ed", "-es"). */
  private static final int MAX_INFLECTION = 3;
  /** Stem prefixes shorter than this match too much ("us", "eu" are whole stems, compared exactly). */
  private static final int MIN_PREFIX = 4;

  private final Set<String> holder;
  private final Set<String> object;
  private final boolean opposition;

  private Sides(Set<String> holder, Set<String> object, boolean opposition) {
    this.holder = holder;
    this.object = object;
    this.opposition = opposition;
  }

  /** Reads the holder (X), the object (Y) and whether it asks about opposition from the question. */
  static Sides of(String question) {
    Phrases.Tagged t = Phrases.tagged(question == null ? "" : question);
    List<String> w = t.words();
    List<String> tags = t.tags();
    int aux = -1;
    for (int i = 0; i < Math.min(w.size(), 4); i++) {
      if (AUX.contains(w.get(i))) {
        aux = i;
        break;
      }
    }
    if (aux < 0) {
      return new Sides(Set.of(), Set.of(), false);
    }
    boolean negated = false;
    int verb = -1;
    StringBuilder holderText = new StringBuilder();
    for (int i = aux + 1; i < w.size(); i++) {
      if (NEGATION.contains(w.get(i))) {
        negated = true;
      } else if (tags.get(i).startsWith("VB") && holderText.length() > 0) {
        verb = i;
        break;
      } else {
        holderText.append(w.get(i)).append(' ');
      }
    }
    if (verb < 0) {
      return new Sides(Set.of(), Set.of(), false);
    }
    String v = w.get(verb);
    boolean opposition = negated ? WANT.contains(v) : OPPOSE.contains(v);
    StringBuilder objectText = new StringBuilder();
    for (int i = verb + 1; i < w.size(); i++) {
      objectText.append(w.get(i)).append(' ');
    }
    Set<String> h = parties(holderText.toString());
    Set<String> o = new HashSet<>(parties(objectText.toString()));
    o.removeAll(h);
    return new Sides(Set.copyOf(h), Set.copyOf(o), opposition && !h.isEmpty() && !o.isEmpty());
  }

  /** True when the question asks why a holder opposes something (so the sides can be told apart). */
  boolean opposition() {
    return opposition;
  }

  /**
   * True when the text names the holder (or the question is not about a holder): a key point
   * that answers "why does X oppose Y" says something of X ("Moscow fears ...", "reducing
   * Russia's leverage"); one that does not is about Y ("membership is important for Ukraine's
   * security"), however close in meaning.
   */
  boolean namesHolder(String text) {
    return !opposition || matches(parties(text), holder);
  }

  /** True when the claim states the other side's case. */
  boolean otherSide(String claim) {
    boolean answersBack = Cues.counter(claim) >= 1.0;
    if (!opposition) {
      return answersBack;
    }
    Phrases.Tagged t = Phrases.tagged(speakerPart(claim));
    List<String> w = t.words();
    List<String> tags = t.tags();
    int start = subjectStart(w, tags);
    int verb = -1;
    for (int i = start; i < w.size(); i++) {
      String tag = tags.get(i);
      if (tag.equals("VBZ") || tag.equals("VBD") || tag.equals("VBP") || tag.equals("MD")) {
        verb = i;
        break;
      }
    }
    if (verb <= start) {
      return answersBack;
    }
    Set<String> subject = parties(String.join(" ", w.subList(start, verb)));
    if (matches(subject, holder)) {
      return false; // X's own words and deeds are X's side, whatever they say
    }
    boolean ySide = matches(subject, object) || matches(subject, SUPPORTERS);
    if (ySide && caseVerb(w, verb)) {
      return true;
    }
    if (matches(subject, WISH_NOUNS) && matches(subject, object)) {
      return true; // "Kyiv's interest in joining NATO has grown": Y's wish is the subject, whoever holds it
    }
    if (embeddedCase(w, tags, verb)) {
      return true; // "..., a move that Kyiv believes will ensure its security"
    }
    String predicate = String.join(" ", w.subList(verb, w.size()));
    if (benefitToObject(subject, parties(predicate), parties(PROTECTED_FROM.matcher(predicate).replaceAll(" ")))) {
      return true; // "NATO membership is viewed as a guarantee that will shield Ukraine"
    }
    return answersBack;
  }

  /**
   * The claim presents Y's course as good for Y's side: Y's side is named, a benefit is named,
   * and neither the holder nor any harm is ("NATO membership represents a crucial step toward
   * stability"; but "NATO expansion is seen as a threat to Russia's security" is X's reason).
   */
  private boolean benefitToObject(Set<String> subject, Set<String> predicate, Set<String> harmsIn) {
    if (matches(predicate, holder) || matches(subject, HARM) || matches(harmsIn, HARM)) {
      return false;
    }
    return (matches(subject, object) || matches(predicate, object)) && matches(predicate, BENEFIT);
  }

  /**
   * A later clause in which Y's side states its case: a finite verb of {@link #CASE_VERBS}
   * right after a noun of Y's side ("a move that Kyiv believes ...", "which Ukraine's leaders
   * say ...").
   */
  private boolean embeddedCase(List<String> w, List<String> tags, int mainVerb) {
    for (int i = mainVerb + 1; i < w.size(); i++) {
      String tag = tags.get(i);
      boolean finite = tag.equals("VBZ") || tag.equals("VBD") || tag.equals("VBP");
      if (!finite || !isCaseVerb(w.get(i))) {
        continue;
      }
      StringBuilder nouns = new StringBuilder();
      for (int k = i - 1; k >= Math.max(0, i - 3) && (tags.get(k).startsWith("NN") || tags.get(k).equals("POS")); k--) {
        nouns.append(w.get(k)).append(' ');
      }
      Set<String> who = parties(nouns.toString());
      if (!who.isEmpty() && !matches(who, holder) && (matches(who, object) || matches(who, SUPPORTERS))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The content stems of a text, with each capital, seat of power or nationality word also
   * standing for its state ("Kyiv" and "Ukrainian" for Ukraine, "the Kremlin" for Russia), from
   * the actor stage's gazetteer.
   */
  static Set<String> parties(String text) {
    Set<String> out = new HashSet<>(Words.contentStemSet(text));
    for (String word : Words.lower(text)) {
      String state = io.dossier.actors.Gazetteer.state(word);
      if (state == null) {
        state = io.dossier.actors.Gazetteer.demonym(word);
      }
      if (state != null) {
        out.addAll(Words.contentStemSet(state));
      }
    }
    return out;
  }

  /**
   * A claim that opens inside a quotation is its speaker's: what follows the closing quote mark
   * ("..., \u201D Putin said") holds the subject; the quoted words' own subject ("we") is not
   * the holder.
   */
  static String speakerPart(String claim) {
    String s = claim.stripLeading();
    if (s.isEmpty() || (s.charAt(0) != '"' && s.charAt(0) != '\u201C')) {
      return claim;
    }
    int close = Math.max(s.lastIndexOf('\u201D'), s.lastIndexOf('"'));
    return close > 0 && close + 1 < s.length() ? s.substring(close + 1) : claim;
  }

  /** Past a leading adverbial ("In 2008, ...", "According to X, ..."): the subject follows its comma. */
  private static int subjectStart(List<String> w, List<String> tags) {
    if (w.isEmpty()) {
      return 0;
    }
    String first = tags.get(0);
    boolean adverbial = first.equals("IN") || first.equals("RB") || first.equals("VBG") || first.equals("TO")
        || first.equals("WRB") || first.equals("CD");
    if (adverbial) {
      for (int i = 1; i < Math.min(w.size(), 20); i++) {
        if (w.get(i).equals(",")) {
          return i + 1;
        }
      }
    }
    return 0;
  }

  /** The finite verb or the next words of its chain ("has long sought", "wants to join") state a case. */
  private static boolean caseVerb(List<String> w, int verb) {
    for (int i = verb; i < w.size() && i < verb + 4; i++) {
      if (isCaseVerb(w.get(i))) {
        return true;
      }
    }
    return false;
  }

  /** The word is one of {@link #CASE_VERBS} with an inflection of at most three letters ("argues", "backed"). */
  static boolean isCaseVerb(String word) {
    for (String v : CASE_VERBS) {
      if (word.startsWith(v) && word.length() - v.length() <= MAX_INFLECTION) {
        return true;
      }
    }
    return false;
  }

  /** Some stem of {@code a} is, or begins, some stem of {@code b} ("ukrain" and "ukrainian"). */
  static boolean matches(Set<String> a, Set<String> b) {
    for (String x : a) {
      for (String y : b) {
        if (x.equals(y) || (x.length() >= MIN_PREFIX && y.length() >= MIN_PREFIX
            && (x.startsWith(y) || y.startsWith(x)))) {
          return true;
        }
      }
    }
    return false;
  }
}
