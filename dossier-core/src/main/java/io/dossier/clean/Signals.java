package io.dossier.clean;

import io.dossier.text.Words;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Surface signals of single lines of a text dump: prompts, share bars, comment-section
 * markers, bylines and dates, disclaimers. Generic shapes of web pages, no site's strings.
 * Stateless and thread-safe.
 */
final class Signals {
  /** "READ ALSO: ...", "WATCH: ...": an upper-case label and a colon opening a short line. */
  static final Pattern LABEL_PROMPT = Pattern.compile("^\\p{Lu}[\\p{Lu}\\s]{2,24}:\\s*\\S");
  /** Web prompts that point elsewhere rather than report (generic English calls to action). */
  static final Pattern LINK_PROMPT = Pattern.compile(
      "^(read (more|also|next)|see (more|also)|watch|click|tap|follow us|subscribe|sign up|"
          + "related|more from|more on|you may also|recommended|advertisement|share|"
          + "for more|for the latest|check out|visit|download|listen|skip to)\\b|"
          + "\\b(check out|click here|visit (this|our)|read (more|the full)|subscribe to)\\b",
      Pattern.CASE_INSENSITIVE);
  static final Pattern SHARE = Pattern.compile(
      "\\b(share|tweet|facebook|whatsapp|email|print|copy link|linkedin|telegram)\\b",
      Pattern.CASE_INSENSITIVE);
  /**
   * The heading or counter of a comment section: "12 Comments", "Leave a reply", "Comments
   * are closed", "Top rated comments", "Join the discussion" (and the word in a few languages).
   */
  private static final Pattern COMMENT_HEADING = Pattern.compile(
      "^\\W*(\\d+\\s*)?\\W*((top[- ]rated|latest|recent|newest|oldest|reader|readers'?|user|show|view|load|"
          + "read|add|post|leave|write|submit|join|see|hide|all)\\s+)?((a|the|all|your|\\d+)\\s+)?"
          + "(comments?|responses?|repl(y|ies)|reactions|discussion|conversation|coment\\p{L}*|commenti|"
          + "kommentar\\p{L}*|reacties|komentar\\p{L}*|\u043A\u043E\u043C\u043C\u0435\u043D\u0442\\p{L}*|"
          + "\u30B3\u30E1\u30F3\u30C8)\\b"
          + "|\\b(comments are closed|log(ged)? in to (post a )?(comment|reply)|"
          + "\\d+ (comments|responses|replies) to)\\b");
  /** "jdoe says:", "Jane Doe on March 3, 2019 at 4:47 pm said:": a commenter's signature. */
  private static final Pattern COMMENTER = Pattern.compile(
      "^\\S.{0,60}\\b(says|said|wrote|writes|replied)\\s*:$"
          + "|\\bat \\d{1,2}:\\d{2}\\s*(am|pm)?\\s*(said|says)?\\s*:?$",
      Pattern.CASE_INSENSITIVE);
  /**
   * The heading of a box of links to other stories: "Related posts", "More from ...", "You may
   * also like", "Most read", "Recommended" (and the usual phrasings in a few languages).
   */
  private static final Pattern RELATED_HEADING = Pattern.compile(
      "^\\W*(related( (posts?|articles?|stories|news|content|coverage|links|reading|videos?|topics))?|"
          + "more (from|in|on|about|stories|news|articles|videos|headlines|to (read|explore))\\b.*|"
          + "you (may|might|will) (also )?(like|enjoy|be interested)\\b.*|(also )?recommended( for you)?|"
          + "trending( now| stories| news)?|most (read|popular|viewed|shared|commented|recent)\\b.*|"
          + "popular( (posts|stories|articles|now))?|top stories|latest (news|stories|posts|articles|headlines)|"
          + "further reading|what to read next|other stories|around the web|"
          + "from the web|sponsored( (stories|links|content))?|promoted( stories)?|more stories|"
          + "in case you missed it|next (article|post|story)|previous (article|post|story)|"
          + "recent (posts|articles|stories)|editor'?s'? picks|"
          + "leia tamb\u00E9m|veja tamb\u00E9m|not\u00EDcias relacionadas|artigos relacionados|"
          + "art\u00EDculos relacionados|(tambi\u00E9n )?te puede interesar|voc\u00EA (tamb\u00E9m )?pode gostar|"
          + "lire aussi|\u00E0 lire aussi|sur le m\u00EAme sujet|vous aimerez aussi|"
          + "das k\u00F6nnte sie auch interessieren|"
          + "articoli correlati|potrebbe interessarti|lesen sie auch|\u00E4hnliche artikel|"
          + "\u0447\u0438\u0442\u0430\u0439\u0442\u0435 \u0442\u0430\u043A\u0436\u0435|"
          + "\u043F\u043E\u0445\u043E\u0436\u0438\u0435 \u0441\u0442\u0430\u0442\u044C\u0438|"
          + "\u95A2\u9023\u8A18\u4E8B|\u76F8\u5173\u6587\u7AE0)\\W*$");
  /** "More World News", "More Sport": "more" and a capitalised section name. */
  private static final Pattern MORE_SECTION = Pattern.compile("^\\W*(More|MORE) \\p{Lu}");
  private static final String MONTH = "(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|"
      + "sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\\.?";
  /** A date or time standing alone on a line: "Tuesday November 19, 2019", "19.11.2019 10:07", "2 days ago". */
  private static final Pattern DATE_LINE = Pattern.compile(
      "^\\W*((mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?("
          + MONTH + "\\s+\\d{1,2}(st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(st|nd|rd|th)?\\s+" + MONTH + ",?\\s+\\d{4}|"
          + "\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}|"
          + "\\d+\\s+(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\\s+ago)"
          + "([\\s,|/\u2022\u00B7-]+(at\\s+)?\\d{1,2}[:.]\\d{2}(\\s*[ap]\\.?m\\.?)?(\\s+[A-Z]{2,4})?)?\\W*$",
      Pattern.CASE_INSENSITIVE);
  /**
   * The marks of an image caption: a "Photo:"/"Image caption" label, a credit at the end
   * ("Credit: ...", "(AP Photo/...)", "(Getty Images)"), a "file photo" or an enlarge button.
   */
  private static final Pattern CAPTION = Pattern.compile(
      "^\\W*(image caption|photo|image|picture|caption|credit|foto|imagem|bild)\\s*[:\\-\u2013|]"
          + "|\\bcredit\\s*(\\.\\.\\.|\u2026|:)"
          + "|\\(\\s*(ap|afp|reuters|getty|epa|upi|pa|dpa|ansa|xinhua)\\b[^)]*\\)\\s*$"
          + "|\\(\\s*(photo|image|picture|foto|credit|source|illustration)\\b[^)]*\\)\\s*$"
          + "|\\b(file photo|getty images|shutterstock|istock(photo)?)\\b"
          + "|\\[\\+\\]",
      Pattern.CASE_INSENSITIVE);
  /** Words only calls to action use much: newsletters, alerts, social accounts. */
  private static final Set<String> ACTION = Set.of(
      "subscribe", "subscribed", "subscription", "unsubscribe", "newsletter", "newsletters", "inbox",
      "signup", "spam", "notifications", "alerts", "twitter", "facebook", "instagram", "youtube",
      "forums", "membership", "register", "registering");
  /** Words that calls to action use along with those, and prose uses too. */
  private static final Set<String> ACTION_TOO = Set.of(
      "sign", "follow", "join", "email", "e-mail", "delivered", "download", "app", "podcast", "podcasts",
      "members", "offers", "tips", "daily", "free", "latest");
  /** "Jane Doe is a reporter for ...", "X contributed to this report": notes about the authors under an article. */
  private static final Pattern AUTHOR_BIO = Pattern.compile(
      "^[\\p{Lu}][^.!?]{0,60}\\b(is|was) (a|an|the)\\b[^.!?]{0,60}\\b(reporter|writer|journalist|editor|"
          + "correspondent|contributor|columnist|author|blogger|freelancer|producer|intern|critic)s?\\b"
          // the reporting credit under a wire or newspaper story: "Jane Doe contributed to this report."
          + "|^[^.!?]{0,80}\\bcontributed( reporting| research)?( to| for) (this|the) (report|story|article)\\b"
          + "|^(?i:(additional )?(reporting|research) by)\\b[^.!?]{0,80}$");
  /** Words a site uses about itself in disclaimers and legal lines. */
  private static final Set<String> META = Set.of(
      "site", "website", "editor", "editorial", "opinion", "opinions", "views", "view",
      "disclaimer", "copyright", "rights", "reserved", "responsibility", "responsible",
      "automatically", "translate", "translated", "translation", "cookies", "privacy",
      "terms", "advertising", "affiliate", "endorse", "reflect", "necessarily");

  private Signals() {
  }

  /** A line that sends the reader elsewhere: "READ ALSO: ...", "For more, visit ...". */
  static boolean isPrompt(Block b) {
    String t = b.text();
    return (LABEL_PROMPT.matcher(t).find() && b.words() <= 40)
        || (startsWithPrompt(t) && LINK_PROMPT.matcher(t).find() && b.words() <= 30);
  }

  static boolean startsWithPrompt(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    return t.startsWith("for more") || t.startsWith("for the latest") || t.startsWith("read ")
        || t.startsWith("see ") || t.startsWith("click") || t.startsWith("subscribe")
        || t.startsWith("follow") || t.startsWith("visit") || t.startsWith("check out");
  }

  /**
   * A short line that opens or signs a comment section. Quirk: blogs and news sites put
   * readers' comments right under the article; they are prose on the same topic, and the
   * only sure sign of them is the section's heading or the commenters' signatures.
   */
  static boolean isCommentMarker(String text) {
    if (text.length() > 120) {
      return false;
    }
    return COMMENT_HEADING.matcher(text.toLowerCase(Locale.ROOT)).find() && Words.count(text) <= 10;
  }

  /**
   * A short heading that opens a box of links to other stories. Quirk: news sites and blogs
   * follow the article with "related", "more from" and "most read" boxes whose teasers are
   * prose too.
   */
  static boolean isRelatedHeading(Block b) {
    return b.words() <= 8 && (MORE_SECTION.matcher(b.text()).find()
        || RELATED_HEADING.matcher(b.text().toLowerCase(Locale.ROOT)).find());
  }

  /**
   * A line that is only a date or a time. Quirk: listings of other stories and comment
   * threads date every item; an article is dated once, above its first paragraph.
   */
  static boolean isDateLine(String text) {
    return text.length() <= 60 && DATE_LINE.matcher(text).find();
  }

  /**
   * A photo caption or credit. Quirk: news pages put captions between paragraphs, and a long
   * caption reads like a sentence of the article; its credit gives it away.
   */
  static boolean isCaption(Block b) {
    return b.words() <= 60 && CAPTION.matcher(b.text()).find();
  }

  /**
   * A call to action: in a short line, two distinct words of subscribing, signing up,
   * following or joining, one of them a word prose seldom uses (newsletter, inbox, Twitter). Quirk: news sites end articles with newsletter and alert boxes
   * that are full sentences ("Get breaking news delivered to your inbox.").
   */
  static boolean isCallToAction(Block b) {
    if (b.words() > 45) {
      return false;
    }
    Set<String> seen = new java.util.HashSet<>();
    boolean strong = false;
    String t = b.text();
    for (io.dossier.model.CharSpan w : Words.spans(t)) {
      int len = w.end() - w.start();
      if (len >= 3 && len <= 13) {
        String word = t.substring(w.start(), w.end()).toLowerCase(Locale.ROOT);
        if (ACTION.contains(word)) {
          strong = true;
          seen.add(word);
        } else if (ACTION_TOO.contains(word)) {
          seen.add(word);
        }
      }
    }
    return strong && seen.size() >= 2;
  }

  /** A one- or two-sentence note on who the author is ("X is a reporter for Y."). */
  static boolean isAuthorBio(Block b) {
    return b.words() <= 100 && AUTHOR_BIO.matcher(b.text()).find();
  }

  /**
   * Two to eight words, all letters in capitals ("US FALLS", "WHAT HAPPENS NEXT"). Quirk: a
   * caption is seldom set in capitals; a section kicker often is.
   */
  static boolean isUpperCaseHeading(Block b) {
    if (b.words() < 2 || b.words() > 8) {
      return false;
    }
    String t = b.text();
    int letters = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 4;
  }

  /** A commenter's signature line ("name says:", "name on DATE at TIME said:"). */
  static boolean isCommenter(String text) {
    return text.length() <= 120 && COMMENTER.matcher(text).find();
  }

  /**
   * A time stamp near the start of a line, set off from what follows by a bar or by "NAME
   * wrote:" ("March 21, 2011 at 4:12 pm | I see ...", "At 10:14 am on 28 May 2010, pzero wrote:
   * I think ..."): how comment threads (and some live blogs) open each entry on its own line.
   */
  private static final Pattern ENTRY_STAMP = Pattern.compile(
      "^.{0,80}?\\b\\d{1,2}:\\d{2}\\s*([ap]\\.?m\\.?)?(\\s*\\||[^|]{0,60}?\\bwrote\\s*:)",
      Pattern.CASE_INSENSITIVE);
  /**
   * The writer speaking of themself: readers' comments do, reporters' entries seldom. "us" in
   * lower case only: "US" is a country.
   */
  private static final Pattern FIRST_PERSON = Pattern.compile("\\b(I|I'm|I\u2019m|I've|(?i:me|my|we|our)|us)\\b");

  /** True when the line opens an entry with a time stamp and a bar ({@link #ENTRY_STAMP}). */
  static boolean isEntryStamp(String text) {
    return ENTRY_STAMP.matcher(text).find();
  }

  /** True when the line speaks in the first person ({@link #FIRST_PERSON}). */
  static boolean firstPerson(String text) {
    return FIRST_PERSON.matcher(text).find();
  }

  /** True when a full stop, question or exclamation mark ends a sentence inside the line. */
  static boolean hasInnerSentenceBreak(String t) {
    for (int i = 1; i + 2 < t.length(); i++) {
      char c = t.charAt(i);
      if ((c == '.' || c == '!' || c == '?' || c == '\u3002') && Character.isWhitespace(t.charAt(i + 1))
          && Character.isLowerCase(t.charAt(i - 1))) {
        return true;
      }
      if (c == '\u3002') {
        return true;
      }
    }
    return false;
  }

  static boolean isDisclaimer(Block b) {
    int hits = 0;
    String t = b.text();
    for (io.dossier.model.CharSpan w : Words.spans(t)) {
      int len = w.end() - w.start();
      if (len >= 4 && len <= 13 && META.contains(t.substring(w.start(), w.end()).toLowerCase(Locale.ROOT))) {
        hits++;
      }
    }
    return hits >= 3 || (hits >= 2 && b.words() < 60 && b.text().toLowerCase(Locale.ROOT).contains("site"));
  }
}
