package io.dossier.store;

import io.dossier.embed.Embedder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An {@link Embedder} that reads vectors from the store's cache, keyed by (model name, SHA-256
 * of the text), and computes and stores only the missing ones with the real model. The same
 * text always gets the same vector, so a cached brief equals an uncached one. Queries are
 * cached too, under a separate key. Thread-safe.
 */
public final class CachingEmbedder implements Embedder {
  private static final int LOOKUP_CHUNK = 400;
  /** Vectors also kept in memory (about 1.5 KB each at 384 dimensions): a brief reads thousands. */
  private static final int MEMORY_MAX = 60_000;
  private final Embedder model;
  private final Sqlite db;
  private final Map<String, float[]> memory = new java.util.concurrent.ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicLong found = new java.util.concurrent.atomic.AtomicLong();
  private final java.util.concurrent.atomic.AtomicLong computedCount = new java.util.concurrent.atomic.AtomicLong();

  CachingEmbedder(Embedder model, Sqlite db) {
    this.model = model;
    this.db = db;
  }

  @Override
  public float[][] embed(List<String> texts) {
    return embed(texts, false);
  }

  @Override
  public float[] embedQuery(String query) {
    return embed(List.of(query), true)[0];
  }

  @Override
  public float[][] embedQueries(List<String> queries) {
    return embed(queries, true);
  }

  @Override
  public String name() {
    return model.name();
  }

  /** Texts asked for that the model did not embed (cached, or repeated in one call), since this embedder was made. */
  public long found() {
    return found.get();
  }

  /** Texts the model embedded (and the cache then kept), since this embedder was made. */
  public long computed() {
    return computedCount.get();
  }

  /** How many of these texts have no cached vector yet. */
  int missing(List<String> texts) {
    float[][] found = lookup(keys(texts, false));
    int n = 0;
    for (float[] f : found) {
      n += f == null ? 1 : 0;
    }
    return n;
  }

  private float[][] embed(List<String> texts, boolean query) {
    byte[][] keys = keys(texts, query);
    float[][] out = lookup(keys);
    List<Integer> todo = new ArrayList<>();
    Map<String, Integer> firstOf = new HashMap<>();
    for (int i = 0; i < out.length; i++) {
      if (out[i] == null && firstOf.putIfAbsent(texts.get(i), i) == null) {
        todo.add(i);
      }
    }
    found.addAndGet(out.length - todo.size());
    if (todo.isEmpty()) {
      return out;
    }
    computedCount.addAndGet(todo.size());
    List<String> missingTexts = todo.stream().map(texts::get).toList();
    float[][] computed = query ? model.embedQueries(missingTexts) : model.embed(missingTexts);
    for (int k = 0; k < todo.size(); k++) {
      out[todo.get(k)] = computed[k];
    }
    for (int i = 0; i < out.length; i++) {
      if (out[i] == null) {
        out[i] = out[firstOf.get(texts.get(i))];
      }
    }
    store(todo.stream().map(i -> keys[i]).toList(), Arrays.asList(computed));
    for (int k = 0; k < todo.size(); k++) {
      remember(hex(keys[todo.get(k)]), computed[k]);
    }
    return out;
  }

  private float[][] lookup(byte[][] keys) {
    float[][] out = new float[keys.length][];
    Map<String, List<Integer>> where = new HashMap<>();
    for (int i = 0; i < keys.length; i++) {
      String k = hex(keys[i]);
      float[] known = memory.get(k);
      if (known != null) {
        out[i] = known;
      } else {
        where.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
      }
    }
    if (where.isEmpty()) {
      return out;
    }
    List<byte[]> distinct = new ArrayList<>();
    for (List<Integer> l : where.values()) {
      distinct.add(keys[l.get(0)]);
    }
    try {
      db.read(c -> {
        for (int from = 0; from < distinct.size(); from += LOOKUP_CHUNK) {
          List<byte[]> part = distinct.subList(from, Math.min(distinct.size(), from + LOOKUP_CHUNK));
          String sql = "SELECT hash, vec FROM vectors WHERE model = ? AND hash IN ("
              + String.join(",", java.util.Collections.nCopies(part.size(), "?")) + ")";
          try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, model.name());
            for (int k = 0; k < part.size(); k++) {
              st.setBytes(k + 2, part.get(k));
            }
            try (ResultSet rs = st.executeQuery()) {
              while (rs.next()) {
                float[] v = Codec.floats(rs.getBytes(2));
                String k = hex(rs.getBytes(1));
                remember(k, v);
                for (int i : where.get(k)) {
                  out[i] = v;
                }
              }
            }
          }
        }
        return null;
      });
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the vector cache: " + e.getMessage(), e);
    }
    return out;
  }

  private void remember(String key, float[] v) {
    if (memory.size() >= MEMORY_MAX) {
      memory.clear();
    }
    memory.put(key, v);
  }

  private void store(List<byte[]> keys, List<float[]> vecs) {
    try {
      db.write(c -> {
        try (PreparedStatement st = c.prepareStatement(
            "INSERT OR IGNORE INTO vectors(model, hash, vec) VALUES (?, ?, ?)")) {
          for (int k = 0; k < keys.size(); k++) {
            st.setString(1, model.name());
            st.setBytes(2, keys.get(k));
            st.setBytes(3, Codec.floats(vecs.get(k)));
            st.addBatch();
          }
          st.executeBatch();
        }
        return null;
      });
    } catch (SQLException e) {
      throw new IllegalStateException("cannot write the vector cache: " + e.getMessage(), e);
    }
  }

  private static byte[][] keys(List<String> texts, boolean query) {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
    byte[][] out = new byte[texts.size()][];
    for (int i = 0; i < out.length; i++) {
      md.reset();
      if (query) {
        md.update("query\0".getBytes(StandardCharsets.UTF_8));
      }
      out[i] = Arrays.copyOf(md.digest(texts.get(i).getBytes(StandardCharsets.UTF_8)), 16);
    }
    return out;
  }

  private static String hex(byte[] b) {
    return java.util.HexFormat.of().formatHex(b);
  }
}
