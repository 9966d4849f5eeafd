package io.dossier.time;

import io.dossier.model.Passages;
import io.dossier.model.Sentence;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date expressions of a document and resolves them to calendar dates, in text
 * order:
 *
 * <ul>
 *   <li>full dates and years ("25 April 2009", "April 25, 2009", "2009-04-25", "September
 *       1993", "in 1997") stand alone and become the story's narrative anchor;</li>
 *   <li>narrative-relative expressions resolve against that anchor: "The following April"
 *       after 2007 is 2008-04, "Four months later" after that is 2008-08, "the next day",
 *       "that year", a bare "in March";</li>
 *   <li>publication-relative expressions resolve against the page's publication date:
 *       "yesterday", "on Wednesday" (the last Wednesday on or before it, the next one when
 *       the sentence speaks of the future), "last month", "this year", "three days ago".</li>
 * </ul>
 *
 * Text in PTB tokenisation ("April 25 , 2009") is read too. Stateless and thread-safe.
 */
public final class DateReader {
  private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|"
      + "November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|"
      + "Nov\\.?|Dec\\.?)";
  private static final String DAY = "([12]?\\d|3[01])(?:st|nd|rd|th)?";
  private static final String YEAR = "(1[89]\\d\\d|20\\d\\d)";
  private static final String NUM = "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
      + "several|a few|\\d{1,2})";
  private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
  private static final String END = "(?![\\w%$-])";
  private static final java.util.regex.Pattern CALENDAR_WORD = java.util.regex.Pattern.compile(MONTH + "|" + WEEKDAY);

  /** A month or weekday name ("May", "Monday"): capitalised, but no name of a person or place. */
  public static boolean isCalendarWord(String word) {
    return CALENDAR_WORD.matcher(word).matches();
  }

  private enum Kind { ISO, MDY, DMY, MY, MD, DM, NEXT_MONTH, PREP_MONTH, PREP_YEAR, REL_DAY, REL_PERIOD,
    WEEKDAY, AGO, LATER, NEXT_UNIT, THAT_UNIT }

  /**
   * A rule and what a sentence must hold for its pattern to have any chance: sixteen
   * patterns over every sentence of a pile were a fifth of a brief's CPU time (1,000 timeline17
   * articles), and most sentences hold no digit, month or time word. The needs are implied by
   * the pattern (a YEAR or DAY needs a digit, a MONTH one of its twelve three-letter stems), so
   * skipping a rule whose need is missing changes no date.
   */
  private record Rule(Kind kind, Pattern pattern, java.util.function.Predicate<Facts> needs) {
    Rule(Kind kind, Pattern pattern) {
      this(kind, pattern, f -> true);
    }
  }

  /** What the rules' needs look at, computed once per sentence. */
  private record Facts(String text, String lower, boolean digit, boolean month) {
    static Facts of(String s) {
      boolean digit = false;
      for (int i = 0; i < s.length() && !digit; i++) {
        digit = Character.isDigit(s.charAt(i));
      }
      boolean month = false;
      for (String m : MONTH_STEMS) {
        if (s.contains(m)) {
          month = true;
          break;
        }
      }
      return new Facts(s, s.toLowerCase(java.util.Locale.ROOT), digit, month);
    }

    boolean has(String... lowerWords) {
      for (String w : lowerWords) {
        if (lower.contains(w)) {
          return true;
        }
      }
      return false;
    }
  }

  /** The first three letters of every month name and abbreviation in {@link #MONTH}, as written. */
  private static final List<String> MONTH_STEMS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
      "Sep", "Oct", "Nov", "Dec");

  private static final List<Rule> RULES = List.of(
      new Rule(Kind.ISO, Pattern.compile("\\b" + YEAR + "-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])\\b"), Facts::digit),
      new Rule(Kind.MDY, Pattern.compile("\\b" + MONTH + "\\s+" + DAY + "\\s*,?\\s+" + YEAR + END), DateReader::digitAndMonth),
      new Rule(Kind.DMY, Pattern.compile("\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + "\\s*,?\\s+" + YEAR + END),
          DateReader::digitAndMonth),
      // "February. 1990": machine translation leaves stray stops inside dates (see SentenceSegmenter)
      new Rule(Kind.MY, Pattern.compile("\\b" + MONTH + "\\s*[,.]?\\s+(?:of\\s+)?" + YEAR + END), DateReader::digitAndMonth),
      new Rule(Kind.MD, Pattern.compile("\\b" + MONTH + "\\s+" + DAY + "(?![\\w%$-]|\\s*,?\\s*\\d)"), DateReader::digitAndMonth),
      new Rule(Kind.DM, Pattern.compile("\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + "\\b"), DateReader::digitAndMonth),
      new Rule(Kind.NEXT_MONTH, Pattern.compile("\\b(?:[Tt]he\\s+)?(following|next|previous|preceding|last|this)\\s+"
          + MONTH + "\\b"), Facts::month),
      new Rule(Kind.PREP_MONTH, Pattern.compile("\\b(?:in|In|since|Since|by|By|until|from|From|during|early|Early|late|Late|"
          + "mid-|Mid-|end of|beginning of)\\s*" + MONTH + "\\b"), Facts::month),
      new Rule(Kind.PREP_YEAR, Pattern.compile("\\b(?:in|In|since|Since|by|By|until|from|From|during|During|of|early|"
          + "Early|late|Late|mid-|Mid-|before|after|After|between|and|to|through|around|summer|spring|autumn|fall|"
          + "winter|year|December|end of)\\s*" + YEAR + END), Facts::digit),
      new Rule(Kind.REL_DAY, Pattern.compile("\\b(yesterday|Yesterday|today|Today|tonight|Tonight|tomorrow|Tomorrow|"
          + "last night|Last night|this morning|This morning|this afternoon|this evening|earlier today)\\b"),
          f -> f.has("yesterday", "today", "tonight", "tomorrow", "night", "morning", "afternoon", "evening")),
      new Rule(Kind.REL_PERIOD, Pattern.compile("\\b([Ll]ast|[Tt]his|[Nn]ext|[Ee]arlier this|[Ll]ater this)\\s+"
          + "(month|year)\\b"), f -> f.text().contains("month") || f.text().contains("year")),
      new Rule(Kind.WEEKDAY, Pattern.compile("\\b(?:(?:on|On|last|Last|this|This|next|Next|by|until|since)\\s+)?"
          + WEEKDAY + "\\b(?!\\s*,?\\s*(?:" + MONTH + "|\\d))"), f -> f.text().contains("day")),
      new Rule(Kind.AGO, Pattern.compile("\\b" + NUM + "\\s+(days?|weeks?|months?|years?)\\s+ago\\b",
          Pattern.CASE_INSENSITIVE), f -> f.has("ago")),
      new Rule(Kind.LATER, Pattern.compile("\\b" + NUM + "\\s+(days?|weeks?|months?|years?)\\s+(later|earlier|"
          + "afterwards?)\\b", Pattern.CASE_INSENSITIVE), f -> f.has("later", "earlier", "afterward")),
      new Rule(Kind.NEXT_UNIT, Pattern.compile("\\b(?:the\\s+)?(following|next|previous)\\s+(day|morning|month|year)\\b",
          Pattern.CASE_INSENSITIVE), f -> f.has("following", "next", "previous")),
      new Rule(Kind.THAT_UNIT, Pattern.compile("\\b(?:(?:earlier|later)\\s+)?(?:that|the same)\\s+(day|month|year)\\b",
          Pattern.CASE_INSENSITIVE), f -> f.has("that", "the same") && f.has("day", "month", "year")));

  private static boolean digitAndMonth(Facts f) {
    return f.digit() && f.month();
  }

  private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
      Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12));
  private static final Pattern FUTURE = Pattern.compile("\\b(will|'ll|’ll|is to|are to|due|scheduled|plans? to|"
      + "expected to|next)\\b", Pattern.CASE_INSENSITIVE);

  /**
   * Quirk: a stored corpus is briefed again and again; reading its dates is a pure function of
   * the document, so each document's expressions are kept (bounded).
   */
  private static final io.dossier.text.Memo<Passages, List<TimeExpression>> MEMO =
      new io.dossier.text.Memo<>(20_000, d -> List.copyOf(new DateReader().readAll(d)));

  /** The resolved date expressions of the document's sentences, in text order. */
  public List<TimeExpression> read(Passages doc) {
    return MEMO.get(doc);
  }

  private List<TimeExpression> readAll(Passages doc) {
    List<TimeExpression> out = new ArrayList<>();
    String text = doc.page().text();
    LocalDate published = doc.page().published();
    PartialDate anchor = published == null ? null : PartialDate.of(published);
    PartialDate dayAnchor = anchor;
    for (Sentence s : doc.sentences()) {
      for (TimeExpression e : readSentence(text, s.start(), s.end(), published, anchor, dayAnchor)) {
        out.add(e);
        if (e.anchoredTo() != TimeExpression.Anchor.PUBLICATION || e.date().hasMonth()) {
          anchor = e.date();
        }
        if (e.date().hasMonth()) {
          dayAnchor = e.date();
        }
      }
    }
    return out;
  }

  /** Date expressions of {@code text[from, to)} resolved against the given anchor. */
  public List<TimeExpression> readSentence(String text, int from, int to, LocalDate published,
      PartialDate anchor) {
    return readSentence(text, from, to, published, anchor, anchor);
  }

  /**
   * As above, with the anchor a day and month without a year ("on 20 April") take their year
   * from when an earlier sentence's anchor is only a year. Quirk: news recalls background
   * years ("since 1997") before it reports the day of the story ("the rig exploded on 20
   * April"); a bare year carries into "the following April" or "that year", but a day of the
   * month is the story's own, dated by the last anchor with a month (or the publication date)
   * unless its own sentence names the year.
   */
  List<TimeExpression> readSentence(String text, int from, int to, LocalDate published, PartialDate anchor,
      PartialDate dayAnchor) {
    String s = text.substring(from, to);
    List<int[]> taken = new ArrayList<>();
    List<Object[]> found = new ArrayList<>();
    Facts facts = Facts.of(s);
    for (Rule r : RULES) {
      if (!r.needs().test(facts)) {
        continue;
      }
      Matcher m = r.pattern().matcher(s);
      while (m.find()) {
        if (overlapsTaken(taken, m.start(), m.end())) {
          continue;
        }
        taken.add(new int[] {m.start(), m.end()});
        found.add(new Object[] {r.kind(), m.toMatchResult()});
      }
    }
    found.sort((a, b) -> Integer.compare(((java.util.regex.MatchResult) a[1]).start(),
        ((java.util.regex.MatchResult) b[1]).start()));
    List<TimeExpression> out = new ArrayList<>();
    boolean future = !found.isEmpty() && FUTURE.matcher(s).find(); // asked only of a sentence with a date
    PartialDate current = anchor;
    boolean ownYear = false; // the anchor was set in this sentence
    for (Object[] f : found) {
      Kind kind = (Kind) f[0];
      java.util.regex.MatchResult m = (java.util.regex.MatchResult) f[1];
      TimeExpression.Anchor how = anchorOf(kind);
      boolean dayOfMonth = kind == Kind.MD || kind == Kind.DM;
      PartialDate use = dayOfMonth && !ownYear && current != null && !current.hasMonth() && dayAnchor != null
          ? dayAnchor : current;
      PartialDate d = resolve(kind, m, published, use, future);
      if (d == null || d.year() < 1800 || d.year() > 2100) {
        continue;
      }
      out.add(new TimeExpression(from + m.start(), from + m.end(), m.group(), d, how));
      if (how != TimeExpression.Anchor.PUBLICATION || d.hasMonth()) {
        current = d;
        ownYear = true;
      }
    }
    return out;
  }

  private static boolean overlapsTaken(List<int[]> taken, int s, int e) {
    for (int[] t : taken) {
      if (s < t[1] && t[0] < e) {
        return true;
      }
    }
    return false;
  }

  private static TimeExpression.Anchor anchorOf(Kind k) {
    switch (k) {
      case ISO: case MDY: case DMY: case MY: case PREP_YEAR:
        return TimeExpression.Anchor.NONE;
      case REL_DAY: case REL_PERIOD: case WEEKDAY: case AGO:
        return TimeExpression.Anchor.PUBLICATION;
      default:
        return TimeExpression.Anchor.NARRATIVE;
    }
  }

  private static PartialDate resolve(Kind kind, java.util.regex.MatchResult m, LocalDate pub,
      PartialDate anchor, boolean future) {
    switch (kind) {
      case ISO:
        return PartialDate.tryOf(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      case MDY:
        return PartialDate.tryOf(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
      case DMY:
        return PartialDate.tryOf(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
      case MY:
        return PartialDate.tryOf(Integer.parseInt(m.group(2)), month(m.group(1)), 0);
      case MD:
      case DM: {
        if (kind == Kind.MD && m.group(1).equals("May") && m.group(2).length() > 2) {
          return null;
        }
        int mo = month(kind == Kind.MD ? m.group(1) : m.group(2));
        int day = Integer.parseInt(kind == Kind.MD ? m.group(2) : m.group(1));
        if (anchor == null) {
          return null;
        }
        return PartialDate.tryOf(yearFor(mo, anchor, pub, future), mo, day);
      }
      case NEXT_MONTH: {
        if (anchor == null) {
          return null;
        }
        int mo = month(m.group(2));
        String w = m.group(1).toLowerCase(Locale.ROOT);
        int y = anchor.year();
        if (w.equals("following") || w.equals("next")) {
          y = anchor.hasMonth() && mo > anchor.month() ? anchor.year() : anchor.year() + 1;
        } else if (w.equals("previous") || w.equals("preceding") || w.equals("last")) {
          y = anchor.hasMonth() && mo < anchor.month() ? anchor.year() : anchor.year() - 1;
        }
        return PartialDate.tryOf(y, mo, 0);
      }
      case PREP_MONTH: {
        if (anchor == null) {
          return null;
        }
        int mo = month(m.group(1));
        return PartialDate.tryOf(yearFor(mo, anchor, pub, future), mo, 0);
      }
      case PREP_YEAR:
        return PartialDate.year(Integer.parseInt(m.group(1)));
      case REL_DAY: {
        if (pub == null) {
          return null;
        }
        String w = m.group(1).toLowerCase(Locale.ROOT);
        LocalDate d = w.equals("yesterday") || w.equals("last night") ? pub.minusDays(1)
            : w.equals("tomorrow") ? pub.plusDays(1) : pub;
        return PartialDate.of(d);
      }
      case REL_PERIOD: {
        if (pub == null) {
          return null;
        }
        String w = m.group(1).toLowerCase(Locale.ROOT);
        int delta = w.equals("last") ? -1 : w.equals("next") ? 1 : 0;
        return m.group(2).equals("month") ? PartialDate.month(pub.plusMonths(delta).getYear(),
            pub.plusMonths(delta).getMonthValue()) : PartialDate.year(pub.getYear() + delta);
      }
      case WEEKDAY: {
        if (pub == null) {
          return null;
        }
        DayOfWeek dow = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
        String g = m.group().toLowerCase(Locale.ROOT);
        LocalDate d;
        if (g.startsWith("next") || (future && !g.startsWith("last"))) {
          d = pub.with(TemporalAdjusters.nextOrSame(dow));
        } else if (g.startsWith("last")) {
          d = pub.with(TemporalAdjusters.previous(dow));
        } else {
          d = pub.with(TemporalAdjusters.previousOrSame(dow));
        }
        return PartialDate.of(d);
      }
      case AGO: {
        if (pub == null) {
          return null;
        }
        Integer n = number(m.group(1));
        if (n == null) {
          return null;
        }
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        if (unit.startsWith("day")) {
          return PartialDate.of(pub.minusDays(n));
        }
        if (unit.startsWith("month")) {
          LocalDate d = pub.minusMonths(n);
          return PartialDate.month(d.getYear(), d.getMonthValue());
        }
        if (unit.startsWith("year")) {
          return PartialDate.year(pub.getYear() - n);
        }
        return null;
      }
      case LATER: {
        if (anchor == null) {
          return null;
        }
        Integer n = number(m.group(1));
        if (n == null) {
          return null;
        }
        int sign = m.group(3).toLowerCase(Locale.ROOT).startsWith("earlier") ? -1 : 1;
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        if (unit.startsWith("day") && anchor.hasDay()) {
          return PartialDate.of(anchor.first().plusDays((long) sign * n));
        }
        if (unit.startsWith("week") && anchor.hasDay()) {
          return PartialDate.of(anchor.first().plusWeeks((long) sign * n));
        }
        if (unit.startsWith("month") && anchor.hasMonth()) {
          return anchor.plusMonths(sign * n);
        }
        if (unit.startsWith("year")) {
          return anchor.plusMonths(sign * 12 * n);
        }
        return null;
      }
      case NEXT_UNIT: {
        if (anchor == null) {
          return null;
        }
        int sign = m.group(1).equalsIgnoreCase("previous") ? -1 : 1;
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        if ((unit.equals("day") || unit.equals("morning")) && anchor.hasDay()) {
          return PartialDate.of(anchor.first().plusDays(sign));
        }
        if (unit.equals("month") && anchor.hasMonth()) {
          PartialDate p = anchor.plusMonths(sign);
          return PartialDate.month(p.year(), p.month());
        }
        if (unit.equals("year")) {
          return PartialDate.year(anchor.year() + sign);
        }
        return null;
      }
      case THAT_UNIT: {
        if (anchor == null) {
          return null;
        }
        String unit = m.group(1).toLowerCase(Locale.ROOT);
        if (unit.equals("day") && anchor.hasDay()) {
          return anchor;
        }
        if (unit.equals("month") && anchor.hasMonth()) {
          return PartialDate.month(anchor.year(), anchor.month());
        }
        if (unit.equals("year")) {
          return PartialDate.year(anchor.year());
        }
        return null;
      }
      default:
        return null;
    }
  }

  /**
   * The year of a month named without one: the anchor's year, except that, counted from the
   * publication date, a month well after it belongs to the year before (news looks back).
   */
  private static int yearFor(int month, PartialDate anchor, LocalDate pub, boolean future) {
    int y = anchor.year();
    boolean anchorIsPublication = pub != null && anchor.hasDay() && anchor.first().equals(pub);
    if (anchorIsPublication && !future && month > pub.getMonthValue() + 1) {
      y--;
    }
    return y;
  }

  private static Integer number(String w) {
    String l = w.toLowerCase(Locale.ROOT);
    if (NUMBERS.containsKey(l)) {
      return NUMBERS.get(l);
    }
    if (l.matches("\\d{1,2}")) {
      return Integer.parseInt(l);
    }
    return null; // "several", "a few": no exact date
  }

  static int month(String name) {
    String n = name.toLowerCase(Locale.ROOT).replace(".", "");
    String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int i = 0; i < 12; i++) {
      if (n.startsWith(months[i])) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException(name);
  }
}
