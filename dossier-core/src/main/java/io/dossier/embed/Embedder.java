package io.dossier.embed;

import java.util.List;

/**
 * Turns sentences into unit-length vectors whose dot product is their cosine similarity.
 * Implementations are thread-safe and hold their model for the life of the process.
 */
public interface Embedder {
  /** One unit vector per text, in order. */
  float[][] embed(List<String> texts);

  /** A vector for a search query (some models want an instruction in front of queries). */
  float[] embedQuery(String query);

  /** Query vectors for many texts, in order; implementations batch them where they can. */
  default float[][] embedQueries(List<String> queries) {
    float[][] out = new float[queries.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = embedQuery(queries.get(i));
    }
    return out;
  }

  /** A short name of the model, for reports. */
  String name();
}
