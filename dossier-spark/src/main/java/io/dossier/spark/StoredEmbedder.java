package io.dossier.spark;

import io.dossier.embed.Embedder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Serves the vectors the analyse job stored, by exact sentence text, and asks the model for
 * anything missing (titles, sentences the job did not embed, queries). The stored vectors
 * must come from the same model as {@code model} (the caller checks the dataset's model
 * name). Thread-safe: the map is never changed; counters are atomic.
 */
public final class StoredEmbedder implements Embedder {
  private final Map<String, float[]> stored;
  private final Embedder model;
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();

  public StoredEmbedder(Map<String, float[]> stored, Embedder model) {
    this.stored = Map.copyOf(stored);
    this.model = model;
  }

  @Override
  public float[][] embed(List<String> texts) {
    float[][] out = new float[texts.size()][];
    List<String> missing = new ArrayList<>();
    List<Integer> where = new ArrayList<>();
    for (int i = 0; i < out.length; i++) {
      float[] v = stored.get(texts.get(i));
      if (v != null) {
        out[i] = v.clone();
      } else {
        missing.add(texts.get(i));
        where.add(i);
      }
    }
    hits.addAndGet(out.length - missing.size());
    misses.addAndGet(missing.size());
    if (!missing.isEmpty()) {
      float[][] fresh = model.embed(missing);
      for (int k = 0; k < fresh.length; k++) {
        out[where.get(k)] = fresh[k];
      }
    }
    return out;
  }

  @Override
  public float[] embedQuery(String query) {
    return model.embedQuery(query);
  }

  @Override
  public float[][] embedQueries(List<String> queries) {
    return model.embedQueries(queries);
  }

  @Override
  public String name() {
    return model.name();
  }

  /** Texts served from the dataset. */
  public long hits() {
    return hits.get();
  }

  /** Texts the model had to embed. */
  public long misses() {
    return misses.get();
  }
}
