package io.dossier.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.model.CharSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageAndCorpusStatsTest {
  private static final String ENGLISH = "The council voted on Tuesday to replace the harbour ferry with a bridge, "
      + "because the old ferry has become too expensive to repair and too slow for the growing number of "
      + "commuters who cross the water every day of the week.";
  private static final String SPANISH = "El ayuntamiento vot\u00F3 el martes sustituir el transbordador del puerto "
      + "por un puente, porque el viejo transbordador se ha vuelto demasiado caro de reparar y demasiado lento "
      + "para el creciente n\u00FAmero de viajeros que cruzan el agua todos los d\u00EDas de la semana.";
  private static final String RUSSIAN = "\u0413\u043E\u0440\u043E\u0434\u0441\u043A\u043E\u0439 \u0441\u043E\u0432\u0435\u0442 "
      .repeat(20);

  private static List<CharSpan> all(String t) {
    return List.of(new CharSpan(0, t.length()));
  }

  @Test
  void englishProseLooksEnglish() {
    assertThat(Language.looksEnglish(ENGLISH, all(ENGLISH))).isTrue();
  }

  @Test
  void spanishProseDoesNotLookEnglish() {
    assertThat(Language.looksEnglish(SPANISH, all(SPANISH))).isFalse();
  }

  @Test
  void cyrillicTextDoesNotLookEnglishEvenWhenShort() {
    String shortRu = "\u041C\u043E\u0441\u043A\u0432\u0430 \u0438 \u041A\u0438\u0435\u0432";
    assertThat(Language.looksEnglish(RUSSIAN, all(RUSSIAN))).isFalse();
    assertThat(Language.looksEnglish(shortRu, all(shortRu))).isFalse();
  }

  @Test
  void onlyKeptTextIsJudged() {
    String t = SPANISH + "\n" + ENGLISH;
    assertThat(Language.looksEnglish(t, List.of(new CharSpan(SPANISH.length() + 1, t.length())))).isTrue();
  }

  @Test
  void tooLittleTextCountsAsEnglish() {
    assertThat(Language.looksEnglish("Hola amigos", all("Hola amigos"))).isTrue();
    assertThat(Language.looksEnglish("", List.of())).isTrue();
  }

  @Test
  void corpusStatsCountDocumentsPerNormalisedLine() {
    CorpusStats s = CorpusStats.of(List.of("Share this!\nBody one.\nShare this!", "share  THIS\nBody two.", "Body one."));
    assertThat(s.documents()).isEqualTo(3);
    assertThat(s.documentsWith("Share this")).isEqualTo(2);
    assertThat(s.documentsWith("Body one")).isEqualTo(2);
    assertThat(s.documentsWith("Never seen")).isZero();
    assertThat(CorpusStats.key("  Hello,   World!  ")).isEqualTo("hello world");
  }
}
