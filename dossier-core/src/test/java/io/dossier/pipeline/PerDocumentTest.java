package io.dossier.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PerDocumentTest {
  /** Spins for {@code millis} without ever looking at its interrupt flag, as a runaway parser does. */
  private static String spin(String s, long millis) {
    long end = System.nanoTime() + millis * 1_000_000L;
    long x = 0;
    while (System.nanoTime() < end) {
      x++;
    }
    return s + (x < 0 ? "!" : "");
  }

  @Test
  void resultsComeInInputOrderWithinTheBudget() {
    AtomicLong progress = new AtomicLong();
    List<String> out = PerDocument.map(List.of("a", "b", "c", "d", "e"), s -> spin(s.toUpperCase(), 20),
        s -> "late", 2, 60, progress::set);
    assertThat(out).containsExactly("A", "B", "C", "D", "E");
    assertThat(progress.get()).isEqualTo(5);
  }

  @Test
  void aDocumentPastTheBudgetIsGivenUpAndTheOthersGoOnEvenOnOneThread() {
    long t0 = System.nanoTime();
    List<String> out = PerDocument.map(List.of("a", "slow", "b", "c"),
        s -> s.equals("slow") ? spin(s, 5_000) : spin(s, 10), s -> "over:" + s, 1, 1, n -> { });
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertThat(out).containsExactly("a", "over:slow", "b", "c");
    assertThat(ms).isBetween(900L, 4_000L);
  }

  @Test
  void noBudgetWaitsAndAFailureIsReported() {
    assertThat(PerDocument.map(List.of("x"), s -> spin(s, 1_200), s -> "over", 1, 0, n -> { })).containsExactly("x");
    assertThatThrownBy(() -> PerDocument.map(List.of("x"), s -> {
      throw new IllegalArgumentException("bug");
    }, s -> "over", 1, 5, n -> { })).hasMessageContaining("bug");
  }
}
