package io.dossier.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  @Test
  void pennBracketsArePunctuationNotCapitalisedWords() {
    String t = "Officials -LRB- at least three -RRB- met Mr. Smith's aides.";
    List<Token> tokens = Tokenizer.tokenize(t, 0, t.length(), List.of());
    assertThat(tokens).filteredOn(Token::capitalized).extracting(Token::text)
        .containsExactly("Officials", "Mr.", "Smith");
    assertThat(tokens).filteredOn(x -> x.text().equals("-LRB-") || x.text().equals("-RRB-"))
        .hasSize(2).allMatch(x -> x.kind() == Token.Kind.PUNCT);
    for (Token k : tokens) {
      assertThat(t.substring(k.start(), k.end())).isEqualTo(k.text());
    }
  }
}
