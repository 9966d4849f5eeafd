package io.dossier.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TotalEtaTest {
  @Test
  void theRestIsScaledFromTheShareDoneSoFar() {
    // read and clean are 0.169 of the work; 10 s for them leaves about 10 * 0.831 / 0.169 s
    long left = TotalEta.remainingMillis("read", "question", 0, 10_000);
    assertThat(left).isBetween(48_000L, 50_000L);
    // halfway through the embed stage more is known, and less is left
    long later = TotalEta.remainingMillis("read", "embed", 0.5, 20_000);
    assertThat(later).isLessThan(20_000L * 2);
    assertThat(TotalEta.remainingMillis("read", "actors", 1, 30_000)).isZero();
  }

  @Test
  void tooLittleDoneOrAnUnknownStageTellsNothing() {
    assertThat(TotalEta.remainingMillis("read", "read", 0.1, 100)).isEqualTo(-1);
    assertThat(TotalEta.remainingMillis("read", "somethingElse", 0.5, 100)).isEqualTo(-1);
  }

  @Test
  void aStoreBriefCountsFromTheQuestion() {
    // question is 0.100 of the 0.831 that a store brief's counted stages make
    long left = TotalEta.remainingMillis("load", "embed", 0, 1_000);
    assertThat(left).isBetween(7_200L, 7_400L);
  }

  @Test
  void theClockIsSilentUntilACountedStageRuns() {
    TotalEta.Clock c = new TotalEta.Clock();
    assertThat(c.remainingMillis(0.5)).isEqualTo(-1);
    c.stage("load");
    assertThat(c.remainingMillis(0.5)).isEqualTo(-1);
    c.stage("question");
    c.stage("embed");
    assertThat(c.remainingMillis(0)).isGreaterThanOrEqualTo(0);
  }
}
