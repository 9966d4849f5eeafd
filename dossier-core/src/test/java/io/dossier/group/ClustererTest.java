package io.dossier.group;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.embed.Vectors;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClustererTest {
  private static float[] v(float... x) {
    return Vectors.normalize(x);
  }

  @Test
  void nearbyVectorsFormOneClusterAndFarOnesAnother() {
    float[][] vs = {
        v(1, 0, 0), v(0, 1, 0), v(0.95f, 0.05f, 0), v(0.05f, 0.95f, 0), v(0.9f, 0.1f, 0.1f), v(0, 0, 1)};
    List<List<Integer>> c = Clusterer.cluster(vs, 0.8);
    assertThat(c).containsExactly(List.of(0, 2, 4), List.of(1, 3), List.of(5));
  }

  @Test
  void aThresholdAboveEverySimilarityLeavesSingletons() {
    float[][] vs = {v(1, 0), v(0, 1), v(1, 1)};
    assertThat(Clusterer.cluster(vs, 0.99)).containsExactly(List.of(0), List.of(1), List.of(2));
  }

  @Test
  void averageLinkageDoesNotChainThroughAMiddleItem() {
    // a~b and b~c are close, a and c are not: single linkage would chain all three.
    float[][] vs = {v(1, 0), v(0.7071f, 0.7071f), v(0, 1)};
    List<List<Integer>> c = Clusterer.cluster(vs, 0.6);
    assertThat(c).hasSize(2);
    assertThat(c.stream().mapToInt(List::size).sum()).isEqualTo(3);
  }

  @Test
  void clustersPartitionTheItemsAndAreSortedByFirstItem() {
    java.util.Random r = new java.util.Random(42);
    float[][] vs = new float[40][];
    for (int i = 0; i < vs.length; i++) {
      float[] x = new float[8];
      for (int d = 0; d < x.length; d++) {
        x[d] = (float) r.nextGaussian();
      }
      vs[i] = v(x);
    }
    List<List<Integer>> c = Clusterer.cluster(vs, 0.2);
    assertThat(c.stream().flatMap(List::stream).sorted().toList())
        .isEqualTo(java.util.stream.IntStream.range(0, 40).boxed().toList());
    for (int i = 1; i < c.size(); i++) {
      assertThat(c.get(i).get(0)).isGreaterThan(c.get(i - 1).get(0));
    }
    for (List<Integer> cluster : c) {
      assertThat(cluster).isSorted();
    }
    assertThat(Clusterer.cluster(vs, 0.2)).as("deterministic").isEqualTo(c);
  }

  @Test
  void noVectorsGiveNoClusters() {
    assertThat(Clusterer.cluster(new float[0][], 0.5)).isEmpty();
  }
}
