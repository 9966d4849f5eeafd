package io.dossier.spark;

import io.dossier.embed.Embedder;
import io.dossier.embed.OnnxEmbedder;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The embedding model of this JVM: one instance per (kind, threads), created lazily on first
 * use and kept for the life of the executor, so every task on an executor shares one ONNX
 * session (the model takes ~150 MB, mostly off-heap, and ~2 s to load). {@code kind} is
 * {@code onnx} (the CLI's bge-small model) or the class name of an {@link Embedder} with a
 * no-argument constructor (tests inject a deterministic one this way). Thread-safe.
 */
public final class Embedders {
  public static final String ONNX = "onnx";
  private static final Map<String, Embedder> SHARED = new ConcurrentHashMap<>();

  private Embedders() {
  }

  /** The shared embedder for {@code kind}; the ONNX session uses {@code threads} cores. */
  public static Embedder shared(String kind, int threads) {
    return SHARED.computeIfAbsent(kind + "/" + threads, k -> create(kind, threads));
  }

  private static Embedder create(String kind, int threads) {
    if (ONNX.equals(kind)) {
      return new OnnxEmbedder(threads);
    }
    try {
      return (Embedder) Class.forName(kind).getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalArgumentException("unknown embedder " + kind
          + ": give 'onnx' or the class name of an Embedder with a no-argument constructor", e);
    }
  }

  /** How many sessions exist in this JVM (for tests: one per executor, not one per task). */
  public static int sessions() {
    return SHARED.size();
  }
}
