package io.dossier.group;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.model.Passages;
import io.dossier.testing.Texts;
import io.dossier.text.SentenceSegmenter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimsTest {
  private static Passages doc(String... lines) {
    return new SentenceSegmenter().split(Texts.pageOfLines("d", String.join("\n", lines)));
  }

  @Test
  void aSentenceThatMakesTwoClaimsIsCutAtTheSemicolonWithExactOffsets() {
    Passages d = doc("Repairs to the old ferry engines cost too much money; winter storms also stop the ferry for weeks.");
    List<Claims.Claim> claims = Claims.of(d);
    assertThat(claims).extracting(Claims.Claim::text).containsExactly(
        "Repairs to the old ferry engines cost too much money",
        "winter storms also stop the ferry for weeks.");
    for (Claims.Claim c : claims) {
      assertThat(d.page().text().substring(c.start(), c.end())).isEqualTo(c.text());
    }
  }

  @Test
  void aShortSideIsNotCutOff() {
    assertThat(Claims.clauses("The ferry is old; so what, the council says, when a bridge costs more.")).hasSize(1);
  }

  @Test
  void questionsCaptionsAndQuoteFragmentsAreNotClaims() {
    Passages d = doc("Is the harbour ferry really too expensive to repair for the council?",
        "Photo: the ferry.",
        "\u201CWe cannot keep patching the engines of this old boat,",
        "The council says the harbour ferry engines are too old and too costly to repair.");
    assertThat(Claims.of(d)).extracting(Claims.Claim::text)
        .containsExactly("The council says the harbour ferry engines are too old and too costly to repair.");
  }

  @Test
  void aBalancedQuoteIsAClaim() {
    assertThat(Claims.isClaim("\u201CThe engines are finished,\u201D the council engineer told reporters on Monday.")).isTrue();
    assertThat(Claims.quoteFragment("the engines are finished,\u201D the engineer said")).isTrue();
    assertThat(Claims.quoteFragment("There is no more fear after today , '' is one of the chants .")).isTrue();
    assertThat(Claims.quoteFragment("`` We will stay , '' one protester said on Friday .")).isFalse();
  }
}
