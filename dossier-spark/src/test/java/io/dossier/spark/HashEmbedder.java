package io.dossier.spark;

import io.dossier.embed.Embedder;
import io.dossier.embed.Vectors;
import io.dossier.text.Words;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * A deterministic stand-in for the ONNX model (as core's test FakeEmbedder): the normalised
 * sum of one pseudo-random vector per lower-case word, so texts that share words are alike
 * and a text always gets the same vector, whatever it is batched with. Thread-safe. Counts
 * its instances, so tests can check there is one per JVM.
 */
public final class HashEmbedder implements Embedder {
  public static final int DIM = 64;
  static final java.util.concurrent.atomic.AtomicInteger INSTANCES = new java.util.concurrent.atomic.AtomicInteger();

  public HashEmbedder() {
    INSTANCES.incrementAndGet();
  }

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
    return "hash-" + DIM;
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
      v[0] = 1;
    }
    return v;
  }
}
