package io.dossier.store;

import io.dossier.clean.CorpusStats;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The store's {@link CorpusStats}, kept in the {@code line_docs} table: for each normalised
 * line, the number of stored text dumps that hold it. Adding or removing a document changes
 * its own lines' counts only, so an add costs its own size, not the store's. Stateless.
 */
final class LineCounts {
  /** SQLite binds at most 999 parameters per statement in older builds; stay well below. */
  private static final int BATCH = 500;
  private static final String BUILT = "line_docs_built";

  private LineCounts() {
  }

  /** Adds {@code delta} (+1 or -1) to the count of each distinct line of {@code text}. */
  static void count(Connection c, String text, int delta) throws SQLException {
    try (PreparedStatement up = c.prepareStatement(
        "INSERT INTO line_docs(key, docs) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET docs = docs + excluded.docs")) {
      for (String k : CorpusStats.lineKeys(text)) {
        up.setString(1, k);
        up.setInt(2, delta);
        up.addBatch();
      }
      up.executeBatch();
    }
    if (delta < 0) {
      try (Statement st = c.createStatement()) {
        st.execute("DELETE FROM line_docs WHERE docs <= 0");
      }
    }
  }

  /** Statistics for cleaning {@code texts}: stored counts of their lines, plus the texts themselves. */
  static CorpusStats statsWith(Connection c, List<String> texts) throws SQLException {
    Map<String, Integer> counts = new HashMap<>();
    Set<String> keys = new LinkedHashSet<>();
    for (String t : texts) {
      Set<String> own = CorpusStats.lineKeys(t);
      keys.addAll(own);
      own.forEach(k -> counts.merge(k, 1, Integer::sum));
    }
    List<String> all = new ArrayList<>(keys);
    for (int from = 0; from < all.size(); from += BATCH) {
      List<String> part = all.subList(from, Math.min(all.size(), from + BATCH));
      String sql = "SELECT key, docs FROM line_docs WHERE key IN (" + String.join(",", Collections.nCopies(part.size(), "?"))
          + ")";
      try (PreparedStatement st = c.prepareStatement(sql)) {
        for (int i = 0; i < part.size(); i++) {
          st.setString(i + 1, part.get(i));
        }
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            counts.merge(rs.getString(1), rs.getInt(2), Integer::sum);
          }
        }
      }
    }
    return CorpusStats.fromCounts(counts, storedTexts(c) + texts.size());
  }

  private static int storedTexts(Connection c) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM documents WHERE kind = 'TEXT' AND decoded_text IS NOT NULL")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  /** Counts the lines of every stored text dump once, in a store made before the table existed. */
  static Void buildIfMissing(Connection c) throws SQLException {
    try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM meta WHERE key = ?")) {
      st.setString(1, BUILT);
      try (ResultSet rs = st.executeQuery()) {
        if (rs.next()) {
          return null;
        }
      }
    }
    try (Statement st = c.createStatement()) {
      st.execute("DELETE FROM line_docs");
    }
    List<String> texts = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT decoded_text FROM documents WHERE kind = 'TEXT' AND decoded_text IS NOT NULL")) {
      while (rs.next()) {
        texts.add(rs.getString(1));
      }
    }
    for (String t : texts) {
      count(c, t, +1);
    }
    try (PreparedStatement st = c.prepareStatement("INSERT INTO meta(key, value) VALUES (?, '1')")) {
      st.setString(1, BUILT);
      st.executeUpdate();
    }
    return null;
  }
}
