package io.dossier.group;

/**
 * The knobs of point finding, checked once. {@code clusterThreshold} is how many standard
 * deviations above the pile's usual pair two groups of sentences must be, on average, to merge; {@code maxEmbedded} caps the sentences embedded (the
 * rest are ranked lexically first); {@code maxGrouped} caps the sentences grouped.
 */
public record PointSettings(int maxKeyPoints, int maxCounterPoints, int summarySentences,
    double clusterThreshold, int maxEmbedded, int maxGrouped, int maxEvidencePerPoint) {
  public static final PointSettings DEFAULT = new PointSettings(10, 6, 4, 1.5, 3000, 500, 50);

  public PointSettings {
    if (maxKeyPoints < 1 || maxCounterPoints < 0 || summarySentences < 1) {
      throw new IllegalArgumentException("point counts must be positive");
    }
    if (clusterThreshold <= 0 || clusterThreshold > 10) {
      throw new IllegalArgumentException("clusterThreshold (standard deviations) must be in (0, 10]");
    }
    if (maxEmbedded < 10 || maxGrouped < 10 || maxEvidencePerPoint < 1) {
      throw new IllegalArgumentException("caps are too small");
    }
  }
}
