package io.dossier.clean;

import io.dossier.ingest.Decoded;
import io.dossier.model.CharSpan;
import io.dossier.model.Removal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the article in a plain-text page dump (what a browser's "save as text" or a scraper
 * leaves: menus, titles, captions, teasers and footers on lines of their own, around one
 * contiguous article). Works from lines alone:
 *
 * <ul>
 *   <li>lines: one block a line, or a wrapped paragraph in a hard-wrapped dump ({@code Block});</li>
 *   <li>the body is the best-scoring contiguous stretch of lines, prose counting for it and
 *       clutter against it, weighed by the body's vocabulary ({@code BodyStretch}); a comment
 *       section or a box of other stories inside the stretch ends it;</li>
 *   <li>before it: a title-like line among the last few is the title (reported, not kept),
 *       its repeats and everything further up are navigation or teasers;</li>
 *   <li>inside it: short unpunctuated lines are headings when the next paragraph takes up
 *       their words or they are a capitalised kicker, captions otherwise; labelled prompts
 *       ("WORD: headline") are teasers; credited captions and calls to action go;</li>
 *   <li>after it: everything, each line with its likeliest reason (comments, link prompts,
 *       share and related blocks, headline lists, disclaimers, promos, the author's note);</li>
 *   <li>anywhere: lines repeated across the corpus are boilerplate.</li>
 * </ul>
 *
 * <p>Input: the decoded dump and the corpus line statistics ({@link CorpusStats#EMPTY} for a
 * page on its own). Output: an {@link Extraction} whose kept and removed spans cover every
 * non-blank line, each removal with its reason.
 *
 * <p>The text is never changed: the result keeps and removes spans of the given text.
 * Stateless and thread-safe.
 */
public final class TextDumpCleaner implements Extractor {
  private static final Pattern LABEL_PROMPT = Signals.LABEL_PROMPT;
  private static final Pattern LINK_PROMPT = Signals.LINK_PROMPT;
  private static final Pattern SHARE = Signals.SHARE;

  @Override
  public Extraction extract(Decoded page, CorpusStats corpus) {
    String text = page.text();
    List<Block> blocks = Block.lines(text);
    String[] reason = new String[blocks.size()];
    boolean[] heading = new boolean[blocks.size()];
    if (blocks.isEmpty()) {
      return new Extraction(text, null, null, List.of(), List.of(), List.of("no-article"));
    }
    double[] support = support(blocks);
    markCorpusRepeats(blocks, corpus, reason);

    BodyStretch.Span stretch = BodyStretch.find(blocks, reason);
    int first;
    int end;
    if (stretch == null) {
      // Quirk: a short note with no full paragraph (a brief, a list); keep what is not clutter.
      first = 0;
      end = blocks.size() - 1;
    } else {
      first = stretch.first();
      end = stretch.last();
      // Short lines opening the stretch (a headline put as a question, a kicker) are read
      // as the top of the page: title, headings or navigation.
      int firstParagraph = first;
      while (firstParagraph <= end && !blocks.get(firstParagraph).bodyLike()) {
        firstParagraph++;
      }
      if (firstParagraph <= end) {
        first = firstParagraph; // else: a page of short lines only (a note, a poem) keeps them all
      }
    }
    int comments = commentSection(blocks, first, end, reason);
    if (comments >= 0) {
      end = comments - 1;
    }
    int related = relatedSection(blocks, first, end, reason);
    if (related >= 0) {
      end = related - 1;
    }
    afterBody(blocks, end, comments, reason);
    String title = topZone(blocks, first, support, reason, heading);
    int last = tailZone(blocks, first, end, support, reason);
    middleZone(blocks, first, last, support, reason, heading, title);

    List<CharSpan> kept = new ArrayList<>();
    List<Removal> removed = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (reason[i] == null) {
        kept.add(new CharSpan(b.start(), b.end()));
      } else {
        removed.add(new Removal(b.start(), b.end(), reason[i]));
      }
    }
    List<String> flags = new ArrayList<>();
    if (kept.isEmpty()) {
      flags.add("no-article");
    }
    if (machineTranslated(text, blocks, reason)) {
      flags.add("machine-translated");
    }
    return new Extraction(text, title, null, kept, removed, flags);
  }

  /** Share of a block's content stems that occur in other blocks of the page. */
  private static double[] support(List<Block> blocks) {
    Map<String, Integer> df = new HashMap<>();
    Set<String> seenLines = new HashSet<>();
    for (Block b : blocks) {
      if (seenLines.add(CorpusStats.key(b.text()))) {
        for (String s : b.stems()) {
          df.merge(s, 1, Integer::sum);
        }
      }
    }
    double[] out = new double[blocks.size()];
    for (int i = 0; i < blocks.size(); i++) {
      Set<String> st = blocks.get(i).stems();
      if (st.isEmpty()) {
        continue;
      }
      int shared = 0;
      for (String s : st) {
        if (df.getOrDefault(s, 0) >= 2) {
          shared++;
        }
      }
      out[i] = shared / (double) st.size();
    }
    return out;
  }

  private static void markCorpusRepeats(List<Block> blocks, CorpusStats corpus, String[] reason) {
    if (corpus.documents() < 2) {
      return;
    }
    // Quirk: two copies of one article share every line; only lines that are not prose, or
    // prose repeated on many pages (a site's standing disclaimer), count as boilerplate.
    int manyPages = Math.max(3, corpus.documents() / 4);
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      int n = corpus.documentsWith(b.text());
      if ((n >= 2 && b.shortLine() && b.words() >= 2) || n >= manyPages) {
        reason[i] = "repeated-across-pages";
      }
    }
  }

  /**
   * Where a comment section starts inside the body stretch, or -1. Quirk: readers' comments
   * under a blog post or a news story are prose on the article's topic, so only the section's
   * heading ("12 comments", "Leave a reply") or two commenter signatures ("name says:") give
   * them away; they need some article before them, so that a "Comments" link in a menu
   * above the article does not count.
   */
  static int commentSection(List<Block> blocks, int first, int end, String[] reason) {
    int thread = stampedThread(blocks, first, end, reason);
    int prose = 0;
    int signatures = 0;
    int firstSignature = -1;
    for (int i = first; i <= (thread >= 0 ? thread - 1 : end); i++) {
      Block b = blocks.get(i);
      if (prose >= 40 && Signals.isCommentMarker(b.text())) {
        return i;
      }
      if (prose >= 40 && Signals.isCommenter(b.text())) {
        if (++signatures == 2) {
          return firstSignature;
        }
        if (firstSignature < 0) {
          firstSignature = i;
        }
      }
      if (reason[i] == null && b.bodyLike()) {
        prose += b.words();
      }
    }
    return thread;
  }

  /** Entries of a thread this many at least: two stamps can be an article's own timeline. */
  static final int THREAD_ENTRIES = 3;
  /**
   * The share of entries in the first person above which stamped entries are readers talking
   * ("I see our role as ...", "My understanding is ..."), not a live blog's reports.
   */
  static final double THREAD_FIRST_PERSON = 1 / 3.0;

  /**
   * Where a thread of stamped entries starts inside the body stretch, or -1: at least
   * {@link #THREAD_ENTRIES} lines that open with a time stamp and a bar, after some article,
   * with more than {@link #THREAD_FIRST_PERSON} of them (each with the lines up to the next
   * stamp) in the first person. Quirk: a saved blog page keeps its readers' comments in the
   * body, each line "DATE at TIME | comment"; they are prose on the topic and outweigh the post.
   */
  static int stampedThread(List<Block> blocks, int first, int end, String[] reason) {
    int prose = 0;
    List<Integer> stamps = new ArrayList<>();
    for (int i = first; i <= end; i++) {
      Block b = blocks.get(i);
      if (prose >= 40 && Signals.isEntryStamp(b.text())) {
        stamps.add(i);
      } else if (stamps.isEmpty() && reason[i] == null && b.bodyLike()) {
        prose += b.words();
      }
    }
    if (stamps.size() < THREAD_ENTRIES) {
      return -1;
    }
    int speaking = 0;
    for (int k = 0; k < stamps.size(); k++) {
      int to = k + 1 < stamps.size() ? stamps.get(k + 1) : Math.min(end + 1, stamps.get(k) + 8);
      for (int i = stamps.get(k); i < to; i++) {
        if (Signals.firstPerson(blocks.get(i).text())) {
          speaking++;
          break;
        }
      }
    }
    return speaking > THREAD_FIRST_PERSON * stamps.size() ? stamps.get(0) : -1;
  }

  /**
   * Where a box of other stories starts inside the body stretch, or -1: a "related" or "more
   * from" heading, or a second line that is only a date, once the article has had its share
   * of the stretch. Quirk: the teasers under such a heading are prose, sometimes on the same
   * topic, and can outweigh the short runs of links between them; but a "Related" box can
   * also sit in the middle of an article, so the article must already be at least as long
   * as what the heading would cut off.
   */
  static int relatedSection(List<Block> blocks, int first, int end, String[] reason) {
    int total = 0;
    for (int i = first; i <= end; i++) {
      if (reason[i] == null && blocks.get(i).bodyLike()) {
        total += blocks.get(i).words();
      }
    }
    int prose = 0;
    int firstDate = -1;
    for (int i = first; i <= end; i++) {
      Block b = blocks.get(i);
      boolean cue = Signals.isRelatedHeading(b);
      if (prose >= 40 && Signals.isDateLine(b.text())) {
        if (firstDate < 0) {
          firstDate = i;
        } else {
          cue = true;
        }
      }
      if (cue && prose >= 40 && prose >= total - prose && driftsAway(blocks, first, i, end, reason)) {
        // A listing of dated teasers starts at its first dated item.
        return firstDate >= 0 && firstDate < i && driftsAway(blocks, first, firstDate, end, reason)
            ? firstDate : i;
      }
      if (reason[i] == null && b.bodyLike()) {
        prose += b.words();
      }
    }
    return -1;
  }

  /**
   * True when the paragraphs of {@code (cut, end]} share on average less than a third of
   * their stems with the paragraphs of {@code [first, cut)}: another story, not the
   * article going on after a box of links.
   */
  private static boolean driftsAway(List<Block> blocks, int first, int cut, int end, String[] reason) {
    Set<String> before = new HashSet<>();
    for (int i = first; i < cut; i++) {
      if (reason[i] == null && blocks.get(i).bodyLike()) {
        before.addAll(blocks.get(i).stems());
      }
    }
    double sum = 0;
    int n = 0;
    for (int i = cut + 1; i <= end; i++) {
      if (reason[i] == null && blocks.get(i).bodyLike()) {
        sum += overlap(blocks.get(i).stems(), before);
        n++;
      }
    }
    return n == 0 || sum / n < DRIFT;
  }

  private static final double DRIFT = 0.2;

  /** Everything after the body stretch goes, each line with the likeliest reason. */
  private static void afterBody(List<Block> blocks, int end, int comments, String[] reason) {
    for (int i = end + 1; i < blocks.size(); i++) {
      if (reason[i] != null) {
        continue;
      }
      Block b = blocks.get(i);
      String why = comments >= 0 && i >= comments ? "comments" : tailReason(b, 0, 0);
      if (why == null) {
        why = b.words() <= 25 && sentenceCount(b.text()) == 1 ? "headline-list" : "after-article";
      }
      reason[i] = why;
    }
  }

  private static final int HEAD_WINDOW = 4;

  /** Before the body: choose the title, keep related headings, drop navigation and repeats. */
  private static String topZone(List<Block> blocks, int first, double[] support, String[] reason,
      boolean[] heading) {
    String title = null;
    Set<String> keptKeys = new HashSet<>();
    Set<String> body = bodyStems(blocks, first, reason);
    // Quirk: menus of section names and lists of other headlines above an article share its
    // words too; the headline and its standfirst are the last few lines before the body.
    int window = first;
    for (int seen = 0; window > 0 && seen < HEAD_WINDOW; ) {
      window--;
      if (reason[window] == null) {
        seen++;
      }
    }
    for (int i = 0; i < first; i++) {
      if (reason[i] != null) {
        continue;
      }
      Block b = blocks.get(i);
      String key = CorpusStats.key(b.text());
      if (keptKeys.contains(key)) {
        reason[i] = "repeated-title";
        continue;
      }
      boolean titleLike = i >= window && b.words() >= 3 && b.words() <= 25
          && (!b.terminal() || b.text().endsWith("?"));
      double related = overlap(b.stems(), body);
      if (titleLike && related >= 0.34 && !LINK_PROMPT.matcher(b.text()).find()) {
        keptKeys.add(key);
        if (title == null) {
          // The headline is the page's title, not its body (as for HTML, where the h1 goes).
          title = b.text();
          reason[i] = "title";
        } else {
          heading[i] = true;
        }
      } else if ((b.bodyLike() || (b.terminal() && b.words() >= 6)) && related >= 0.5 && first - i <= 3) {
        keptKeys.add(key); // Quirk: a standfirst right above the first paragraph.
      } else if (b.bodyLike() || b.words() >= 15) {
        // Quirk: teasers of other stories in a rail above the article read like prose.
        reason[i] = "teaser";
      } else {
        reason[i] = LINK_PROMPT.matcher(b.text()).find() ? "link-prompt" : "navigation";
      }
    }
    return title;
  }

  /**
   * After the body, from the end backwards: everything up to the last paragraph that is
   * article prose goes. Returns the index of that last body block.
   */
  private static int tailZone(List<Block> blocks, int first, int end, double[] support, String[] reason) {
    double bodySupport = medianBodySupport(blocks, first, support, reason);
    int i = end;
    while (i > first) {
      Block b = blocks.get(i);
      if (reason[i] != null) {
        i--;
        continue;
      }
      String why = tailReason(b, support[i], bodySupport);
      if (why == null) {
        break;
      }
      reason[i] = why;
      i--;
    }
    int last = i;
    // Quirk: portals end an article with a prompt line and then a list of unrelated
    // headlines that read like one-sentence paragraphs. A run of two or more short
    // one-sentence blocks after an unpunctuated or prompt line, less tied to the page than
    // its body, is such a list.
    for (int brk = last; brk > first; brk--) {
      Block b = blocks.get(brk);
      boolean isBreak = b.shortLine() || LINK_PROMPT.matcher(b.text()).find() || reason[brk] != null;
      if (!isBreak) {
        continue;
      }
      int run = 0;
      double runSupport = 0;
      boolean allShort = true;
      for (int j = brk + 1; j <= last; j++) {
        Block r = blocks.get(j);
        if (reason[j] != null) {
          continue;
        }
        if (r.words() > 30 || sentenceCount(r.text()) > 1) {
          allShort = false;
          break;
        }
        run++;
        runSupport += support[j];
      }
      if (allShort && run >= 2 && runSupport / run < 0.85 * bodySupport) {
        for (int j = brk; j <= last; j++) {
          if (reason[j] == null) {
            reason[j] = j == brk ? "link-prompt" : "headline-list";
          }
        }
        last = brk - 1;
        while (last > first && reason[last] != null) {
          last--;
        }
        // Prompts just before the list ("For more ..., visit ...") go with it.
        while (last > first && LINK_PROMPT.matcher(blocks.get(last).text()).find()
            && !blocks.get(last).bodyLike()) {
          reason[last] = "link-prompt";
          last--;
        }
        break;
      }
      if (b.bodyLike()) {
        break;
      }
    }
    for (int j = last; j > first; j--) {
      Block b = blocks.get(j);
      if (reason[j] == null && LINK_PROMPT.matcher(b.text()).find() && b.words() <= 30
          && startsWithPrompt(b.text())) {
        reason[j] = "link-prompt";
        last = j - 1;
      } else if (reason[j] == null) {
        break;
      }
    }
    return last;
  }

  private static boolean startsWithPrompt(String text) {
    return Signals.startsWithPrompt(text);
  }

  /** Why a block at the tail is not article prose, or null if it is. */
  private static String tailReason(Block b, double support, double bodySupport) {
    String t = b.text();
    if (isDisclaimer(b)) {
      return "disclaimer";
    }
    if (b.shortLine() || b.words() <= 3) {
      if (SHARE.matcher(t).find()) {
        return "share";
      }
      if (t.toLowerCase(Locale.ROOT).contains("related")) {
        return "related";
      }
      return LINK_PROMPT.matcher(t).find() ? "link-prompt" : "boilerplate";
    }
    if (LINK_PROMPT.matcher(t).find() && startsWithPrompt(t) && b.words() <= 30) {
      return "link-prompt";
    }
    if (Signals.isCallToAction(b)) {
      return "promo";
    }
    if (Signals.isAuthorBio(b)) {
      return "author-bio";
    }
    return null;
  }

  private static boolean isDisclaimer(Block b) {
    return Signals.isDisclaimer(b);
  }

  /** Inside the body: headings, captions, teasers, repeats. */
  private static void middleZone(List<Block> blocks, int first, int last, double[] support,
      String[] reason, boolean[] heading, String title) {
    Set<String> seen = new HashSet<>();
    if (title != null) {
      seen.add(CorpusStats.key(title));
    }
    for (int i = 0; i < first; i++) {
      if (reason[i] == null) {
        seen.add(CorpusStats.key(blocks.get(i).text()));
      }
    }
    for (int i = first; i <= last && i < blocks.size(); i++) {
      if (reason[i] != null) {
        continue;
      }
      Block b = blocks.get(i);
      String key = CorpusStats.key(b.text());
      if (seen.contains(key)) {
        reason[i] = "repeated-title";
        continue;
      }
      seen.add(key);
      if (Signals.isCaption(b)) {
        reason[i] = "caption";
      } else if (Signals.isCallToAction(b) && b.words() <= 30) {
        reason[i] = "promo";
      } else if (LABEL_PROMPT.matcher(b.text()).find() && b.words() <= 40) {
        reason[i] = "teaser";
      } else if (startsWithPrompt(b.text()) && LINK_PROMPT.matcher(b.text()).find() && !b.bodyLike()) {
        reason[i] = "link-prompt";
      } else if (isDisclaimer(b) && support[i] < 0.5) {
        reason[i] = "disclaimer";
      } else if (b.shortLine()) {
        Block next = nextKept(blocks, i, last, reason);
        double taken = next == null ? 0 : overlap(b.stems(), next.stems());
        if (b.text().endsWith(":") && next != null) {
          continue; // introduces what follows
        }
        if (taken >= 0.66 && b.words() >= 1) {
          heading[i] = true;
        } else if (next != null && Signals.isUpperCaseHeading(b) && !SHARE.matcher(b.text()).find()) {
          heading[i] = true; // Quirk: reports of several events put a kicker in capitals over each.
        } else {
          reason[i] = SHARE.matcher(b.text()).find() && b.words() <= 5 ? "share" : "caption";
        }
      }
    }
  }

  private static Block nextKept(List<Block> blocks, int i, int last, String[] reason) {
    for (int j = i + 1; j <= last && j < blocks.size(); j++) {
      if (reason[j] == null && !blocks.get(j).shortLine()) {
        return blocks.get(j);
      }
    }
    return null;
  }

  private static Set<String> bodyStems(List<Block> blocks, int from, String[] reason) {
    Set<String> out = new HashSet<>();
    for (int i = from; i < blocks.size(); i++) {
      if (reason[i] == null && blocks.get(i).bodyLike()) {
        out.addAll(blocks.get(i).stems());
      }
    }
    return out;
  }

  private static double overlap(Set<String> a, Set<String> b) {
    if (a.isEmpty()) {
      return 0;
    }
    int n = 0;
    for (String s : a) {
      if (b.contains(s)) {
        n++;
      }
    }
    return n / (double) a.size();
  }

  private static double medianBodySupport(List<Block> blocks, int first, double[] support, String[] reason) {
    double[] v = new double[blocks.size()];
    int n = 0;
    for (int i = first; i < blocks.size(); i++) {
      if (reason[i] == null && blocks.get(i).bodyLike()) {
        v[n++] = support[i];
      }
    }
    if (n == 0) {
      return 0.5;
    }
    double[] s = Arrays.copyOf(v, n);
    Arrays.sort(s);
    return s[n / 2];
  }

  static int sentenceCount(String text) {
    int count = 0;
    for (int i = 0; i < text.length() - 1; i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1))
          && i + 2 < text.length() && Character.isUpperCase(text.charAt(i + 2))) {
        count++;
      }
    }
    return count + 1;
  }

  /**
   * A page that says it was translated automatically, or whose prose shows the marks of
   * machine translation (sentences resumed in lower case after a full stop, spaces before
   * punctuation) often enough.
   */
  /** The share of commas with a space before them from which the text is tokenised, not translated. */
  static final double TOKENISED_COMMAS = 0.9;

  private static boolean machineTranslated(String text, List<Block> blocks, String[] reason) {
    for (int i = 0; i < blocks.size(); i++) {
      String t = blocks.get(i).text().toLowerCase(Locale.ROOT);
      if (t.contains("translat") && (t.contains("automatic") || t.contains("machine")
          || t.contains("programmatic") || t.contains("software"))) {
        return true;
      }
    }
    int breaks = 0;
    int spaced = 0;
    int commas = 0;
    int spacedCommas = 0;
    int sentences = 0;
    for (int i = 0; i < blocks.size(); i++) {
      if (reason[i] != null) {
        continue;
      }
      String t = blocks.get(i).text();
      for (int k = 1; k + 2 < t.length(); k++) {
        char c = t.charAt(k);
        if (c == ',') {
          commas++;
          spacedCommas += t.charAt(k - 1) == ' ' ? 1 : 0;
        }
        if (c == '.' && t.charAt(k + 1) == ' ') {
          sentences++;
          if (Character.isLowerCase(t.charAt(k + 2)) && Character.isLowerCase(t.charAt(k - 1))) {
            breaks++;
          }
        } else if (c == ' ' && (t.charAt(k + 1) == ',' || t.charAt(k + 1) == '.')
            && Character.isLetter(t.charAt(k - 1))) {
          spaced++;
        }
      }
    }
    // A space before nearly every comma is a tokeniser's doing (Penn-style corpora write
    // "Libya , the ..."), systematic where a translation's slips are sporadic: not a sign then.
    boolean tokenised = commas >= 10 && spacedCommas >= TOKENISED_COMMAS * commas;
    int anomalies = breaks + (tokenised ? 0 : spaced);
    return sentences >= 10 && anomalies >= 3 && anomalies >= sentences * 0.04;
  }
}
