package io.dossier.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Padding and pooling on their own, without the model. */
class BatchAndVectorsTest {
  @Test
  void rowsArePaddedWithZerosAndMaskedRowMajor() {
    Batch b = Batch.pad(List.of(new long[] {101, 7, 102}, new long[] {101, 102}), 3);
    assertThat(b.ids()).containsExactly(101, 7, 102, 101, 102, 0);
    assertThat(b.mask()).containsExactly(1, 1, 1, 1, 1, 0);
  }

  @Test
  void rowsLongerThanTheWidthAreCut() {
    Batch b = Batch.pad(List.of(new long[] {1, 2, 3, 4}), 2);
    assertThat(b.ids()).containsExactly(1, 2);
    assertThat(b.mask()).containsExactly(1, 1);
  }

  @Test
  void clsPoolingTakesTheFirstTokenOfEachRowAtUnitLength() {
    float[][][] hidden = {
        {{3, 4}, {100, 100}},
        {{0, 2}, {-1, -1}}};
    float[][] pooled = Batch.clsPool(hidden);
    assertThat(pooled[0]).containsExactly(new float[] {0.6f, 0.8f}, within(1e-6f));
    assertThat(pooled[1]).containsExactly(new float[] {0f, 1f}, within(1e-6f));
  }

  @Test
  void normalizeGivesUnitLengthAndLeavesZeroVectorsZero() {
    assertThat(Vectors.dot(Vectors.normalize(new float[] {1, 2, 2}), Vectors.normalize(new float[] {1, 2, 2})))
        .isCloseTo(1.0, within(1e-6));
    assertThat(Vectors.normalize(new float[] {0, 0})).containsExactly(0f, 0f);
  }

  @Test
  void centroidIsTheUnitMean() {
    float[] c = Vectors.centroid(List.of(new float[] {1, 0}, new float[] {0, 1}));
    assertThat(c).containsExactly(new float[] {0.70710677f, 0.70710677f}, within(1e-6f));
    assertThat(Vectors.centroid(List.of())).isEmpty();
  }
}
