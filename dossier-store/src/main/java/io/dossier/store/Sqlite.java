package io.dossier.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The store's database file: one connection that writes (serialised by a lock, each write a
 * transaction) and one that reads (WAL lets it read while the writer writes). The file is in
 * WAL mode with {@code synchronous=FULL}: a committed transaction is on disk before
 * {@link #write} returns, and a crash in the middle of one leaves the last committed state.
 * Thread-safe; close once.
 */
final class Sqlite implements AutoCloseable {
  static final int SCHEMA_VERSION = 1;
  /** How long SQLite itself waits for another connection's lock, per attempt. */
  static final int BUSY_TIMEOUT_MILLIS = 10_000;
  /** Write-lock attempts (each waiting the busy timeout): a long brief's re-cleaning write can take a while. */
  static final int BEGIN_ATTEMPTS = 4;
  /** Pause before another attempt, times the attempt number. */
  static final int RETRY_PAUSE_MILLIS = 100;
  private final Connection writer;
  private final Connection reader;
  private final ReentrantLock writeLock = new ReentrantLock(true);
  private final Object readLock = new Object();

  @FunctionalInterface
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  Sqlite(Path file) throws SQLException {
    String url = "jdbc:sqlite:" + file.toAbsolutePath();
    writer = DriverManager.getConnection(url);
    try (Statement s = writer.createStatement()) {
      s.execute("PRAGMA busy_timeout=" + BUSY_TIMEOUT_MILLIS);
      s.execute("PRAGMA journal_mode=WAL");
      s.execute("PRAGMA synchronous=FULL");
      s.execute("PRAGMA foreign_keys=ON");
    }
    // Transactions are begun by hand (BEGIN IMMEDIATE in write()); the driver's own would be deferred.
    writer.setAutoCommit(true);
    createSchema();
    reader = DriverManager.getConnection(url);
    try (Statement s = reader.createStatement()) {
      s.execute("PRAGMA busy_timeout=" + BUSY_TIMEOUT_MILLIS);
      s.execute("PRAGMA query_only=ON");
    }
  }

  private void createSchema() throws SQLException {
    write(c -> {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
        s.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('schema', '" + SCHEMA_VERSION + "')");
        s.execute("""
            CREATE TABLE IF NOT EXISTS documents (
              seq INTEGER PRIMARY KEY AUTOINCREMENT,
              id TEXT NOT NULL UNIQUE,
              name TEXT NOT NULL,
              source TEXT NOT NULL,
              sha256 TEXT,
              added_ms INTEGER NOT NULL,
              kind TEXT,
              read_json TEXT NOT NULL,
              decoded_text TEXT,
              passages_json TEXT NOT NULL,
              stats_sig TEXT,
              embedded INTEGER NOT NULL DEFAULT 0)""");
        s.execute("CREATE INDEX IF NOT EXISTS documents_sha ON documents(sha256)");
        s.execute("CREATE INDEX IF NOT EXISTS documents_embedded ON documents(embedded)");
        s.execute("CREATE INDEX IF NOT EXISTS documents_kind ON documents(kind)");
        // In how many stored text dumps each normalised line occurs (CorpusStats, kept as documents come and go).
        s.execute("CREATE TABLE IF NOT EXISTS line_docs (key TEXT PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID");
        s.execute("""
            CREATE TABLE IF NOT EXISTS vectors (
              model TEXT NOT NULL,
              hash BLOB NOT NULL,
              vec BLOB NOT NULL,
              PRIMARY KEY (model, hash)) WITHOUT ROWID""");
      }
      try (var st = c.prepareStatement("SELECT value FROM meta WHERE key='schema'"); var rs = st.executeQuery()) {
        int v = rs.next() ? Integer.parseInt(rs.getString(1)) : SCHEMA_VERSION;
        if (v != SCHEMA_VERSION) {
          throw new SQLException("the store has schema version " + v + "; this Dossier reads version "
              + SCHEMA_VERSION + ": use a new --data directory");
        }
      }
      return null;
    });
  }

  /**
   * Runs {@code work} in one write transaction: committed when it returns, rolled back if it
   * throws. The transaction takes the write lock first ({@code BEGIN IMMEDIATE}), so another
   * process writing the same file makes it wait (busy timeout) rather than fail half-way: a
   * deferred transaction that read first could not be upgraded to a writer once the other
   * process had committed (SQLITE_BUSY_SNAPSHOT). A lock still busy after the timeout is tried
   * again a few times before the write fails.
   */
  <T> T write(Work<T> work) throws SQLException {
    writeLock.lock();
    try {
      begin();
      try {
        T t = work.run(writer);
        exec("COMMIT");
        return t;
      } catch (SQLException | RuntimeException e) {
        try {
          exec("ROLLBACK");
        } catch (SQLException suppressed) {
          e.addSuppressed(suppressed);
        }
        throw e;
      }
    } finally {
      writeLock.unlock();
    }
  }

  private void begin() throws SQLException {
    for (int attempt = 1; ; attempt++) {
      try {
        exec("BEGIN IMMEDIATE");
        return;
      } catch (SQLException e) {
        if (!busy(e) || attempt >= BEGIN_ATTEMPTS) {
          throw e;
        }
        try {
          Thread.sleep(RETRY_PAUSE_MILLIS * attempt);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw new SQLException("interrupted while waiting for the store's write lock", ie);
        }
      }
    }
  }

  private static boolean busy(SQLException e) {
    String m = String.valueOf(e.getMessage());
    return m.contains("SQLITE_BUSY") || m.contains("database is locked");
  }

  private void exec(String sql) throws SQLException {
    try (Statement s = writer.createStatement()) {
      s.execute(sql);
    }
  }

  /** Runs {@code work} on the read connection (it sees every committed write). */
  <T> T read(Work<T> work) throws SQLException {
    synchronized (readLock) {
      return work.run(reader);
    }
  }

  /** Checks the file: SQLite's own integrity check, "ok" when sound. */
  String integrityCheck() throws SQLException {
    return read(c -> {
      try (var st = c.createStatement(); var rs = st.executeQuery("PRAGMA integrity_check")) {
        return rs.next() ? rs.getString(1) : "no answer";
      }
    });
  }

  @Override
  public void close() throws SQLException {
    writeLock.lock();
    try {
      synchronized (readLock) {
        reader.close();
      }
      writer.close();
    } finally {
      writeLock.unlock();
    }
  }
}
