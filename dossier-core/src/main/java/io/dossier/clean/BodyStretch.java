package io.dossier.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the article body of a text dump as one contiguous stretch of lines: every line gets a
 * score (prose paragraphs positive, in proportion to their length; menu entries, captions,
 * headline lists and prompts negative) and the stretch is the one with the highest total (a
 * maximum-subarray search). A second pass weighs every line by how much it shares the
 * vocabulary of the first pass's body, so that a rail of teasers for other stories, which is
 * prose too, stops counting as body. Stateless.
 *
 * <p>Input: the page's blocks and the reasons already given (a removed block scores as
 * clutter). Output: the first and last index of the stretch, or none when no line scores
 * above zero.
 */
final class BodyStretch {
  /** Indices {@code [first, last]} of the body stretch and its score. */
  record Span(int first, int last, double score) {
    Span {
      if (first < 0 || last < first) {
        throw new IllegalArgumentException("bad stretch " + first + "-" + last);
      }
    }
  }

  private static final double INSIDE_FLOOR = 0.3;

  private BodyStretch() {
  }

  /** The best stretch, or null when nothing on the page reads like prose. */
  static Span find(List<Block> blocks, String[] reason) {
    double[] score = new double[blocks.size()];
    for (int i = 0; i < blocks.size(); i++) {
      score[i] = lineScore(blocks.get(i), reason[i]);
    }
    lengthenGaps(score);
    Span rough = best(score);
    if (rough == null) {
      return null;
    }
    Map<String, Integer> vocabulary = vocabulary(blocks, reason, rough);
    if (paragraphs(blocks, reason, rough) < 4) {
      return rough; // too little body to know its vocabulary
    }
    for (int i = 0; i < blocks.size(); i++) {
      if (score[i] > 0) {
        boolean inside = i >= rough.first() && i <= rough.last() && reason[i] == null
            && blocks.get(i).bodyLike();
        double weight = topicWeight(shared(blocks.get(i).stems(), vocabulary, inside));
        score[i] *= inside ? Math.max(INSIDE_FLOOR, weight) : weight;
      }
    }
    Span refined = best(score);
    return refined == null ? rough : refined;
  }

  /**
   * A line's worth as body text. Quirk: article paragraphs are long and end as sentences do;
   * menus, section labels, captions and headlines are short and do not; a long line without
   * a final stop is a paragraph cut at a link or a headline with its summary, so it counts
   * little either way.
   */
  static double lineScore(Block b, String reason) {
    int w = b.words();
    if (reason != null) {
      return -4 - Math.min(w, 30) * 0.2;
    }
    if (Signals.isPrompt(b) || Signals.isCommentMarker(b.text()) || Signals.isRelatedHeading(b)) {
      return -6;
    }
    if (Signals.isDateLine(b.text())) {
      return -6;
    }
    if (Signals.isCaption(b) || Signals.isCallToAction(b)) {
      return -2 - 0.3 * w;
    }
    if (Signals.isDisclaimer(b)) {
      return -0.5 * Math.min(w, 100); // Quirk: cookie and copyright notices are prose about the site.
    }
    if (b.terminal()) {
      if (w >= 8) {
        return Math.min(w, 150);
      }
      return w >= 4 ? 0.5 * w - 1 : -1.5;
    }
    if (b.text().endsWith(":") && w >= 3) {
      return 1; // Quirk: a line introducing a list or a quote belongs with what follows it.
    }
    if (w >= 30 && Signals.hasInnerSentenceBreak(b.text())) {
      return 0.6 * Math.min(w, 150);
    }
    return -2 - 0.15 * Math.min(w, 40);
  }

  private static final double GAP_GROWTH = 0.25;

  /**
   * Quirk: inside an article, what is not prose comes a line or two at a time (a caption, a
   * subheading, an image credit); after it, the share bar, tags, "related" headlines and
   * footer come in long runs. So the n-th line of a run of non-prose lines costs more than
   * the first, and a long run separates the article from prose further down the page
   * (teasers, comments) that a sum of small costs would let it swallow.
   */
  static void lengthenGaps(double[] score) {
    int run = 0;
    for (int i = 0; i < score.length; i++) {
      if (score[i] > 0) {
        run = 0;
      } else {
        score[i] *= 1 + GAP_GROWTH * run;
        run++;
      }
    }
  }

  /** The maximum-sum stretch of {@code score}, or null when no score is positive. */
  static Span best(double[] score) {
    double bestSum = 0;
    int bestFirst = -1;
    int bestLast = -1;
    double sum = 0;
    int start = 0;
    for (int i = 0; i < score.length; i++) {
      if (sum <= 0) {
        sum = 0;
        start = i;
      }
      sum += score[i];
      if (sum > bestSum) {
        bestSum = sum;
        bestFirst = start;
        bestLast = i;
      }
    }
    if (bestFirst < 0) {
      return null;
    }
    // The stretch starts and ends on positive lines by construction of the sums.
    return new Span(bestFirst, bestLast, bestSum);
  }

  private static int paragraphs(List<Block> blocks, String[] reason, Span span) {
    int n = 0;
    for (int i = span.first(); i <= span.last(); i++) {
      if (reason[i] == null && blocks.get(i).bodyLike()) {
        n++;
      }
    }
    return n;
  }

  /** For each stem, the number of body-like lines of the stretch that use it. */
  private static Map<String, Integer> vocabulary(List<Block> blocks, String[] reason, Span span) {
    Map<String, Integer> df = new HashMap<>();
    for (int i = span.first(); i <= span.last(); i++) {
      if (reason[i] == null && blocks.get(i).bodyLike()) {
        for (String s : blocks.get(i).stems()) {
          df.merge(s, 1, Integer::sum);
        }
      }
    }
    return df;
  }

  /** Share of a line's stems used by the body elsewhere (not counting the line itself). */
  private static double shared(Set<String> stems, Map<String, Integer> vocabulary, boolean inside) {
    if (stems.isEmpty()) {
      return 0;
    }
    int n = 0;
    int self = inside ? 1 : 0;
    for (String s : stems) {
      if (vocabulary.getOrDefault(s, 0) > self) {
        n++;
      }
    }
    return n / (double) stems.size();
  }

  /**
   * Quirk: teasers for other stories, "most read" rails and comments that wander off are prose
   * as much as the article is, but they share few of its words.
   */
  static double topicWeight(double shared) {
    if (shared >= 0.3) {
      return 1;
    }
    if (shared >= 0.12) {
      return (shared - 0.12) / 0.18;
    }
    return -0.5;
  }
}
