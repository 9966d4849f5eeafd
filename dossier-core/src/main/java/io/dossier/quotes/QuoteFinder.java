package io.dossier.quotes;

import io.dossier.actors.CueWords;
import io.dossier.actors.DocumentMentions;
import io.dossier.actors.Entity;
import io.dossier.actors.Mention;
import io.dossier.actors.MentionFinder;
import io.dossier.actors.Lex;
import io.dossier.actors.Token;
import io.dossier.model.Page;
import io.dossier.model.Passages;
import io.dossier.model.Quote;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the direct quotes of one document and their speakers.
 *
 * <p>Needs: a page's {@link Passages} (sentences carry paragraph numbers; only kept text is
 * read). Adds: one {@link Quote} per quotation that is speech, with the speaker resolved to a
 * canonical name across the document ("Mr Putin", "he", "the Russian president" -> "Vladimir
 * Putin") or an organisation ("NATO"), and the cue verb. Short labels in quotation marks
 * with no verb of saying near them (scare quotes, titles) are not quotes and are left out.
 *
 * <p>Attribution, in order: a cue right after the quote ({@code ”, he said} / {@code ”, said
 * X}); "according to X" after it; a cue before it in the same sentence ({@code X said: “} /
 * {@code X, who told Y: “} / {@code ..., saying: “}); for a long quote, the subject of the
 * clause that introduces it ({@code he was categorical: “}); finally the speaker of the
 * previous quote when this one continues it (a split quote, or a paragraph that goes on with
 * the same speech).
 *
 * <p>Stateless and thread-safe; never throws on odd text.
 */
public final class QuoteFinder {
  private static final Set<String> PREPOSITIONS = Lex.set("in", "at", "by", "with", "to", "of",
      "for", "from", "on", "into", "about", "against", "between", "among", "under", "over",
      "toward", "towards", "than", "like", "during", "without", "through", "via", "upon", "within");
  private static final Set<String> TRANSPARENT = Lex.set("the", "a", "an", "his", "her", "its",
      "their", "'s", "’s");
  private static final Set<String> CLAUSE_OPENERS = Lex.set("and", "but", "when", "while", "as",
      "after", "before", "because", "that", "so", "although", "though", "if", "since", "then",
      "where", "once", "until", "who", "which", "yet", "or");
  /** Nouns that head a role phrase but never speak by themselves in a subject slot after the verb. */
  private static final Set<String> NOT_SPEAKER_AFTER_VERB = Lex.set("statement", "report",
      "interview", "letter", "video", "post", "tweet", "filing", "document", "paper");
  private static final int SCARE_MAX_WORDS = 4;

  /**
   * Quirk: a stored corpus is briefed again and again; a document's quotes are a pure function
   * of the document, so they are kept (bounded).
   */
  private static final io.dossier.text.Memo<Passages, List<Quote>> MEMO =
      new io.dossier.text.Memo<>(20_000, d -> List.copyOf(new QuoteFinder().findQuotes(d).quotes()));

  /** Quotes of {@code doc} in text order. */
  public List<Quote> find(Passages doc) {
    return MEMO.get(doc);
  }

  /** A document's quotes and the mentions they were read from. */
  record Attributed(DocumentMentions mentions, List<Quote> quotes) {
  }

  private Attributed findQuotes(Passages doc) {
    Page page = doc.page();
    String text = page.text();
    List<int[]> spans = DocumentMentions.paragraphSpans(doc);
    Map<Integer, List<Quotation>> byParagraph = new HashMap<>();
    boolean open = false;
    for (int[] p : spans) {
      List<Quotation> qs = QuoteMarks.find(text, p[0], p[1], open);
      byParagraph.put(p[0], qs);
      open = !qs.isEmpty() && !qs.get(qs.size() - 1).closed();
    }
    DocumentMentions dm = DocumentMentions.of(doc, p -> {
      List<int[]> masks = new ArrayList<>();
      for (Quotation q : byParagraph.getOrDefault(p[0], List.of())) {
        masks.add(new int[] {q.open(), q.close()});
      }
      return masks;
    });
    List<Quote> out = new ArrayList<>();
    Attribution previous = null;
    Named lastNamed = null;
    int pi = -1;
    for (DocumentMentions.Paragraph para : dm.paragraphs()) {
      pi++;
      List<Quotation> qs = byParagraph.getOrDefault(para.start(), List.of());
      boolean paragraphHasCue = hasCue(para.tokens());
      List<ReportedSpeech.Found> reported = new ArrayList<>();
      for (ReportedSpeech.Found r : ReportedSpeech.find(dm, para)) {
        Attribution ra = preferNamed(dm, new Attribution(r.speaker(), r.cue(), true, r.by()), lastNamed, r.start(), pi);
        lastNamed = named(dm, ra, r.start(), pi, lastNamed);
        reported.add(new ReportedSpeech.Found(r.start(), r.end(), ra.speaker(), r.cue(), r.by()));
      }
      for (ReportedSpeech.Found r : reported) {
        if (page.isKept(r.start(), r.end())) {
          out.add(new Quote(r.speaker(), text.substring(r.start(), r.end()), page.id(), r.start(), r.end(),
              r.cue(), Quote.Kind.INDIRECT));
        }
      }
      for (int qi = 0; qi < qs.size(); qi++) {
        Quotation q = qs.get(qi);
        int qt = quoteToken(para.tokens(), qi);
        if (qt < 0) {
          continue;
        }
        Attribution a = preferNamed(dm, attribute(dm, para, qt), lastNamed, q.open(), pi);
        lastNamed = named(dm, a, q.open(), pi, lastNamed);
        if (a == null) {
          // "Chapman says response times are met. “Commonly, ...”": the reported speech of the
          // sentence just before goes on in the speaker's own words
          ReportedSpeech.Found r = reportedRightBefore(text, reported, q.open());
          if (r != null) {
            a = new Attribution(r.speaker(), r.cue(), true);
          }
        }
        int words = wordCount(text, q.start(), q.end());
        boolean standalone = onlyQuotes(para.tokens());
        if (a == null && previous != null && previous.speaker() != null) {
          boolean sameParagraph = qi > 0;
          if (q.continued() || sameParagraph
              || (standalone && !paragraphHasCue && words > SCARE_MAX_WORDS && !fragment(text, q))) {
            // a split quote ("“A,” he said. “B.”") carries the speaker over
            a = new Attribution(previous.speaker(), null, sameParagraph && sentenceLike(text, q));
          }
        }
        if (labelIntro(para.tokens(), qt)) {
          continue; // "the term “three amigos”", "known as the “Three Amigos”"
        }
        boolean explicit = a != null && a.explicit();
        if (!explicit && isLabel(text, q, words)) {
          continue; // a scare quote or a title: not speech
        }
        if (a == null && words <= SCARE_MAX_WORDS) {
          continue;
        }
        if (!page.isKept(q.start(), q.end())) {
          continue;
        }
        out.add(new Quote(a == null ? null : a.speaker(), text.substring(q.start(), q.end()),
            page.id(), q.start(), q.end(), a == null ? null : a.cue()));
        if (a != null) {
          previous = a;
        }
      }
      if (qs.isEmpty() && !para.tokens().isEmpty()) {
        // speech does not carry over a paragraph without quotes, unless it ends in reported
        // speech: "Chapman says that's not what the union sees." then a paragraph of his words
        ReportedSpeech.Found last = reported.isEmpty() ? null : reported.get(reported.size() - 1);
        previous = last != null && endsParagraph(text, last, para.end())
            ? new Attribution(last.speaker(), last.cue(), true) : null;
      }
    }
    out.sort(java.util.Comparator.comparingInt(Quote::start).thenComparingInt(Quote::end));
    return new Attributed(dm, List.copyOf(out));
  }

  /** The reported clause that ends right before {@code at}, with only marks and space between. */
  private static ReportedSpeech.Found reportedRightBefore(String text, List<ReportedSpeech.Found> reported, int at) {
    ReportedSpeech.Found best = null;
    for (ReportedSpeech.Found r : reported) {
      if (r.end() <= at && onlyMarks(text, r.end(), at)) {
        best = r;
      }
    }
    return best;
  }

  private static boolean endsParagraph(String text, ReportedSpeech.Found r, int paragraphEnd) {
    return onlyMarks(text, r.end(), Math.min(paragraphEnd, text.length()));
  }

  private static boolean onlyMarks(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A speaker, the cue that named it, and whether a verb of saying or "according to" did. */
  record Attribution(String speaker, String cue, boolean explicit, Mention by) {
    Attribution(String speaker, String cue, boolean explicit) {
      this(speaker, cue, explicit, null);
    }
  }

  /** The last speaker a name (not a pronoun) attributed: where, and the gender the document gives them. */
  private record Named(String speaker, char gender, int at, int paragraph) {
  }

  /**
   * A pronoun's speaker is the last named one this many paragraphs back at most (1 to 5 give
   * the same GGT dev figures, but for one quote).
   */
  private static final int NAMED_REACH_PARAGRAPHS = 2;

  /**
   * "Rep. Lucille Roybal Allard, ..., said in an interview that ... “...,” she said": a speaker
   * a pronoun names is the last speaker named in the last paragraphs, when the gender fits and
   * the person the pronoun was resolved to has not been named as a subject since (then they are
   * the new speaker: "Yuni ... was watching television when she heard it. “...,” she said").
   */
  private static Attribution preferNamed(DocumentMentions dm, Attribution a, Named last, int at, int paragraph) {
    if (a == null || a.by() == null || a.by().kind() != Mention.Kind.PRONOUN || last == null
        || a.speaker() == null || a.speaker().equals(last.speaker()) || paragraph - last.paragraph() > NAMED_REACH_PARAGRAPHS) {
      return a;
    }
    char g = a.by().gender();
    if (g == '?' || (last.gender() != '?' && last.gender() != g)) {
      return a;
    }
    for (DocumentMentions.Paragraph p : dm.paragraphs()) {
      if (p.end() < last.at() || p.start() > at) {
        continue;
      }
      for (Mention m : p.mentions()) {
        if (m.start() > last.at() && m.end() <= at && m.kind() != Mention.Kind.PRONOUN
            && a.speaker().equals(name(dm, m))) {
          return a; // named since the last speaker: the pronoun's own antecedent stands
        }
      }
    }
    return new Attribution(last.speaker(), a.cue(), a.explicit(), a.by());
  }

  private static Named named(DocumentMentions dm, Attribution a, int at, int paragraph, Named before) {
    if (a == null || a.by() == null || a.by().kind() == Mention.Kind.PRONOUN || !a.explicit()) {
      return before;
    }
    Entity e = dm.entity(a.by());
    if (e == null || e.kind() != Mention.Kind.PERSON || !e.name().equals(a.speaker())) {
      return before;
    }
    return new Named(a.speaker(), e.gender(), at, paragraph);
  }

  private Attribution attribute(DocumentMentions dm, DocumentMentions.Paragraph para, int qt) {
    List<Token> t = para.tokens();
    int sentStart = sentenceStart(t, qt);
    int afterEnd = afterEnd(t, qt);
    // 1. cue right after the quote: "”, X said" / "”, said X" / "” X, a Y, said"
    int v = -1;
    for (int k = qt + 1; k < afterEnd && k <= qt + 25; k++) {
      if (isCueAt(t, k, qt) && !t.get(k - 1).is("to")) {
        v = k;
        break;
      }
    }
    if (v >= 0) {
      int b = v - 1;
      while (b > qt && t.get(b).isWord() && isAdverbOrAux(t.get(b).lower())) {
        b--;
      }
      Mention m = null;
      if (b > qt && !t.get(b).is(",")) {
        m = lastAgent(para, qt + 1, b + 1);
        if (m != null && m.tokenEnd() != b + 1 && !(para.tokens().get(b).is(",") || t.get(b).is(")"))) {
          m = null; // the mention is not the verb's subject
        }
        if (m == null) {
          m = lastAgent(para, qt + 1, b + 1);
          if (m != null && m.tokenEnd() < b + 1) {
            // "Morrison, Vindman's superior, said": an appositive ends right before the verb
            m = appositiveSubject(para, qt + 1, b);
          }
        }
      }
      if (m == null && b > qt && t.get(b).is(",")) {
        m = appositiveSubject(para, qt + 1, b);
      }
      if (m != null && !startsRightAfter(t, qt, m)) {
        m = null; // "” formula ..., while the police say": another clause's subject
      }
      if (m == null && v + 1 < afterEnd && v - qt <= 2) {
        // inverted: "”, said Phil Levy, the chief economist"
        m = firstAgentAfter(para, v + 1, Math.min(afterEnd, v + 18), true);
      }
      String pair = coordinated(dm, para, m);
      if (pair != null) {
        return new Attribution(pair, t.get(v).lower(), true);
      }
      String name = name(dm, m);
      if (name != null) {
        return new Attribution(name, t.get(v).lower(), true, m);
      }
      // a common-noun speaker no mention names: "” the editors wrote", "”, says one of the players"
      String np = m != null ? null : ReportedSpeech.nounPhrase(t, qt + 1, v);
      if (np == null && m == null && v - qt <= 2) {
        np = ReportedSpeech.nounPhraseAfter(t, v + 1, afterEnd);
      }
      if (np != null) {
        return new Attribution(np, t.get(v).lower(), true);
      }
    }
    // 2. "according to X" after the quote
    for (int k = qt + 1; k + 2 < afterEnd + 1 && k + 1 < t.size(); k++) {
      if (t.get(k).is("according") && t.get(k + 1).is("to")) {
        String name = name(dm, agentAt(para, k + 2, Math.min(t.size(), k + 10)));
        if (name != null) {
          return new Attribution(name, "according to", true);
        }
      }
    }
    // 3. cue before the quote in the same sentence
    int prevQuote = sentStart;
    for (int k = qt - 1; k >= sentStart; k--) {
      if (t.get(k).kind() == Token.Kind.QUOTE) {
        prevQuote = k + 1;
        break;
      }
    }
    for (int k = qt - 1; k >= sentStart; k--) {
      if (k + 1 < qt && t.get(k).is("according") && t.get(k + 1).is("to") && k >= prevQuote) {
        String name = name(dm, agentAt(para, k + 2, qt));
        if (name != null) {
          return new Attribution(name, "according to", true);
        }
      }
      if (isCueAt(t, k, qt) && (k >= prevQuote || sentStart < prevQuote)) {
        Mention m = subjectOf(para, sentStart, k);
        String pair = coordinated(dm, para, m);
        if (pair != null) {
          return new Attribution(pair, t.get(k).lower(), true);
        }
        String name = name(dm, m);
        if (name != null) {
          return new Attribution(name, t.get(k).lower(), true, m);
        }
        break;
      }
    }
    // 3b. the sentence before ends in a verb of saying: "Employees break rules, he said. “But ...”"
    if (sentStart == qt && qt > 0 && isSentenceEnd(t, qt - 1) && !hasQuote(t, sentenceStart(t, qt - 1), qt)) {
      int ps = sentenceStart(t, qt - 1);
      for (int k = qt - 2; k >= ps && k >= qt - 6; k--) {
        if (t.get(k).kind() == Token.Kind.QUOTE) {
          break;
        }
        if (t.get(k).isWord() && CueWords.isStrong(t.get(k).lower())) {
          Mention m = lastAgent(para, Math.max(ps, k - 4), k);
          String name = name(dm, m);
          if (name != null) {
            return new Attribution(name, t.get(k).lower(), true, m);
          }
        }
      }
    }
    // 4. the subject of the clause that introduces a long quote ("he was categorical: “...")
    Mention m = clauseSubject(para, sentStart, qt);
    String name = name(dm, m);
    if (name != null) {
      return new Attribution(name, null, false, m);
    }
    return null;
  }

  /**
   * Quirk: a paragraph that is only a quoted fragment ("“… prevent the evacuation of the
   * civilians”": it opens mid-sentence and ends without a stop) is a claim shown as a
   * subheading, not the previous speaker going on.
   */
  private static boolean fragment(String text, Quotation q) {
    String inner = text.substring(q.start(), q.end()).strip();
    if (inner.isEmpty()) {
      return false;
    }
    char first = inner.charAt(0);
    char last = inner.charAt(inner.length() - 1);
    boolean opensMidSentence = first == '\u2026' || first == '.' || Character.isLowerCase(first);
    boolean ends = last == '.' || last == '!' || last == '?' || last == '\u2026';
    return opensMidSentence && !ends;
  }

  private static boolean isCueAt(List<Token> t, int k, int qt) {
    Token tok = t.get(k);
    if (!tok.isWord()) {
      return false;
    }
    String w = tok.lower();
    if (!CueWords.isCue(w)) {
      return false;
    }
    if (k > 0 && t.get(k - 1).is("the")) {
      return false; // "the said X", "the post"
    }
    if (CueWords.isStrong(w)) {
      return true;
    }
    // weaker verbs ("called", "described", "urged", "believes") introduce words only close to
    // the quote: right after it, or a few words before it in the same clause
    if (qt < 0) {
      return k + 1 < t.size() && (t.get(k + 1).kind() == Token.Kind.QUOTE || t.get(k + 1).is(":"));
    }
    if (k > qt) {
      return k - qt <= 8;
    }
    if (qt - k > 8) {
      return k + 1 < t.size() && (t.get(k + 1).is(":") || t.get(k + 1).is("that"));
    }
    for (int j = k + 1; j < qt; j++) {
      if (t.get(j).is(".") || t.get(j).is(";")) {
        return false;
      }
    }
    return true;
  }

  /** A person named before an appositive that ends at {@code b}: "X, the head of Y, said". */
  static Mention appositiveSubject(DocumentMentions.Paragraph para, int from, int b) {
    List<Token> t = para.tokens();
    if (!t.get(b).is(",")) {
      return null;
    }
    for (Mention m : para.mentions()) {
      if (m.tokenStart() >= from && m.tokenEnd() < b && (m.kind() == Mention.Kind.PERSON
          || m.kind() == Mention.Kind.UNKNOWN || m.kind() == Mention.Kind.ORG)
          && t.get(m.tokenEnd()).is(",")) {
        return m;
      }
    }
    return null;
  }

  private static int sentenceStart(List<Token> t, int qt) {
    for (int k = qt - 1; k >= 0; k--) {
      Token tok = t.get(k);
      if (isSentenceEnd(t, k)) {
        return k + 1;
      }
      if (tok.kind() == Token.Kind.QUOTE && endsSentence(tok.text()) && k + 1 < t.size()
          && t.get(k + 1).capitalized() && k + 1 < qt) {
        return k + 1;
      }
    }
    return 0;
  }

  private static int afterEnd(List<Token> t, int qt) {
    for (int k = qt + 1; k < t.size(); k++) {
      Token tok = t.get(k);
      if (tok.kind() == Token.Kind.QUOTE) {
        return k;
      }
      if (isSentenceEnd(t, k)) {
        return k;
      }
    }
    return t.size();
  }

  /** A full stop that ends a sentence: the next token starts one ("R-Neb., called" does not). */
  static boolean isSentenceEnd(List<Token> t, int k) {
    Token tok = t.get(k);
    if (tok.kind() != Token.Kind.PUNCT || !(tok.is(".") || tok.is("!") || tok.is("?"))) {
      return false;
    }
    if (k + 1 >= t.size()) {
      return true;
    }
    Token n = t.get(k + 1);
    return n.kind() == Token.Kind.QUOTE || n.capitalized() || (n.isWord() && Character.isDigit(n.text().charAt(0)))
        || n.is("(") || n.is("[");
  }

  private static boolean endsSentence(String quoteText) {
    String s = quoteText.strip();
    for (int i = s.length() - 1; i >= 0; i--) {
      char c = s.charAt(i);
      if (c == '.' || c == '!' || c == '?') {
        return true;
      }
      if (Character.isLetterOrDigit(c)) {
        return false;
      }
    }
    return false;
  }

  /** The mention nearest before the verb at {@code v}, within {@code [from, v)}. */
  static Mention lastAgent(DocumentMentions.Paragraph para, int from, int v) {
    Mention best = null;
    for (Mention m : para.mentions()) {
      if (m.tokenStart() >= from && m.tokenEnd() <= v && m.agentLike()) {
        best = m;
      }
    }
    if (best != null && best.kind() != Mention.Kind.PERSON) {
      // appositive: "Jens Stoltenberg, NATO's secretary general, said"
      for (Mention m : para.mentions()) {
        if (m.tokenStart() >= from && m.tokenEnd() < best.tokenStart() && m.kind() == Mention.Kind.PERSON
            && m.tokenEnd() < para.tokens().size() && para.tokens().get(m.tokenEnd()).is(",")) {
          return m;
        }
      }
    }
    return best;
  }

  private static boolean hasQuote(List<Token> t, int from, int to) {
    for (int k = Math.max(0, from); k < to; k++) {
      if (t.get(k).kind() == Token.Kind.QUOTE) {
        return true;
      }
    }
    return false;
  }

  /**
   * "” impeachment, Trump said": the subject begins at most three tokens after the quote, or
   * follows a comma ("” working in prisons, she said"); never across "and", "while", "as".
   */
  private static boolean startsRightAfter(List<Token> t, int qt, Mention m) {
    boolean afterComma = m.tokenStart() > 0 && t.get(m.tokenStart() - 1).is(",");
    if (m.tokenStart() - qt - 1 > 3 && !afterComma) {
      return false;
    }
    int from = qt + 1;
    int to = m.tokenStart();
    if (to - 2 > qt && t.get(to - 1).is("and") && t.get(to - 2).capitalized()) {
      // "” Seth Jones and Philip Wasielewski wrote": coordinated names
      to -= 2;
      while (to > from && t.get(to - 1).capitalized()) {
        to--;
      }
      if (to - qt - 1 > 3 && !(to > 0 && t.get(to - 1).is(","))) {
        return false;
      }
    }
    for (int k = from; k < to; k++) {
      if (t.get(k).is("and") || t.get(k).is("but") || t.get(k).is("while") || t.get(k).is("as")) {
        return false;
      }
    }
    return true;
  }

  /** The mention right after "according to": the first one starting within three tokens. */
  static Mention agentAt(DocumentMentions.Paragraph para, int from, int to) {
    Mention first = null;
    for (Mention m : para.mentions()) {
      if (m.tokenStart() >= from && m.tokenStart() < Math.min(to, from + 4) && m.agentLike()) {
        if (first == null) {
          first = m;
        } else if (first.kind() == Mention.Kind.ROLE && m.kind() == Mention.Kind.PERSON
            && m.tokenStart() == first.tokenEnd()) {
          return m; // "according to diplomatic relations expert James Goldgeier"
        }
      }
    }
    if (first == null) {
      return firstAgentAfter(para, from, to, false);
    }
    if (first.kind() == Mention.Kind.ROLE) {
      for (Mention m : para.mentions()) {
        if (m.tokenStart() >= first.tokenEnd() && m.tokenStart() <= first.tokenEnd() + 1
            && m.kind() == Mention.Kind.PERSON) {
          return m;
        }
      }
    }
    return first;
  }

  /** The speaker named after a verb or "according to": a person first, then a body, then a role. */
  static Mention firstAgentAfter(DocumentMentions.Paragraph para, int from, int to,
      boolean afterVerb) {
    Mention person = null;
    Mention body = null;
    Mention role = null;
    for (Mention m : para.mentions()) {
      if (m.tokenStart() < from || m.tokenStart() >= to || !m.agentLike()) {
        continue;
      }
      switch (m.kind()) {
        case PRONOUN:
          if (afterVerb && m.tokenStart() == from && !m.name().equals("it")) {
            return m;
          }
          break;
        case PERSON:
          if (person == null) {
            person = m;
          }
          break;
        case ROLE:
          if (role == null && !(afterVerb && NOT_SPEAKER_AFTER_VERB.contains(m.name()))) {
            role = m;
          }
          break;
        default:
          if (body == null) {
            body = m;
          }
      }
    }
    if (person != null) {
      return person;
    }
    if (role != null && (body == null || role.tokenStart() < body.tokenStart())) {
      return role;
    }
    return body != null ? body : role;
  }

  /** The subject of the cue verb at {@code v}: "X said", "X, who told", "..., saying". */
  static Mention subjectOf(DocumentMentions.Paragraph para, int sentStart, int v) {
    List<Token> t = para.tokens();
    int k = v - 1;
    while (k >= sentStart && t.get(k).isWord() && isAdverbOrAux(t.get(k).lower())) {
      k--;
    }
    if (k >= sentStart && (t.get(k).is("who") || t.get(k).is("which"))) {
      int c = k - 1;
      if (c >= sentStart && t.get(c).is(",")) {
        c--;
      }
      Mention ante = null;
      for (Mention m : para.mentions()) {
        if (m.tokenEnd() - 1 == c && m.agentLike()) {
          ante = m;
        }
      }
      if (ante != null) {
        return ante;
      }
    }
    boolean gerund = CueWords.isGerund(t.get(v).lower());
    Mention best = null;
    for (Mention m : para.mentions()) {
      if (m.tokenStart() < sentStart || m.tokenEnd() > v || !m.agentLike()) {
        continue;
      }
      if (!subjectSlot(t, m, sentStart)) {
        continue;
      }
      if (gerund && m.kind() == Mention.Kind.ROLE && (m.text().startsWith("a ") || m.text().startsWith("an "))) {
        continue;
      }
      best = m;
    }
    if (best != null && (best.kind() == Mention.Kind.ROLE || best.kind() == Mention.Kind.ORG
        || best.kind() == Mention.Kind.UNKNOWN || best.kind() == Mention.Kind.STATE)) {
      // "Jens Stoltenberg, NATO's secretary general, said", "Mr Biden, the former top
      // Democrat and later chairman of that committee, had believed": the name before the
      // appositive is the subject
      for (Mention m : para.mentions()) {
        if (m.tokenStart() >= sentStart && m.tokenEnd() < best.tokenStart() && m.kind() == Mention.Kind.PERSON
            && t.get(m.tokenEnd()).is(",") && subjectSlot(t, m, sentStart)) {
          return m;
        }
      }
    }
    return best;
  }

  /** The first subject-like mention of the clause before a long quotation. */
  private static Mention clauseSubject(DocumentMentions.Paragraph para, int sentStart, int qt) {
    List<Token> t = para.tokens();
    // only when the words lead into the quote: "...: “", "... that “", "... as “" or a verb
    Mention best = null;
    for (Mention m : para.mentions()) {
      if (m.tokenStart() < sentStart || m.tokenEnd() > qt || !m.agentLike()) {
        continue;
      }
      if (m.kind() == Mention.Kind.ROLE && !m.text().toLowerCase(Locale.ROOT).startsWith("the ")) {
        continue;
      }
      if (subjectSlot(t, m, sentStart)) {
        best = m;
      }
    }
    return best;
  }

  private static boolean subjectSlot(List<Token> t, Mention m, int sentStart) {
    return MentionFinder.subjectSlot(t, m, sentStart);
  }

  static boolean isAdverbOrAux(String w) {
    return (w.endsWith("ly") && w.length() > 3) || Lex.set("also", "then", "later", "once", "again",
        "has", "have", "had", "was", "is", "were", "would", "will", "had", "did", "does", "not",
        "never", "previously", "recently", "now", "still", "just", "even", "further", "often",
        "first", "last", "soon", "already", "yet", "too", "repeatedly", "both", "all", "reportedly",
        "has", "been", "being", "may", "might", "could", "should", "can", "must", "quickly", "once",
        "afterwards", "earlier", "publicly", "privately", "simply").contains(w);
  }

  /** "Seth Jones and Philip Wasielewski wrote": both names, or null when not coordinated. */
  static String coordinated(DocumentMentions dm, DocumentMentions.Paragraph para, Mention m) {
    if (m == null || m.kind() != Mention.Kind.PERSON) {
      return null;
    }
    if (m.tokenEnd() + 1 < para.tokens().size() && para.tokens().get(m.tokenEnd()).is("and")) {
      for (Mention o : para.mentions()) {
        if (o.tokenStart() == m.tokenEnd() + 1 && o.kind() == Mention.Kind.PERSON) {
          String a = name(dm, m);
          String b = name(dm, o);
          return a == null || b == null ? null : a + " and " + b;
        }
      }
    }
    if (m.tokenStart() < 2 || !para.tokens().get(m.tokenStart() - 1).is("and")) {
      return null;
    }
    for (Mention o : para.mentions()) {
      if (o.tokenEnd() == m.tokenStart() - 1 && o.kind() == Mention.Kind.PERSON) {
        String a = name(dm, o);
        String b = name(dm, m);
        return a == null || b == null ? null : a + " and " + b;
      }
    }
    return null;
  }

  static String name(DocumentMentions dm, Mention m) {
    if (m == null) {
      return null;
    }
    Entity e = dm.entity(m);
    if (e == null || e.kind() == Mention.Kind.OTHER) {
      return null;
    }
    return e.name();
  }

  private static int quoteToken(List<Token> t, int qi) {
    for (int k = 0; k < t.size(); k++) {
      if (t.get(k).kind() == Token.Kind.QUOTE && t.get(k).quote() == qi) {
        return k;
      }
    }
    return -1;
  }

  private static boolean hasCue(List<Token> t) {
    for (int k = 0; k < t.size(); k++) {
      if (isCueAt(t, k, -1) || (t.get(k).is("according") && k + 1 < t.size() && t.get(k + 1).is("to"))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> LABEL_WORDS = Lex.set("term", "terms", "word", "words", "phrase",
      "name", "label", "nickname", "nicknamed", "titled", "entitled", "so-called", "dubbed",
      "slogan", "hashtag", "motto", "headline", "tagline", "sayings", "signs", "sign", "banner",
      "banners", "placard", "placards", "posters", "reading");

  private static boolean labelIntro(List<Token> t, int qt) {
    if (qt + 1 < t.size() && qt > 0 && Lex.set("the", "a", "an", "its", "their", "his", "her").contains(t.get(qt - 1).lower())
        && t.get(qt + 1).isWord() && !t.get(qt + 1).capitalized() && !io.dossier.text.Words.isStop(t.get(qt + 1).lower())
        && !CueWords.isCue(t.get(qt + 1).lower()) && !t.get(qt).text().matches("(?s).*[.!?,]\\W*$")) {
      return true; // "the “one country, two systems” formula": a name used as a modifier
    }
    for (int k = qt - 1; k >= 0 && k >= qt - 6; k--) {
      String w = t.get(k).lower();
      if (LABEL_WORDS.contains(w)) {
        return true;
      }
      if (w.equals("as") && k > 0 && t.get(k - 1).is("known")) {
        return true;
      }
      if (!(w.equals("the") || w.equals("a") || w.equals("an") || w.equals("as") || w.equals("such")
          || w.equals(",") || w.equals(":") || w.equals("with") || w.equals("of"))) {
        return false;
      }
    }
    return false;
  }

  private static boolean sentenceLike(String text, Quotation q) {
    char first = text.charAt(q.start());
    char last = text.charAt(q.end() - 1);
    return Character.isUpperCase(first) && (last == '.' || last == '!' || last == '?');
  }

  private static boolean onlyQuotes(List<Token> t) {
    for (Token tok : t) {
      if (tok.isWord()) {
        return false;
      }
    }
    return true;
  }

  static int wordCount(String text, int s, int e) {
    int n = 0;
    boolean in = false;
    for (int i = s; i < e; i++) {
      boolean w = Character.isLetterOrDigit(text.charAt(i));
      if (w && !in) {
        n++;
      }
      in = w;
    }
    return n;
  }

  /** A short label in quotation marks: few words, or a capitalised title with no sentence in it. */
  private static boolean isLabel(String text, Quotation q, int words) {
    if (words <= SCARE_MAX_WORDS) {
      return true;
    }
    if (words > 8) {
      return false;
    }
    String s = text.substring(q.start(), q.end());
    boolean allCaps = true;
    for (String w : s.split("\\s+")) {
      if (!w.isEmpty() && Character.isLetter(w.charAt(0)) && !Character.isUpperCase(w.charAt(0))
          && w.length() > 3) {
        allCaps = false;
      }
    }
    return allCaps && !s.matches(".*[.!?,]$");
  }
}
