package io.dossier.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoTest {
  @Test
  void aKnownKeyIsNotComputedAgainAndAFullMemoStartsOver() {
    AtomicInteger calls = new AtomicInteger();
    Memo<String, Integer> m = new Memo<>(2, s -> {
      calls.incrementAndGet();
      return s.length();
    });
    assertThat(m.get("abc")).isEqualTo(3);
    assertThat(m.get("abc")).isEqualTo(3);
    assertThat(calls).hasValue(1);
    m.get("de");
    m.get("f"); // full: starts over, keeps only "f"
    m.get("abc");
    assertThat(calls).hasValue(4);
  }

  @Test
  void aMemoHoldsAtLeastOneResult() {
    assertThatThrownBy(() -> new Memo<String, String>(0, s -> s)).isInstanceOf(IllegalArgumentException.class);
  }
}
