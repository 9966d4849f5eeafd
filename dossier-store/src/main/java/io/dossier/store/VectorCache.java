package io.dossier.store;

import io.dossier.embed.Embedder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;

/**
 * A vector cache for briefs made without a store (the CLI's {@code --cache DIR}): sentence
 * vectors kept in one SQLite file under a directory, keyed by (model name, hash of the text)
 * as in a store, so that a second brief on the same pile, with the same or another question,
 * embeds only the sentences it has not seen. A cached vector is the one the model computed,
 * bit for bit, so a brief is the same with the cache, without it, or from a store. Several
 * processes may share the directory (SQLite's locking). Thread-safe; close once.
 */
public final class VectorCache implements AutoCloseable {
  /** The file in the directory; its name says what it holds and its schema version. */
  static final String FILE = "vectors-v" + Sqlite.SCHEMA_VERSION + ".db";
  private final Path dir;
  private final Sqlite db;
  private final CachingEmbedder embedder;

  private VectorCache(Path dir, Sqlite db, CachingEmbedder embedder) {
    this.dir = dir;
    this.db = db;
    this.embedder = embedder;
  }

  /**
   * Opens (creating it if need be) the cache in {@code dir} for {@code model}'s vectors.
   *
   * @throws IOException if the directory cannot be made or the file is not a readable cache
   */
  public static VectorCache open(Path dir, Embedder model) throws IOException {
    Files.createDirectories(dir);
    try {
      Sqlite db = new Sqlite(dir.resolve(FILE));
      return new VectorCache(dir, db, new CachingEmbedder(model, db));
    } catch (SQLException e) {
      throw new IOException("cannot open the vector cache " + dir.resolve(FILE) + ": " + e.getMessage(), e);
    }
  }

  /**
   * {@code $XDG_CACHE_HOME/dossier}, else {@code ~/.cache/dossier} (the XDG base directory
   * rule: a cache is data that can be deleted at any time without loss).
   */
  public static Path defaultDir(Map<String, String> env, String userHome) {
    String xdg = env.get("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "dossier");
    }
    return Path.of(userHome, ".cache", "dossier");
  }

  /** The model behind the cache: cached vectors are read, missing ones computed and kept. */
  public CachingEmbedder embedder() {
    return embedder;
  }

  public Path dir() {
    return dir;
  }

  @Override
  public void close() throws IOException {
    try {
      db.close();
    } catch (SQLException e) {
      throw new IOException("cannot close the vector cache: " + e.getMessage(), e);
    }
  }
}
