package io.dossier.store;

import io.dossier.embed.Embedder;
import io.dossier.embed.Vectors;
import io.dossier.text.Words;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * A deterministic stand-in for the ONNX model: each text is the normalised sum of one
 * pseudo-random vector per lower-case word (seeded by the word's bytes), so texts that share
 * words are similar and the same text always gives the same vector. No model, no threads,
 * no state: thread-safe.
 */
public final class FakeEmbedder implements Embedder {
  public static final int DIM = 64;

  @Override
  public float[][] embed(List<String> texts) {
    float[][] out = new float[texts.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = vector(texts.get(i));
    }
    return out;
  }

  @Override
  public float[] embedQuery(String query) {
    return vector(query);
  }

  @Override
  public String name() {
    return "fake-hash-" + DIM;
  }

  static float[] vector(String text) {
    float[] sum = new float[DIM];
    List<String> words = Words.lower(text);
    if (words.isEmpty()) {
      words = List.of(text.toLowerCase(Locale.ROOT));
    }
    for (String w : words) {
      long seed = 1125899906842597L;
      for (byte b : w.getBytes(StandardCharsets.UTF_8)) {
        seed = 31 * seed + b;
      }
      java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
      for (int d = 0; d < DIM; d++) {
        sum[d] += (float) r.nextGaussian();
      }
    }
    float[] v = Vectors.normalize(sum);
    if (Vectors.dot(v, v) == 0) {
      v[0] = 1; // a unit vector even for a text whose word vectors cancel
    }
    return v;
  }
}
