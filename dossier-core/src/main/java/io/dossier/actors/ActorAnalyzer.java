package io.dossier.actors;

import io.dossier.model.Actor;
import io.dossier.model.Passages;
import io.dossier.model.Quote;
import io.dossier.model.Sentence;
import io.dossier.model.Span;
import io.dossier.model.Stance;
import io.dossier.text.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the people, states and organisations that matter to the question, groups their
 * aliases, and judges their stance on the question's proposition.
 *
 * <p>Needs: the question, the documents' {@link Passages} and their quotes (from {@code
 * QuoteFinder}). Adds: {@link Actor}s, most important first. Aliases: a person's surname,
 * honorific and title forms ("Mr Putin", "Putin"), a state's capital and seat of power
 * ("Moscow", "the Kremlin" for Russia) and its officials ("Russian officials"). Stance: the
 * sentences where the actor is the subject (or speaks a quote) and that speak about the
 * proposition ({@link Proposition#about}) lean to support or to opposition
 * ({@link StanceCues}); supports or opposes when one side has at least twice the other,
 * mixed when both are there, unclear when neither is. The question's own subject ("Why does
 * Russia not want ...") gets its presupposed stance as one more vote. Evidence: the deciding
 * sentences, best first.
 *
 * <p>Stateless and thread-safe; never throws on odd input.
 */
public final class ActorAnalyzer {
  private static final int MAX_ACTORS = 15;
  private static final int MAX_EVIDENCE = 3;
  private static final Set<String> STATE_ROLES = Lex.set("officials", "official", "government",
      "leaders", "leader", "authorities", "diplomats", "forces", "troops", "military", "president",
      "ministry", "army");

  /** An actor being collected. */
  private static final class Acc {
    final String key;
    String name;
    Mention.Kind kind;
    final Set<String> aliases = new LinkedHashSet<>();
    final Set<String> docs = new LinkedHashSet<>();
    int mentions;
    int quotes;
    final List<Vote> votes = new ArrayList<>();
    final Set<String> voted = new LinkedHashSet<>();

    Acc(String key, String name, Mention.Kind kind) {
      this.key = key;
      this.name = name;
      this.kind = kind;
    }
  }

  private record Vote(int lean, Span span, boolean quote) {
  }

  public List<Actor> analyze(String question, List<Passages> docs, List<Quote> quotes) {
    List<Quote> qs = quotes == null ? List.of() : quotes;
    List<DocumentMentions> perDoc = new ArrayList<>();
    for (Passages doc : docs) {
      perDoc.add(mentions(doc, qs));
    }
    return analyze(question, docs, qs, perDoc);
  }

  /**
   * The per-document step, for a caller that runs it on many threads: the document's
   * mentions and entities, with the words inside its quotes masked.
   */
  public DocumentMentions mentions(Passages doc, List<Quote> quotes) {
    List<Quote> own = new ArrayList<>();
    for (Quote q : quotes) {
      if (q.doc().equals(doc.page().id()) && q.direct()) {
        own.add(q); // reported speech is the writer's words: its names are mentions
      }
    }
    // quoted words are masked: "we" inside a quote is the speaker, not the last organisation
    return DocumentMentions.of(doc, p -> {
      List<int[]> masks = new ArrayList<>();
      for (Quote q : own) {
        if (q.start() >= p[0] && q.end() <= p[1]) {
          masks.add(new int[] {q.start(), q.end()});
        }
      }
      masks.sort(Comparator.comparingInt(x -> x[0]));
      return masks;
    });
  }

  /** The cross-document step over each document's {@link #mentions} ({@code perDoc.get(i)} is {@code docs.get(i)}'s). */
  public List<Actor> analyze(String question, List<Passages> docs, List<Quote> quotes, List<DocumentMentions> perDoc) {
    if (perDoc.size() != docs.size()) {
      throw new IllegalArgumentException("one DocumentMentions per document: " + perDoc.size() + " for " + docs.size());
    }
    return analyzeAll(question, docs, quotes == null ? List.of() : quotes, perDoc);
  }

  private List<Actor> analyzeAll(String question, List<Passages> docs, List<Quote> quotes,
      List<DocumentMentions> perDoc) {
    Proposition prop = Proposition.of(question);
    Map<String, Acc> actors = new LinkedHashMap<>();
    Map<String, Passages> byId = new HashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      Passages doc = docs.get(i);
      byId.put(doc.page().id(), doc);
      if (perDoc.get(i) != null) {
        collect(doc, prop, actors, perDoc.get(i));
      }
    }
    mergeSurnames(actors);
    for (Quote q : quotes) {
      Acc a = find(actors, q.speaker());
      Passages doc = byId.get(q.doc());
      if (a == null || doc == null) {
        continue;
      }
      a.quotes++;
      Sentence s = sentenceAt(doc, q.start());
      Span span = Span.of(q.doc(), doc.page().text(), q.start(), q.end());
      String around = s == null ? q.text() : doc.text(s);
      if ((prop.about(Words.contentStemSet(around)) || prop.about(Words.contentStemSet(q.text())))
          && a.voted.add(q.doc() + ":" + q.start())) {
        a.votes.add(new Vote(StanceCues.lean(Words.lower(q.text()), prop), span, true));
      }
    }
    List<Acc> chosen = new ArrayList<>();
    for (Acc a : actors.values()) {
      boolean inQuestion = inQuestion(a, question, prop);
      boolean place = a.key.startsWith("state:") && a.votes.isEmpty() && a.quotes == 0 && a.mentions < 4;
      boolean leans = a.votes.stream().anyMatch(v -> v.lean() != 0);
      if (inQuestion || leans || (!place && (a.docs.size() >= 2 || a.mentions >= 3 || a.quotes >= 1))) {
        chosen.add(a);
      }
    }
    chosen.sort(Comparator.comparingDouble((Acc a) -> -importance(a, question, prop)).thenComparing(a -> a.name));
    List<Actor> out = new ArrayList<>();
    for (Acc a : chosen.subList(0, Math.min(MAX_ACTORS, chosen.size()))) {
      out.add(toActor(a, question, prop));
    }
    return out;
  }

  private void collect(Passages doc, Proposition prop, Map<String, Acc> actors, DocumentMentions dm) {
    String text = doc.page().text();
    for (DocumentMentions.Paragraph para : dm.paragraphs()) {
      List<Token> t = para.tokens();
      for (Mention m : para.mentions()) {
        Entity e = dm.entity(m);
        if (e == null) {
          continue;
        }
        String[] key = keyOf(m, e);
        if (key == null) {
          continue;
        }
        Sentence s0 = sentenceAt(doc, m.start());
        if (s0 == null || s0.heading() || titleCase(doc.text(s0))) {
          continue; // headlines repeat names in title case: "Ukraine To Join NATO" is no actor
        }
        Acc a = actors.computeIfAbsent(key[0], k -> new Acc(k, key[1], e.kind()));
        if (m.kind() != Mention.Kind.PRONOUN) {
          a.aliases.add(alias(m));
        }
        a.docs.add(doc.page().id());
        a.mentions++;
        Sentence s = sentenceAt(doc, m.start());
        if (s == null || s.heading()) {
          continue;
        }
        int sentStart = tokenIndexAt(t, s.start());
        // "Russia's opposition", "Ukraine's NATO aspirations": the holder of an attitude;
        // "Ukraine's route to NATO" is no attitude of Ukraine's
        boolean genitive = m.tokenEnd() + 1 < t.size()
            && (t.get(m.tokenEnd()).is("'s") || t.get(m.tokenEnd()).is("’s"));
        boolean possessive = genitive && (stanceWord(t, m.tokenEnd() + 1) || stanceWord(t, m.tokenEnd() + 2));
        boolean agent = m.tokenStart() > 0 && t.get(m.tokenStart() - 1).is("by");
        boolean modifier = m.tokenEnd() < t.size() && t.get(m.tokenEnd()).isWord()
            && !t.get(m.tokenEnd()).capitalized() && !verbLike(t.get(m.tokenEnd()).lower());
        boolean subject = (MentionFinder.subjectSlot(t, m, sentStart) && !genitive && !modifier) || possessive;
        String st = doc.text(s);
        if ((subject || agent) && prop.about(Words.contentStemSet(st)) && a.voted.add(doc.page().id() + ":" + s.start())) {
          // "supported by X": the words before "by"; otherwise the actor's own clause
          int lean = agent ? StanceCues.lean(words(t, Math.max(sentStart, m.tokenStart() - 5), m.tokenStart()), prop)
              : StanceCues.lean(words(t, m.tokenStart(), clauseEnd(t, m.tokenEnd(), s.end())), prop);
          a.votes.add(new Vote(lean, Span.of(doc.page().id(), text, s.start(), s.end()), false));
        }
      }
    }
  }

  private static final Set<String> IRREGULAR_PAST = Lex.set("began", "said", "told", "made", "took",
      "gave", "saw", "went", "came", "knew", "thought", "found", "became", "left", "felt", "kept",
      "held", "brought", "wrote", "sent", "met", "led", "won", "lost", "stood", "set", "put", "paid",
      "meant", "sought", "fought", "built", "spent", "struck", "rose", "fell", "grew", "drew", "chose",
      "spoke", "broke", "ran", "got", "let", "cut", "hit", "shut", "is", "are", "was", "were", "has",
      "have", "had", "will", "would", "can", "could", "should", "must", "may", "might", "does", "did",
      "do", "also", "not", "never", "still", "now", "has", "remains", "wants", "seeks", "says", "and",
      "or", "who", "which", "that", "to", "of", "in", "on", "at", "for", "with", "from", "by", "as");

  /** "NATO announced" (a verb follows) versus "NATO membership" (the name modifies a noun). */
  private static boolean verbLike(String w) {
    return IRREGULAR_PAST.contains(w) || w.endsWith("ed") || w.endsWith("s") || w.endsWith("ly");
  }

  private static boolean stanceWord(List<Token> t, int k) {
    if (k >= t.size() || !t.get(k).isWord()) {
      return false;
    }
    String w = t.get(k).lower();
    return StanceCues.SUPPORT.contains(w) || StanceCues.OPPOSE.contains(w);
  }

  /** A title-case line ("Why Does Russia Not Want Ukraine To Join NATO"): a headline, not prose. */
  private static boolean titleCase(String s) {
    int words = 0;
    int caps = 0;
    for (String w : s.split("\\s+")) {
      if (w.length() > 3 && Character.isLetter(w.charAt(0))) {
        words++;
        if (Character.isUpperCase(w.charAt(0))) {
          caps++;
        }
      }
    }
    return words >= 3 && caps * 10 >= words * 7;
  }

  /** Lower-case words of tokens {@code [from, to)}. */
  private static List<String> words(List<Token> t, int from, int to) {
    List<String> out = new ArrayList<>();
    for (int k = Math.max(0, from); k < Math.min(to, t.size()); k++) {
      if (t.get(k).isWord()) {
        out.add(t.get(k).lower().replace('’', '\''));
      }
    }
    return out;
  }

  /**
   * Where the clause of a subject ends: a semicolon, the sentence end, or a comma that opens
   * another clause (", but", ", while", ", Moscow has ...").
   */
  private static int clauseEnd(List<Token> t, int from, int sentenceEnd) {
    for (int k = from; k < t.size(); k++) {
      Token x = t.get(k);
      if (x.start() >= sentenceEnd || x.is(";")) {
        return k;
      }
      if (x.is(",") && k + 1 < t.size()) {
        Token n = t.get(k + 1);
        if (Lex.set("but", "while", "although", "whereas", "however", "yet", "though", "after", "before",
            "when", "as", "since", "because", "despite").contains(n.lower())
            || (n.capitalized() && k + 2 < t.size() && t.get(k + 2).isWord() && !t.get(k + 2).capitalized()
                && !t.get(k + 2).is("and"))) {
          return k;
        }
      }
    }
    return t.size();
  }

  /** The actor key and display name of a mention, or null for mentions that are no actor. */
  private static String[] keyOf(Mention m, Entity e) {
    switch (e.kind()) {
      case PERSON:
        if (!e.name().contains(" ") && m.kind() == Mention.Kind.UNKNOWN) {
          return null;
        }
        return new String[] {"person:" + EntityResolver.surname(e.name()), e.name()};
      case STATE: {
        String s = Gazetteer.state(e.name());
        return s == null ? null : new String[] {"state:" + s.toLowerCase(Locale.ROOT), s};
      }
      case ORG: {
        String s = Gazetteer.state(e.name());
        if (s != null) {
          return new String[] {"state:" + s.toLowerCase(Locale.ROOT), s};
        }
        return new String[] {"org:" + e.name().toLowerCase(Locale.ROOT), e.name()};
      }
      case ROLE: {
        // "Russian officials", "the Russian government": the state they serve
        String[] words = m.text().split(" ");
        String head = words[words.length - 1].toLowerCase(Locale.ROOT);
        if (!STATE_ROLES.contains(head)) {
          return null;
        }
        for (String w : words) {
          String s = Gazetteer.demonym(w);
          if (s != null && Gazetteer.state(s) != null) {
            String st = Gazetteer.state(s);
            return new String[] {"state:" + st.toLowerCase(Locale.ROOT), st};
          }
        }
        return null;
      }
      default:
        return null;
    }
  }

  private static String alias(Mention m) {
    String t = m.text();
    return t.endsWith(" 's") || t.endsWith(" ’s") ? t.substring(0, t.length() - 3) : t;
  }

  /** "Putin" seen alone in one document and "Vladimir Putin" in another are one person. */
  private static void mergeSurnames(Map<String, Acc> actors) {
    Map<String, String> best = new HashMap<>();
    for (Acc a : actors.values()) {
      if (a.key.startsWith("person:")) {
        String prev = best.get(a.key);
        if (prev == null || a.name.split(" ").length > prev.split(" ").length) {
          best.put(a.key, a.name);
        }
      }
    }
    for (Acc a : actors.values()) {
      if (best.containsKey(a.key)) {
        a.name = best.get(a.key);
      }
    }
  }

  private static Acc find(Map<String, Acc> actors, String speaker) {
    if (speaker == null) {
      return null;
    }
    String s = Gazetteer.state(speaker);
    if (s != null) {
      return actors.get("state:" + s.toLowerCase(Locale.ROOT));
    }
    Acc org = actors.get("org:" + speaker.toLowerCase(Locale.ROOT));
    if (org != null) {
      return org;
    }
    if (speaker.contains(" and ")) {
      return null;
    }
    return actors.get("person:" + EntityResolver.surname(speaker));
  }

  private static boolean inQuestion(Acc a, String question, Proposition prop) {
    if (question == null) {
      return false;
    }
    String q = question.toLowerCase(Locale.ROOT);
    for (String al : a.aliases) {
      if (al.length() > 2 && q.matches("(?s).*\\b" + java.util.regex.Pattern.quote(al.toLowerCase(Locale.ROOT)) + "\\b.*")) {
        return true;
      }
    }
    return q.contains(a.name.toLowerCase(Locale.ROOT));
  }

  private static double importance(Acc a, String question, Proposition prop) {
    return (inQuestion(a, question, prop) ? 100 : 0) + 3.0 * a.docs.size() + a.mentions + 3.0 * a.quotes
        + 2.0 * a.votes.size();
  }

  private static Actor toActor(Acc a, String question, Proposition prop) {
    int support = 0;
    int oppose = 0;
    List<Vote> votes = new ArrayList<>(a.votes);
    for (Vote v : votes) {
      if (v.lean() > 0) {
        support += v.quote() ? 2 : 1;
      } else if (v.lean() < 0) {
        oppose += v.quote() ? 2 : 1;
      }
    }
    if (prop.subject() != null && matches(a, prop.subject())) {
      if (prop.subjectPolarity() > 0) {
        support++;
      } else if (prop.subjectPolarity() < 0) {
        oppose++;
      }
    }
    Stance stance;
    if (support == 0 && oppose == 0) {
      stance = Stance.UNCLEAR;
    } else if (support >= 2 * oppose) {
      stance = Stance.SUPPORTS;
    } else if (oppose >= 2 * support) {
      stance = Stance.OPPOSES;
    } else {
      stance = Stance.MIXED;
    }
    int sign = stance == Stance.SUPPORTS ? 1 : stance == Stance.OPPOSES ? -1 : 0;
    votes.sort(Comparator.comparingInt((Vote v) -> sign == 0 ? -Math.abs(v.lean()) : -sign * v.lean())
        .thenComparing(v -> v.quote() ? 0 : 1));
    List<Span> evidence = new ArrayList<>();
    for (Vote v : votes) {
      if (evidence.size() >= MAX_EVIDENCE) {
        break;
      }
      if (v.lean() != 0 && (sign == 0 || Integer.signum(v.lean()) == sign)) {
        evidence.add(v.span());
      }
    }
    List<String> aliases = new ArrayList<>();
    for (String al : a.aliases) {
      if (!al.equalsIgnoreCase(a.name) && aliases.stream().noneMatch(x -> x.equalsIgnoreCase(al))) {
        aliases.add(al);
      }
    }
    return new Actor(a.name, aliases, stance, evidence);
  }

  private static boolean matches(Acc a, String phrase) {
    String p = phrase.toLowerCase(Locale.ROOT);
    if (a.name.toLowerCase(Locale.ROOT).equals(p)) {
      return true;
    }
    String s = Gazetteer.state(phrase);
    if (s != null && a.key.equals("state:" + s.toLowerCase(Locale.ROOT))) {
      return true;
    }
    for (String al : a.aliases) {
      if (al.equalsIgnoreCase(phrase)) {
        return true;
      }
    }
    return a.key.startsWith("person:") && a.key.equals("person:" + EntityResolver.surname(phrase));
  }

  private static Sentence sentenceAt(Passages doc, int offset) {
    for (Sentence s : doc.sentences()) {
      if (s.start() <= offset && offset < s.end()) {
        return s;
      }
    }
    return null;
  }

  private static int tokenIndexAt(List<Token> t, int offset) {
    for (int k = 0; k < t.size(); k++) {
      if (t.get(k).start() >= offset) {
        return k;
      }
    }
    return t.size();
  }
}
