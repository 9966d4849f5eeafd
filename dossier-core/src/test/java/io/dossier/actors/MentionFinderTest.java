package io.dossier.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MentionFinderTest {
  private static List<Mention> mentions(String text) {
    return MentionFinder.find(Tokenizer.tokenize(text, 0, text.length(), List.of()), Set.of());
  }

  @Test
  void twoCapitalisedWordsAfterAnArticleOrAPlacePrepositionAreAPlaceNotAPerson() {
    List<Mention> ms = mentions("Crowds gathered in Hong Kong as the Hong Kong garrison watched.");
    assertThat(ms).filteredOn(m -> m.text().contains("Hong Kong")).isNotEmpty()
        .allSatisfy(m -> assertThat(m.kind()).isNotEqualTo(Mention.Kind.PERSON));
  }

  @Test
  void aRoleWrittenRightBeforeANameJoinsIt() {
    List<Mention> ms = mentions("Japan’s envoy to Britain Tanaka Hiroshi spoke on Monday.");
    assertThat(ms).filteredOn(m -> m.kind() == Mention.Kind.PERSON).singleElement()
        .satisfies(m -> {
          assertThat(m.name()).isEqualTo("Tanaka Hiroshi");
          assertThat(m.titles()).contains("envoy", "britain");
        });
  }

  @Test
  void aNameWithAKnownFirstNameAfterThePrepositionStaysAPerson() {
    assertThat(mentions("The award went to the team of Maria Lopez in London."))
        .anyMatch(m -> m.kind() == Mention.Kind.PERSON && m.name().equals("Maria Lopez"));
  }
}
