package io.dossier.group;

/**
 * The knobs of point finding, checked once. {@code matchThreshold} is the matcher's probability
 * at or above which a claim makes a key point (how alike two key points may be before they
 * are one is the selector's own, lower, test); {@code maxEmbedded} caps the sentences embedded (the rest are ranked
 * lexically first); {@code maxGrouped} caps the claims weighed per side.
 */
public record PointSettings(int maxKeyPoints, int maxCounterPoints, int summarySentences,
    double matchThreshold, int maxEmbedded, int maxGrouped, int maxEvidencePerPoint, int summaryWords) {
  /**
   * The summary's budget in words for a pile about an event: about what an editor writes for
   * such a pile (Multi-News summaries run about 260 words). On the odd Multi-News dev clusters
   * 250 words of central sentences scored ROUGE-1 0.434 against 0.418 for 150 words followed
   * by key points' evidence.
   */
  public static final int DEFAULT_SUMMARY_WORDS = 250;
  /**
   * The default match threshold, chosen on ArgKP-2021 train by ARI with pairwise F1 kept at
   * 0.5, together with the selector's redundancy test (docs/grouping-bench.md).
   */
  public static final String DEFAULT_MATCH_THRESHOLD = "0.45";
  public static final PointSettings DEFAULT = new PointSettings(10, 6, 4,
      Double.parseDouble(DEFAULT_MATCH_THRESHOLD), 3000, 500, 50, DEFAULT_SUMMARY_WORDS);

  /** With the default summary budget. */
  public PointSettings(int maxKeyPoints, int maxCounterPoints, int summarySentences, double matchThreshold,
      int maxEmbedded, int maxGrouped, int maxEvidencePerPoint) {
    this(maxKeyPoints, maxCounterPoints, summarySentences, matchThreshold, maxEmbedded, maxGrouped,
        maxEvidencePerPoint, DEFAULT_SUMMARY_WORDS);
  }

  public PointSettings {
    if (maxKeyPoints < 1 || maxCounterPoints < 0 || summarySentences < 1 || summaryWords < 1) {
      throw new IllegalArgumentException("point counts must be positive");
    }
    if (!(matchThreshold > 0) || matchThreshold >= 1) {
      throw new IllegalArgumentException("matchThreshold (a probability) must be in (0, 1)");
    }
    if (maxEmbedded < 10 || maxGrouped < 10 || maxEvidencePerPoint < 1) {
      throw new IllegalArgumentException("caps are too small");
    }
  }
}
