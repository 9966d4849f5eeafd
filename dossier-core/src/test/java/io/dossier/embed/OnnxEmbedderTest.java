package io.dossier.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The real model: a text's vector must not depend on the texts embedded with it. */
class OnnxEmbedderTest {
  private static final OnnxEmbedder MODEL = new OnnxEmbedder(2);

  @Test
  void aVectorIsTheSameAloneAndInAnyBatch() {
    String a = "Russia sees the expansion of the alliance as a threat to its security.";
    List<String> others = List.of("Short one.", a, "A much longer sentence about something else entirely, with many more words in it than the first.",
        "Russia sees the expansion of the alliance as a danger to its security.",
        "Moscow sees the expansion of the alliance as a threat to its borders.", "Ukraine wants to join.");
    float[] alone = MODEL.embed(List.of(a))[0];
    float[] inBatch = MODEL.embed(others)[1];
    assertThat(inBatch).containsExactly(alone);
    assertThat(MODEL.embedQueries(List.of("x y", a))[1]).containsExactly(MODEL.embedQuery(a));
  }

  @Test
  void oneSessionOrSeveralGiveTheSameVectorsBitForBit() {
    List<String> texts = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      texts.add("Sentence " + i + " says the council " + (i % 3 == 0 ? "voted to replace the ferry with a bridge" : "met")
          + " after " + i + " years of argument over tolls and traffic.");
    }
    float[][] one = new OnnxEmbedder(1).embed(texts);
    float[][] three = new OnnxEmbedder(3).embed(texts);
    for (int i = 0; i < texts.size(); i++) {
      assertThat(three[i]).as("text %d", i).containsExactly(one[i]);
    }
  }

  @Test
  void vectorsAreUnitLength() {
    float[] v = MODEL.embed(List.of("The ferry engines are too old."))[0];
    double n = 0;
    for (float x : v) {
      n += x * x;
    }
    assertThat(n).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
  }
}
