package io.dossier.actors;

import io.dossier.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds {@link Mention}s in a paragraph's tokens with general rules of English news text:
 * capitalised runs (titles split off: "US Secretary of State Antony Blinken" -> titles "us
 * secretary of state", name "Antony Blinken"), subject pronouns, and role phrases. A
 * capitalised word at the start of a sentence counts as a name only if the document never
 * writes it in lower case. Stateless and thread-safe.
 */
public final class MentionFinder {
  static final Set<String> CONNECTORS = Lex.set("of", "de", "van", "von", "der", "den", "al", "bin",
      "la", "le", "du", "da", "di", "del", "for", "and", "on", "el", "ibn");
  static final Set<String> NAME_PARTICLES = Lex.set("de", "van", "von", "der", "den", "al", "bin",
      "la", "le", "du", "da", "di", "del", "el", "ibn");
  static final Set<String> NEVER_NAME = Lex.set(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
      "february", "march", "april", "june", "july", "august", "september", "october",
      "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.",
      "sept.", "oct.", "nov.", "dec.", "i", "i'm", "i’m", "according", "last", "next", "early",
      "late", "earlier", "later", "recently", "sometimes", "questioning", "asked", "speaking", "meanwhile", "today",
      "yesterday", "tomorrow", "read", "also", "photo", "image", "watch", "related", "share");
  static final Set<String> PLACE_BEFORE = Lex.set("the", "a", "an", "in", "at", "from", "near",
      "across", "outside", "inside", "into", "throughout");
  /** Words before a place, seldom before a person's name ("from" and "a" are: "a letter from X"). */
  static final Set<String> PLACE_ONLY_BEFORE = Lex.set("the", "in", "at", "near", "across", "outside",
      "inside", "into", "throughout");
  static final Set<String> PRONOUNS = Lex.set("he", "she", "they", "it", "we");
  static final Set<String> DETERMINERS = Lex.set("the", "a", "an", "his", "her", "its", "their",
      "this", "that", "one", "another", "two", "three", "several", "some", "many", "other", "both",
      "our", "these", "those", "most");
  static final Set<String> ROLE_NOUNS = Lex.set(
      "president", "minister", "spokesman", "spokeswoman", "spokesperson", "official", "officials",
      "officer", "officers", "secretary", "chancellor", "leader", "leaders", "chief", "director",
      "executive", "executives", "chairman", "chairwoman", "governor", "senator", "lawmaker",
      "lawmakers", "mayor", "lawyer", "lawyers", "attorney", "attorneys", "prosecutor",
      "prosecutors", "judge", "analyst", "analysts", "expert", "experts", "economist",
      "economists", "researcher", "researchers", "scientist", "scientists", "professor",
      "author", "authors", "coach", "manager", "player", "company", "firm", "ministry",
      "department", "agency", "alliance", "government", "police", "report", "statement",
      "study", "survey", "witness", "witnesses", "resident", "residents", "source", "sources",
      "aide", "aides", "adviser", "advisers", "advisor", "advisors", "diplomat", "diplomats",
      "ambassador", "envoy", "commander", "doctor", "doctors", "teacher", "teachers", "union",
      "group", "campaign", "administration", "organization", "organisation", "committee",
      "court", "newspaper", "network", "band", "singer", "actor", "actress", "star", "founder",
      "owner", "ceo", "chair", "head", "spokesmen", "official's", "investigators", "investigator",
      "activist", "activists", "critics", "critic", "officials", "authorities", "statement",
      "letter", "filing", "complaint", "lawsuit", "document", "documents", "paper", "agreement",
      "treaty", "declaration", "memo", "post", "tweet", "video", "user", "users", "fans", "fan",
      "customer", "customers", "patient", "patients", "parent", "parents", "mother", "father",
      "wife", "husband", "son", "daughter", "friend", "colleague", "partner", "deputy",
      "counterpart", "predecessor", "successor", "writer", "director", "producer", "host",
      "candidate", "congressman", "congresswoman", "representative", "commissioner", "members",
      "member", "student", "students", "employee", "employees", "worker", "workers", "people",
      "man", "woman", "men", "women", "observers", "negotiators", "protesters", "demonstrators", "crowd", "voters",
      "prosecution", "defense", "defence", "campaigners", "supporters", "opponents", "organizers",
      "organisers", "spokespeople", "representatives", "senators", "ministers", "governors",
      "scholars", "historians", "activists", "commentators", "pundits", "insiders");

  private MentionFinder() {
  }

  /**
   * Mentions in {@code tokens}, in order.
   *
   * @param lowerWords every word the document writes in lower case (to reject sentence-initial
   *     capitals such as "Many" or "Tensions")
   */
  public static List<Mention> find(List<Token> tokens, Set<String> lowerWords) {
    List<Mention> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      if (t.kind() != Token.Kind.WORD) {
        i++;
        continue;
      }
      String lw = t.lower();
      if (nameStart(tokens, i, lowerWords)
          && !(ROLE_NOUNS.contains(lw) && sentenceStart(tokens, i) && lowerWords.contains(lw))) {
        int j = i + 1;
        while (j < tokens.size()) {
          Token u = tokens.get(j);
          if (namePart(tokens, j, lowerWords)) {
            j++;
          } else if (u.isWord() && CONNECTORS.contains(u.text()) && j + 1 < tokens.size()
              && namePart(tokens, j + 1, lowerWords)) {
            j += 2;
          } else {
            break;
          }
        }
        j = trimConnectors(tokens, i, j);
        if (j - i >= 2 && sentenceStart(tokens, i) && lw.endsWith("ly")) {
          i++; // "Obviously NATO ...": a sentence-initial adverb is no part of the name
        }
        Mention m = classify(tokens, i, j);
        if (m != null && m.kind() == Mention.Kind.UNKNOWN && i > 0 && PLACE_BEFORE.contains(tokens.get(i - 1).lower())) {
          // "the Munich conference", "in Bucharest": a lone capitalised word after an article
          // or a preposition of place is not a person
          m = new Mention(m.start(), m.end(), m.tokenStart(), m.tokenEnd(), m.text(), Mention.Kind.OTHER,
              m.name(), m.titles(), '?');
        }
        if (m != null && m.kind() == Mention.Kind.PERSON && m.titles().isEmpty() && i > 0
            && PLACE_ONLY_BEFORE.contains(tokens.get(i - 1).lower()) && Gazetteer.genderOf(m.name()) == '?') {
          // Quirk: "the Hong Kong garrison", "in Hong Kong": two capitalised words after an
          // article or a preposition of place, with no known first name, name a place
          m = new Mention(m.start(), m.end(), m.tokenStart(), m.tokenEnd(), m.text(), Mention.Kind.OTHER,
              m.name(), m.titles(), '?');
        }
        if (m != null) {
          out.add(m);
        }
        i = j;
        continue;
      }
      if (PRONOUNS.contains(lw) && (t.text().equals(lw) || sentenceStart(tokens, i))) {
        char g = lw.equals("he") ? 'm' : lw.equals("she") ? 'f' : '?';
        out.add(new Mention(t.start(), t.end(), i, i + 1, t.text(), Mention.Kind.PRONOUN, lw, List.of(), g));
        i++;
        continue;
      }
      if (ROLE_NOUNS.contains(lw) && (t.text().equals(lw) || sentenceStart(tokens, i))) {
        Mention m = role(tokens, i);
        if (m != null) {
          out.add(m);
        }
      }
      i++;
    }
    return appositiveRolesMakePeople(tokens, joinRolesToNames(tokens, out));
  }

  /**
   * "Yuni, a resident of Lampung, ...", "Roman, a tour guide who ...": a lone capitalised word
   * that an indefinite role phrase describes in apposition is a person, not a place or a
   * sentence-opening word.
   */
  private static List<Mention> appositiveRolesMakePeople(List<Token> tokens, List<Mention> in) {
    List<Mention> out = new ArrayList<>(in);
    for (int k = 0; k + 1 < out.size(); k++) {
      Mention u = out.get(k);
      Mention r = out.get(k + 1);
      String lt = r.text().toLowerCase(java.util.Locale.ROOT);
      if (u.kind() == Mention.Kind.UNKNOWN && r.kind() == Mention.Kind.ROLE && r.tokenStart() == u.tokenEnd() + 1
          && tokens.get(u.tokenEnd()).is(",") && (lt.startsWith("a ") || lt.startsWith("an "))
          && !EntityResolver.BODY_HEADS.contains(r.name())) {
        out.set(k, new Mention(u.start(), u.end(), u.tokenStart(), u.tokenEnd(), u.text(), Mention.Kind.PERSON,
            u.name(), u.titles(), u.gender() != '?' ? u.gender() : r.gender()));
      }
    }
    return out;
  }

  /**
   * Quirk: news prose often gives a role and a name with no comma between them ("China's
   * ambassador to Britain Liu Xiaoming said"), which the capitalised-run scan reads as a role
   * and then a name starting at the place. The two are one person: the name, with the role's
   * words as titles, so that a later "the ambassador" finds that person.
   */
  private static List<Mention> joinRolesToNames(List<Token> tokens, List<Mention> in) {
    List<Mention> out = new ArrayList<>();
    for (int k = 0; k < in.size(); k++) {
      Mention r = in.get(k);
      Mention p = k + 1 < in.size() ? in.get(k + 1) : null;
      // a body ("the ministry") is no one's title
      boolean adjacent = p != null && r.kind() == Mention.Kind.ROLE && p.kind() == Mention.Kind.PERSON
          && !r.titles().isEmpty() && !EntityResolver.BODY_HEADS.contains(r.name())
          && (p.tokenStart() == r.tokenEnd()
              || (p.tokenStart() == r.tokenEnd() + 1 && !p.titles().isEmpty()
                  && Set.of("to", "of", "for", "at").contains(tokens.get(r.tokenEnd()).lower())));
      if (!adjacent) {
        out.add(r);
        continue;
      }
      List<String> titles = new ArrayList<>(r.titles());
      if (p.tokenStart() > r.tokenEnd()) {
        titles.add(tokens.get(r.tokenEnd()).lower());
      }
      titles.addAll(p.titles());
      String text = joinedText(tokens, r.tokenStart(), p.tokenEnd());
      out.add(new Mention(r.start(), p.end(), r.tokenStart(), p.tokenEnd(), text, Mention.Kind.PERSON, p.name(),
          titles, p.gender() != '?' ? p.gender() : r.gender()));
      k++;
    }
    return out;
  }

  private static String joinedText(List<Token> tokens, int from, int to) {
    return join(tokens.subList(from, to).stream().map(Token::text).toList(), 0, to - from);
  }

  private static boolean sentenceStart(List<Token> tokens, int i) {
    if (i == 0) {
      return true;
    }
    Token p = tokens.get(i - 1);
    if (p.kind() == Token.Kind.QUOTE) {
      return true;
    }
    return p.kind() == Token.Kind.PUNCT && ".!?:;\"“”‘’'(—–-".contains(p.text());
  }

  private static boolean nameStart(List<Token> tokens, int i, Set<String> lowerWords) {
    Token t = tokens.get(i);
    if (!t.capitalized() || NEVER_NAME.contains(t.lower())) {
      return false;
    }
    String lw = t.lower();
    if (Words.isStop(lw) && !lw.equals("us") && !Gazetteer.HONORIFICS.containsKey(lw)) {
      return false;
    }
    if (sentenceStart(tokens, i) && lowerWords.contains(lw) && !Gazetteer.isTitleWord(lw)
        && Gazetteer.state(lw) == null && Gazetteer.demonym(lw) == null) {
      return false;
    }
    return true;
  }

  private static boolean namePart(List<Token> tokens, int j, Set<String> lowerWords) {
    Token u = tokens.get(j);
    if (!u.capitalized() || NEVER_NAME.contains(u.lower())) {
      return false;
    }
    return !Words.isStop(u.lower()) || u.lower().equals("us") || Gazetteer.HONORIFICS.containsKey(u.lower());
  }

  /** "Georgia and Ukraine" is two names; "Center for Strategic and International Studies" one. */
  private static int trimConnectors(List<Token> tokens, int i, int j) {
    boolean org = false;
    for (int k = i; k < j; k++) {
      if (Gazetteer.isOrgWord(tokens.get(k).text())) {
        org = true;
      }
    }
    if (org) {
      return j;
    }
    for (int k = i + 1; k < j; k++) {
      String w = tokens.get(k).text();
      if (w.equals("and") || w.equals("for") || w.equals("on")) {
        return k;
      }
      if (w.equals("of") && !Gazetteer.isTitleWord(tokens.get(k - 1).text())) {
        return k;
      }
    }
    return j;
  }

  /** Title words, name proper and kind of the capitalised run {@code tokens[a, b)}. */
  static Mention classify(List<Token> tokens, int a, int b) {
    List<String> words = new ArrayList<>();
    for (int k = a; k < b; k++) {
      words.add(tokens.get(k).text());
    }
    String phrase = join(words, 0, words.size());
    int start = tokens.get(a).start();
    int end = tokens.get(b - 1).end();
    // "the Kremlin", "the White House": include the article in the surface text only
    boolean orgy = false;
    boolean acronym = false;
    for (String w : words) {
      if (Gazetteer.isOrgWord(w)) {
        orgy = true;
      }
    }
    if (words.size() == 1 && isAcronym(words.get(0))) {
      acronym = true;
    }
    String state = Gazetteer.state(phrase);
    if (state != null && !orgy) {
      return new Mention(start, end, a, b, phrase, Mention.Kind.STATE, phrase, List.of(), '?');
    }
    // split off titles: the last title word (and "of X" after it) ends the title
    int lastTitle = -1;
    char gender = '?';
    for (int k = 0; k < words.size(); k++) {
      String lw = words.get(k).toLowerCase(Locale.ROOT);
      Character g = Gazetteer.HONORIFICS.get(lw);
      if (g != null) {
        gender = g;
      }
      boolean titleish = Gazetteer.isTitleWord(lw)
          || (k + 1 < words.size() && (Gazetteer.demonym(lw) != null || isAcronym(words.get(k))
              || Gazetteer.state(lw) != null) && lastTitle == k - 1);
      if (titleish && lastTitle == k - 1) {
        lastTitle = k;
      } else if (lw.equals("of") && lastTitle == k - 1 && k + 1 < words.size()) {
        lastTitle = k + 1;
        k++;
      } else if (Gazetteer.isTitleWord(lw) && k < words.size() - 1 && !orgy) {
        lastTitle = k;
      }
    }
    if (orgy && lastTitle < words.size() - 1) {
      // "Secretary General" inside an organisation name is not a title: keep it whole
      if (!hasPersonTail(words, lastTitle)) {
        return new Mention(start, end, a, b, phrase, Mention.Kind.ORG, phrase, List.of(), '?');
      }
    }
    if (lastTitle >= 0) {
      List<String> titles = new ArrayList<>();
      for (int k = 0; k <= lastTitle; k++) {
        titles.add(words.get(k).toLowerCase(Locale.ROOT));
      }
      if (lastTitle == words.size() - 1) {
        return new Mention(start, end, a, b, phrase, Mention.Kind.ROLE, phrase, titles, gender);
      }
      String name = join(words, lastTitle + 1, words.size());
      if (name.length() <= 1) {
        return null;
      }
      return new Mention(start, end, a, b, phrase, Mention.Kind.PERSON, name, titles,
          gender != '?' ? gender : Gazetteer.genderOf(name));
    }
    if (orgy || acronym) {
      return new Mention(start, end, a, b, phrase, Mention.Kind.ORG, phrase, List.of(), '?');
    }
    String first = words.get(0).toLowerCase(Locale.ROOT);
    boolean knownFirstName = words.size() >= 2 && Gazetteer.genderOf(phrase) != '?';
    for (String w : words) {
      // "Cold War", "Eastern Europe"; but "Fiona Hill" and "Rand Paul" are people
      if (words.size() >= 2 && !knownFirstName && Gazetteer.NOT_PERSON_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        return new Mention(start, end, a, b, phrase, Mention.Kind.OTHER, phrase, List.of(), '?');
      }
    }
    if (Gazetteer.demonym(first) != null) {
      return new Mention(start, end, a, b, phrase, Mention.Kind.OTHER, phrase, List.of(), '?');
    }
    if (words.size() == 1 && words.get(0).endsWith("ly") && sentenceStart(tokens, a)) {
      return null; // "Barely a week ago": a sentence-initial adverb
    }
    if (words.size() == 1) {
      String w = words.get(0);
      Mention.Kind k = Mention.Kind.UNKNOWN;
      return new Mention(start, end, a, b, phrase, k, phrase, List.of(), '?');
    }
    for (String w : words) {
      if (Gazetteer.state(w) != null) {
        return new Mention(start, end, a, b, phrase, Mention.Kind.OTHER, phrase, List.of(), '?');
      }
    }
    for (String w : words) {
      if (!Character.isLetter(w.charAt(0)) || w.chars().anyMatch(Character::isDigit)) {
        return new Mention(start, end, a, b, phrase, Mention.Kind.OTHER, phrase, List.of(), '?');
      }
    }
    return new Mention(start, end, a, b, phrase, Mention.Kind.PERSON, phrase, List.of(), Gazetteer.genderOf(phrase));
  }

  /**
   * True when the mention sits where a clause's subject does: nothing but an article or
   * possessive between it and the sentence start, a comma, a colon, a clause opener ("and",
   * "when", "that", "who") or an adverb.
   */
  private static final Set<String> OBJECT_PREPOSITIONS = Lex.set("to", "of", "from", "in", "at",
      "for", "with", "by", "on", "about", "against");

  public static boolean subjectSlot(List<Token> t, Mention m, int sentStart) {
    if (m.kind() == Mention.Kind.PRONOUN) {
      return !m.name().equals("it") || m.tokenStart() == sentStart || !t.get(m.tokenStart() - 1).isWord()
          || SUBJECT_OPENERS.contains(t.get(m.tokenStart() - 1).lower());
    }
    int after = m.tokenEnd();
    if (after < t.size() && t.get(after).isWord() && CueWords.isCue(t.get(after).lower())
        && !CueWords.isGerund(t.get(after).lower())
        && (m.tokenStart() == 0 || !OBJECT_PREPOSITIONS.contains(t.get(m.tokenStart() - 1).lower()))) {
      // ("Japan's envoy to Britain warned": a preposition's object is not the subject)
      return true; // "... tenants advocate Josh Matlow told": the name right before a verb of saying
    }
    int k = m.tokenStart() - 1;
    // "spokesman Farhan Aziz Haq", "Wild defenseman Ryan Suter": a role word in apposition
    int r = k;
    boolean role = false;
    while (r >= sentStart && r > k - 5 && t.get(r).isWord() && (ROLE_NOUNS.contains(t.get(r).lower())
        || Gazetteer.isTitleWord(t.get(r).lower()) || t.get(r).capitalized()
        || (role && !Words.isStop(t.get(r).lower()) && !CueWords.isCue(t.get(r).lower())))) {
      if (ROLE_NOUNS.contains(t.get(r).lower()) || Gazetteer.isTitleWord(t.get(r).lower())) {
        role = true;
      }
      r--;
    }
    if (role && r < k) {
      k = r;
    } else if (k >= sentStart && (m.kind() == Mention.Kind.PERSON) && t.get(k).isWord()
        && !t.get(k).capitalized() && !Words.isStop(t.get(k).lower()) && !CueWords.isCue(t.get(k).lower())
        && !t.get(k).lower().endsWith("ed") && !PLACE_BEFORE.contains(t.get(k).lower())) {
      // "defenseman Ryan Suter", "expert James Goldgeier": a bare role noun before a name
      k--;
      while (k >= sentStart && t.get(k).isWord() && (t.get(k).capitalized()
          || (!Words.isStop(t.get(k).lower()) && !CueWords.isCue(t.get(k).lower()) && !t.get(k).lower().endsWith("ed")))
          && k > m.tokenStart() - 6) {
        k--;
      }
    }
    while (k >= sentStart && SUBJECT_TRANSPARENT.contains(t.get(k).lower())) {
      k--;
    }
    if (k < sentStart) {
      return true;
    }
    Token p = t.get(k);
    if (p.kind() == Token.Kind.PUNCT) {
      return p.is(",") || p.is(";") || p.is(":") || p.is("(") || p.is("—") || p.is("–") || p.is("-")
          || p.is(".") || p.is("!") || p.is("?");
    }
    if (p.kind() == Token.Kind.QUOTE) {
      return true;
    }
    String w = p.lower();
    if (w.equals("and") || w.equals("or")) {
      // ", and he said" opens a clause; "accused the UK and the US" coordinates objects
      return k - 1 >= sentStart && t.get(k - 1).is(",");
    }
    if (SUBJECT_OPENERS.contains(w)) {
      return true;
    }
    return (w.endsWith("ly") && w.length() > 3) || Lex.set("also", "then", "now", "later", "still",
        "even", "meanwhile", "instead").contains(w);
  }

  static final Set<String> SUBJECT_TRANSPARENT = Lex.set("the", "a", "an", "his", "her", "its",
      "their", "'s", "’s");
  static final Set<String> SUBJECT_OPENERS = Lex.set("but", "when", "while", "as", "after",
      "before", "because", "that", "so", "although", "though", "if", "since", "then", "where",
      "once", "until", "who", "which", "yet", "and");

  private static boolean hasPersonTail(List<String> words, int lastTitle) {
    for (int k = lastTitle + 1; k < words.size(); k++) {
      if (Gazetteer.isOrgWord(words.get(k)) || isAcronym(words.get(k))) {
        return false;
      }
    }
    return lastTitle >= 0;
  }

  static boolean isAcronym(String w) {
    int letters = 0;
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  /** "the Russian president", "a spokesman for the ministry", "officials", "Russian officials". */
  private static Mention role(List<Token> tokens, int head) {
    int s = head;
    int mods = 0;
    while (s - 1 >= 0 && mods < 3) {
      Token p = tokens.get(s - 1);
      if (!p.isWord()) {
        break;
      }
      String lp = p.lower();
      if (DETERMINERS.contains(lp)) {
        s--;
        break;
      }
      if (lp.equals("'s") || lp.equals("’s")) {
        s--;
        mods++;
        continue;
      }
      if (Words.isStop(lp) || CueWords.isCue(lp)) {
        break;
      }
      if (!p.capitalized() && !hasDeterminerBefore(tokens, s - 1)) {
        break; // "regulates campaign": without an article, only "Russian officials"-style modifiers
      }
      s--;
      mods++;
    }
    int e = head + 1;
    // complement: "a spokesman for the ministry", "the head of the agency"
    if (e + 1 < tokens.size() && (tokens.get(e).is("for") || tokens.get(e).is("of") || tokens.get(e).is("at"))) {
      int k = e + 1;
      if (k < tokens.size() && tokens.get(k).is("the")) {
        k++;
      }
      int c = k;
      while (c < tokens.size() && tokens.get(c).capitalized()) {
        c++;
      }
      if (c > k) {
        e = c;
      }
    }
    List<String> titles = new ArrayList<>();
    for (int k = s; k < e; k++) {
      String lw = tokens.get(k).lower();
      if (!DETERMINERS.contains(lw)) {
        titles.add(lw);
      }
    }
    Token first = tokens.get(s);
    Token last = tokens.get(e - 1);
    String text = join(tokens.subList(s, e).stream().map(Token::text).toList(), 0, e - s);
    String headWord = tokens.get(head).lower();
    char g = headWord.equals("spokeswoman") || headWord.equals("chairwoman") || headWord.equals("woman")
        || headWord.equals("mother") || headWord.equals("wife") || headWord.equals("daughter")
        || headWord.equals("actress") || headWord.equals("congresswoman") ? 'f'
        : headWord.equals("spokesman") || headWord.equals("chairman") || headWord.equals("man")
            || headWord.equals("father") || headWord.equals("husband") || headWord.equals("son") ? 'm' : '?';
    return new Mention(first.start(), last.end(), s, e, text, Mention.Kind.ROLE, headWord, titles, g);
  }

  private static boolean hasDeterminerBefore(List<Token> tokens, int k) {
    for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
      Token p = tokens.get(j);
      if (!p.isWord()) {
        return false;
      }
      if (DETERMINERS.contains(p.lower()) || p.lower().equals("'s") || p.lower().equals("’s")) {
        return true;
      }
    }
    return false;
  }

  static String join(List<String> words, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) {
      String w = words.get(k);
      if (b.length() > 0 && !w.equals("'s") && !w.equals("’s")) {
        b.append(' ');
      }
      b.append(w);
    }
    return b.toString();
  }
}
