package io.dossier.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A bounded memo of a pure function: the results of a stage that a store briefs again and
 * again (a sentence's phrases, a document's quotes or dates). When full it starts over, which
 * keeps memory bounded at the cost of recomputing. Thread-safe; two threads may compute the
 * same result once each.
 */
public final class Memo<K, V> {
  private final int max;
  private final Function<K, V> compute;
  private final Map<K, V> known = new ConcurrentHashMap<>();

  public Memo(int max, Function<K, V> compute) {
    if (max < 1) {
      throw new IllegalArgumentException("a memo holds at least one result");
    }
    this.max = max;
    this.compute = compute;
  }

  public V get(K key) {
    V v = known.get(key);
    if (v != null) {
      return v;
    }
    v = compute.apply(key);
    if (known.size() >= max) {
      known.clear();
    }
    known.put(key, v);
    return v;
  }
}
