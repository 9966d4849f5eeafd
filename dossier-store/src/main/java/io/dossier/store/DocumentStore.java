package io.dossier.store;

import io.dossier.clean.CorpusStats;
import io.dossier.embed.Embedder;
import io.dossier.group.PointFinder;
import io.dossier.group.PointSettings;
import io.dossier.ingest.ContentKind;
import io.dossier.ingest.Limits;
import io.dossier.ingest.Source;
import io.dossier.ingest.SourceLoader;
import io.dossier.model.Brief;
import io.dossier.model.Page;
import io.dossier.model.Passages;
import io.dossier.model.Sentence;
import io.dossier.pipeline.BriefConfig;
import io.dossier.pipeline.BriefPipeline;
import io.dossier.pipeline.DocumentReader;
import io.dossier.pipeline.Progress;
import io.dossier.quotes.QuoteFinder;
import io.dossier.time.DateReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A corpus that lasts: documents added one by one (uploaded bytes or fetched URLs) are read,
 * cleaned and split into sentences once, and kept in {@code DIR/dossier.db} (SQLite, WAL,
 * {@code synchronous=FULL}). {@link #add} returns only once the document is committed to disk,
 * so an acknowledged document survives a crash. A background worker then embeds the new
 * sentences into the vector cache, so that a later {@link #brief} finds its vectors there; the
 * brief itself runs the command line's cross-document stages
 * ({@link BriefPipeline#analyse}) over the stored pages, so it equals the CLI's brief on the
 * same files.
 *
 * <p>Text dumps are cleaned with line statistics over the corpus. A brief recomputes those
 * statistics over the documents it uses and re-cleans a text dump only when the statistics of
 * its own lines differ from the ones it was cleaned with (a signature is kept per document).
 *
 * <p>Thread-safe: adds from many threads run their reading and cleaning in parallel and are
 * written one at a time; briefs run one at a time. Several processes may open the same
 * directory (SQLite locks the file). Close it once; {@link #close} stops the worker.
 */
public final class DocumentStore implements AutoCloseable {
  public static final String DB_FILE = "dossier.db";

  /**
   * Settings of a store, checked once: the reading {@code limits}, whether a background worker
   * embeds new documents, the worker threads of a brief, and the brief's point settings.
   */
  public record Options(Limits limits, boolean backgroundEmbedding, int threads, PointSettings points) {
    public Options {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1");
      }
    }

    public static Options defaults() {
      return new Options(Limits.DEFAULT, true, Math.max(1, Runtime.getRuntime().availableProcessors()),
          PointSettings.DEFAULT);
    }

    public Options withBackgroundEmbedding(boolean on) {
      return new Options(limits, on, threads, points);
    }

    public Options withLimits(Limits l) {
      return new Options(l, backgroundEmbedding, threads, points);
    }
  }

  /** One stored row, parsed; immutable. */
  record Entry(long seq, String id, String name, String sha256, Instant added, ContentKind kind,
      Codec.ReadInfo read, String decodedText, Passages passages, String statsSig, boolean embedded) {
    Entry withAnalysis(Passages p, String sig) {
      return new Entry(seq, id, name, sha256, added, kind, read, decodedText, p, sig, embedded);
    }
  }

  private final Path dir;
  private final Sqlite db;
  private final Options options;
  private final DocumentReader reader;
  private final CachingEmbedder embedder;
  private final Map<Long, Entry> cache = new ConcurrentHashMap<>();
  private final Set<Long> warmed = ConcurrentHashMap.newKeySet();
  private final Object briefLock = new Object();
  private final EmbeddingWorker worker;
  private volatile long lastAdd = System.nanoTime() - EmbeddingWorker.QUIET_NANOS;

  private DocumentStore(Path dir, Sqlite db, Embedder model, Options options) {
    this.dir = dir;
    this.db = db;
    this.options = options;
    this.reader = new DocumentReader(options.limits());
    this.embedder = new CachingEmbedder(model, db);
    this.worker = options.backgroundEmbedding() ? new EmbeddingWorker(this) : null;
  }

  /**
   * Opens (creating if needed) the store in {@code dir}.
   *
   * @param model the sentence embedder whose vectors are cached (the cache is per model name)
   * @throws UncheckedIOException when the directory or database cannot be opened
   */
  public static DocumentStore open(Path dir, Embedder model, Options options) {
    try {
      Files.createDirectories(dir.resolve("tmp"));
      // Uploads are staged in tmp/ while they are read; a crash may leave some behind.
      try (var old = Files.list(dir.resolve("tmp"))) {
        old.forEach(DocumentStore::deleteQuietly);
      }
      Sqlite db = new Sqlite(dir.resolve(DB_FILE));
      db.write(LineCounts::buildIfMissing);
      DocumentStore s = new DocumentStore(dir, db, model, options);
      if (s.worker != null) {
        s.worker.start();
      }
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data directory " + dir + ": " + e.getMessage(), e);
    } catch (SQLException e) {
      throw new UncheckedIOException(new IOException("cannot open the store in " + dir + ": " + e.getMessage(), e));
    }
  }

  public Path directory() {
    return dir;
  }

  /** The embedder briefs use: the model behind the store's vector cache. */
  public CachingEmbedder embedder() {
    return embedder;
  }

  // ---- adding ------------------------------------------------------------------------------

  /**
   * Adds an uploaded file: {@code name} is its bare file name (its extension tells HTML from
   * text; gzip is recognised by its bytes), {@code bytes} its raw content. Identical bytes
   * already stored give that document back as a duplicate. A document that cannot be read is
   * stored with its error. Returns once the rows are committed.
   *
   * @throws IllegalArgumentException when the name is not a bare file name
   */
  public AddResult add(String name, byte[] bytes) {
    DocumentNames.checkName(name);
    Path tmpDir = null;
    try {
      tmpDir = newStagingDirectory();
      Path file = tmpDir.resolve(name);
      Files.write(file, bytes);
      return addStaged(name, file);
    } catch (IOException e) {
      throw new UncheckedIOException(new IOException("cannot stage the upload in the store's tmp/ directory: "
          + reason(e), e));
    } finally {
      deleteQuietly(tmpDir);
    }
  }

  /**
   * A new directory under the store's {@code tmp/} to stage an upload in (as {@code DIR/NAME},
   * so that its name tells its kind); the caller removes it with {@link #discardStaging}. What a
   * crash leaves there is deleted at the next open.
   */
  public Path newStagingDirectory() throws IOException {
    return Files.createTempDirectory(dir.resolve("tmp"), "upload");
  }

  /**
   * Adds an upload staged on disk ({@link #newStagingDirectory}), streamed rather than held in
   * memory until it is read; {@code name} is its upload name. Otherwise as {@link #add(String, byte[])}.
   */
  public AddResult addStaged(String name, Path file) {
    DocumentNames.checkName(name);
    String sha;
    try {
      sha = sha256(file);
    } catch (IOException e) {
      throw new UncheckedIOException(new IOException("cannot read the staged upload: " + reason(e), e));
    }
    Optional<String> same = idWithSha(sha);
    if (same.isPresent()) {
      return new AddResult(List.of(new AddResult.Added(same.get(), true, null)));
    }
    String base = DocumentNames.idFromName(name, "doc");
    return insert(name, reader.read(new Source(base, name, file, null, null)));
  }

  private static String sha256(Path file) throws IOException {
    try (var in = Files.newInputStream(file)) {
      return SourceLoader.sha256(in);
    }
  }

  /** An I/O failure's reason without the path it names (messages reach users of the API). */
  private static String reason(IOException e) {
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getClass().getSimpleName();
  }

  /**
   * Fetches an {@code http(s)} URL (the only network access the store makes, and only when
   * asked) and adds what it gives; a failed fetch is stored as a document with its error.
   *
   * @throws IllegalArgumentException when {@code url} is not an absolute http(s) URL, or its
   *     host resolves to an address the limits' {@link io.dossier.ingest.UrlGuard} refuses
   *     (a redirect to one is found while fetching, and stored as the document's error)
   */
  public AddResult addUrl(String url) {
    URI uri;
    try {
      uri = URI.create(url == null ? "" : url.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a valid URL: " + e.getMessage());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new IllegalArgumentException("give an absolute http:// or https:// URL (got \"" + url + "\")");
    }
    String refusal = options.limits().urlGuard().refusal(uri);
    if (refusal != null) {
      throw new IllegalArgumentException(refusal);
    }
    String base = DocumentNames.idFromName(Source.url("x", uri).name(), DocumentNames.idFromName(uri.getHost(), "url"));
    return add(Source.url(base, uri));
  }

  /**
   * Reads a file or URL source (as {@link io.dossier.ingest.InputCollector} makes them) and adds
   * what it gives, under the source's id made unique in the store; the document's
   * {@code source} is the source's location, as in a brief made by the command line.
   */
  public AddResult add(Source source) {
    return insert(source.name(), reader.read(source));
  }

  /** Nanoseconds since the last add began or ended (the worker waits for a pause). */
  long nanosSinceLastAdd() {
    return System.nanoTime() - lastAdd;
  }

  private AddResult insert(String name, List<DocumentReader.Read> reads) {
    lastAdd = System.nanoTime();
    CorpusStats stats = statsWith(textsOf(reads));
    List<Passages> analysed = new ArrayList<>();
    for (DocumentReader.Read r : reads) {
      analysed.add(reader.analyse(r, stats));
    }
    List<AddResult.Added> out = new ArrayList<>();
    try {
      db.write(c -> {
        long now = System.currentTimeMillis();
        for (int i = 0; i < reads.size(); i++) {
          DocumentReader.Read r = reads.get(i);
          Passages p = analysed.get(i);
          if (r.sha256() != null) {
            Optional<String> same = idWithSha(c, r.sha256());
            if (same.isPresent()) {
              out.add(new AddResult.Added(same.get(), true, null));
              continue;
            }
          }
          String id = freeId(c, r.source().id());
          if (!id.equals(p.page().id())) {
            p = renamed(p, id);
          }
          String text = r.decoded() == null ? null : r.decoded().text();
          ContentKind kind = r.decoded() == null ? null : r.decoded().kind();
          try (PreparedStatement st = c.prepareStatement("""
              INSERT INTO documents(id, name, source, sha256, added_ms, kind, read_json, decoded_text,
                passages_json, stats_sig, embedded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            st.setString(1, id);
            st.setString(2, name);
            st.setString(3, r.source().location());
            st.setString(4, r.sha256());
            st.setLong(5, now);
            st.setString(6, kind == null ? null : kind.name());
            st.setString(7, Codec.json(Codec.ReadInfo.of(r)));
            st.setString(8, text);
            st.setString(9, Codec.json(p));
            st.setString(10, kind == ContentKind.TEXT ? StatsSignature.of(stats, text) : null);
            st.setInt(11, p.sentences().isEmpty() ? 1 : 0);
            st.executeUpdate();
          }
          if (kind == ContentKind.TEXT && text != null) {
            LineCounts.count(c, text, +1);
          }
          out.add(new AddResult.Added(id, false, p.page().error()));
        }
        return null;
      });
    } catch (SQLException e) {
      throw new IllegalStateException("cannot write to the store: " + e.getMessage(), e);
    }
    lastAdd = System.nanoTime();
    if (worker != null) {
      worker.wake();
    }
    return new AddResult(out);
  }

  /**
   * The corpus's line statistics as far as cleaning {@code texts} asks them: the stored text
   * dumps' counts of the lines these texts hold (kept in the database, so an add reads its own
   * lines' counts, not every stored document), plus these texts themselves. Cleaning and the
   * signature read nothing else, so this cleans as the statistics over the whole store would.
   */
  private CorpusStats statsWith(List<String> texts) {
    if (texts.isEmpty()) {
      return CorpusStats.EMPTY;
    }
    try {
      return db.read(c -> LineCounts.statsWith(c, texts));
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the store: " + e.getMessage(), e);
    }
  }

  private static List<String> textsOf(List<DocumentReader.Read> reads) {
    List<String> out = new ArrayList<>();
    for (DocumentReader.Read r : reads) {
      if (r.decoded() != null && r.decoded().kind() == ContentKind.TEXT) {
        out.add(r.decoded().text());
      }
    }
    return out;
  }

  /** The same page and sentences under another id (the name's id was taken meanwhile). */
  private static Passages renamed(Passages p, String id) {
    Page g = p.page();
    Page page = new Page(id, g.source(), g.title(), g.published(), g.sha256(), g.text(), g.kept(), g.removed(),
        g.flags(), g.error());
    List<Sentence> sents = new ArrayList<>();
    for (Sentence s : p.sentences()) {
      sents.add(new Sentence(id, s.index(), s.start(), s.end(), s.paragraph(), s.heading()));
    }
    return new Passages(page, sents);
  }

  private static String freeId(Connection c, String base) throws SQLException {
    String candidate = base;
    for (int n = 2; exists(c, candidate); n++) {
      candidate = base + "-" + n;
    }
    return candidate;
  }

  private static boolean exists(Connection c, String id) throws SQLException {
    try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM documents WHERE id = ?")) {
      st.setString(1, id);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next();
      }
    }
  }

  private Optional<String> idWithSha(String sha) {
    try {
      return db.read(c -> idWithSha(c, sha));
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the store: " + e.getMessage(), e);
    }
  }

  private static Optional<String> idWithSha(Connection c, String sha) throws SQLException {
    try (PreparedStatement st = c.prepareStatement("SELECT id FROM documents WHERE sha256 = ? ORDER BY seq LIMIT 1")) {
      st.setString(1, sha);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  // ---- reading -----------------------------------------------------------------------------

  /** Every stored document, in the order they were added. */
  public List<StoredDocument> list() {
    List<StoredDocument> out = new ArrayList<>();
    for (Entry e : entries()) {
      Page p = e.passages().page();
      out.add(new StoredDocument(e.id(), p.title(), p.source(), p.published(), p.flags(), p.error(), e.sha256(),
          e.added(), e.passages().sentences().size(), e.embedded()));
    }
    return out;
  }

  /** The stored page (the brief's Document entry: text, kept and removed parts), if there is one. */
  public Optional<Page> page(String id) {
    for (Entry e : entries()) {
      if (e.id().equals(id)) {
        return Optional.of(e.passages().page());
      }
    }
    return Optional.empty();
  }

  /** Number of stored documents. */
  public int size() {
    return entries().size();
  }

  /**
   * A token that changes whenever a document is added or removed (by any process): two briefs
   * with the same question, documents and version are the same brief.
   */
  public String version() {
    try {
      return db.read(c -> {
        try (var st = c.createStatement();
            var rs = st.executeQuery("SELECT coalesce(max(seq), 0), count(*) FROM documents")) {
          rs.next();
          return rs.getLong(1) + ":" + rs.getLong(2);
        }
      });
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the store: " + e.getMessage(), e);
    }
  }

  /**
   * Removes a document (its cached vectors stay: they are keyed by sentence text and may serve
   * other documents). Returns false when there was none with this id.
   */
  public boolean delete(String id) {
    try {
      boolean gone = db.write(c -> {
        try (PreparedStatement st = c.prepareStatement(
            "SELECT decoded_text FROM documents WHERE id = ? AND kind = 'TEXT' AND decoded_text IS NOT NULL")) {
          st.setString(1, id);
          try (ResultSet rs = st.executeQuery()) {
            if (rs.next()) {
              LineCounts.count(c, rs.getString(1), -1);
            }
          }
        }
        try (PreparedStatement st = c.prepareStatement("DELETE FROM documents WHERE id = ?")) {
          st.setString(1, id);
          return st.executeUpdate() > 0;
        }
      });
      cache.values().removeIf(e -> e.id().equals(id));
      return gone;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot write to the store: " + e.getMessage(), e);
    }
  }

  /**
   * The stored rows, parsed, in add order. Rows are parsed once and kept in memory; a row is
   * parsed again when another process re-cleaned it (its signature changed).
   */
  List<Entry> entries() {
    try {
      Map<Long, String> sigs = new java.util.LinkedHashMap<>();
      Map<Long, Boolean> embedded = new HashMap<>();
      db.read(c -> {
        try (var st = c.createStatement();
            var rs = st.executeQuery("SELECT seq, stats_sig, embedded FROM documents ORDER BY seq")) {
          while (rs.next()) {
            sigs.put(rs.getLong(1), rs.getString(2));
            embedded.put(rs.getLong(1), rs.getInt(3) != 0);
          }
        }
        return null;
      });
      cache.keySet().retainAll(sigs.keySet());
      List<Long> missing = new ArrayList<>();
      for (Map.Entry<Long, String> s : sigs.entrySet()) {
        Entry e = cache.get(s.getKey());
        if (e == null || !java.util.Objects.equals(e.statsSig(), s.getValue())) {
          missing.add(s.getKey());
        }
      }
      if (!missing.isEmpty()) {
        for (Entry e : load(missing)) {
          cache.put(e.seq(), e);
        }
      }
      List<Entry> out = new ArrayList<>();
      for (Long seq : sigs.keySet()) {
        Entry e = cache.get(seq);
        if (e != null) {
          out.add(e.embedded() == embedded.get(seq) ? e : new Entry(e.seq(), e.id(), e.name(), e.sha256(), e.added(),
              e.kind(), e.read(), e.decodedText(), e.passages(), e.statsSig(), embedded.get(seq)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the store: " + e.getMessage(), e);
    }
  }

  private List<Entry> load(List<Long> seqs) throws SQLException {
    List<Entry> out = new ArrayList<>();
    db.read(c -> {
      for (int from = 0; from < seqs.size(); from += 200) {
        List<Long> part = seqs.subList(from, Math.min(seqs.size(), from + 200));
        String sql = "SELECT seq, id, name, sha256, added_ms, kind, read_json, decoded_text, passages_json, stats_sig,"
            + " embedded, source FROM documents WHERE seq IN (" + String.join(",", java.util.Collections.nCopies(part.size(), "?")) + ")";
        try (PreparedStatement st = c.prepareStatement(sql)) {
          for (int k = 0; k < part.size(); k++) {
            st.setLong(k + 1, part.get(k));
          }
          try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
              out.add(entry(rs));
            }
          }
        }
      }
      return null;
    });
    out.sort(Comparator.comparingLong(Entry::seq));
    return out;
  }

  /**
   * One row, parsed. A row whose JSON cannot be parsed (written by a faulty or other version)
   * becomes that document's error, so that it is listed and can be removed while the rest of
   * the store keeps working.
   */
  private static Entry entry(ResultSet rs) throws SQLException {
    long seq = rs.getLong(1);
    String id = rs.getString(2);
    String sha = rs.getString(4);
    Instant added = Instant.ofEpochMilli(rs.getLong(5));
    boolean embedded = rs.getInt(11) != 0;
    try {
      String kind = rs.getString(6);
      return new Entry(seq, id, rs.getString(3), sha, added, kind == null ? null : ContentKind.valueOf(kind),
          Codec.readInfo(rs.getString(7)), rs.getString(8), Codec.passages(rs.getString(9)), rs.getString(10),
          embedded);
    } catch (IllegalStateException | IllegalArgumentException e) {
      String source = rs.getString(12);
      String error = "the store cannot read this document back (" + e.getMessage()
          + "); remove it and add it again";
      Codec.ReadInfo info = new Codec.ReadInfo(source, null, null, List.of(), error, null);
      return new Entry(seq, id, rs.getString(3), sha, added, null, info, null,
          new Passages(Page.failed(id, source, sha, error), List.of()), rs.getString(10), true);
    }
  }

  // ---- embedding ---------------------------------------------------------------------------

  /** Documents whose sentences the background worker has not embedded yet. */
  public int pendingEmbeddings() {
    try {
      return db.read(c -> {
        try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM documents WHERE embedded = 0")) {
          rs.next();
          return rs.getInt(1);
        }
      });
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the store: " + e.getMessage(), e);
    }
  }

  /** Waits until no document waits for embedding; false when {@code timeout} passed first. */
  public boolean awaitEmbedded(Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (pendingEmbeddings() > 0) {
      if (System.nanoTime() > end) {
        return false;
      }
      Thread.sleep(50);
    }
    return true;
  }

  /** The last error of the background worker, or null. */
  public String embeddingError() {
    return worker == null ? null : worker.lastError();
  }

  /** Embeds (into the cache) the sentences of the oldest documents not yet embedded; returns how many documents. */
  int embedPending(int maxDocuments) throws SQLException {
    List<Long> seqs = db.read(c -> {
      List<Long> l = new ArrayList<>();
      try (PreparedStatement st = c.prepareStatement("SELECT seq FROM documents WHERE embedded = 0 ORDER BY seq LIMIT ?")) {
        st.setInt(1, maxDocuments);
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            l.add(rs.getLong(1));
          }
        }
      }
      return l;
    });
    for (Entry e : load(seqs)) {
      Passages p = e.passages();
      // the sentences, and the clauses that point finding takes as claims of their own
      Set<String> unique = new LinkedHashSet<>(p.sentences().stream().map(p::text).toList());
      io.dossier.group.Claims.of(p).forEach(c -> unique.add(c.text()));
      List<String> texts = new ArrayList<>(unique);
      // Small batches, so that a brief waiting for the model gets its turn between them.
      for (int from = 0; from < texts.size(); from += 64) {
        embedder.embed(texts.subList(from, Math.min(texts.size(), from + 64)));
      }
      warm(p);
      warmed.add(e.seq());
      db.write(c -> {
        try (PreparedStatement st = c.prepareStatement("UPDATE documents SET embedded = 1 WHERE seq = ?")) {
          st.setLong(1, e.seq());
          st.executeUpdate();
        }
        return null;
      });
    }
    return seqs.size();
  }

  /**
   * Runs the per-document analyses that the core keeps per document (quotes, date
   * expressions, the tagger's phrases of each sentence), so that the first brief after a start finds them done. Best effort.
   */
  private void warm(Passages p) {
    if (p.page().readable()) {
      try {
        new QuoteFinder().find(p);
        new DateReader().read(p);
        PointFinder.warmUp(p);
      } catch (RuntimeException | StackOverflowError e) {
        // only a head start: the brief runs the stage again inside its error boundary, which reports it
      }
    }
  }

  /** Warms (see above) up to {@code max} stored documents not warmed yet in this process; returns how many. */
  int warmPending(int max) {
    int n = 0;
    for (Entry e : entries()) {
      if (n >= max) {
        break;
      }
      if (warmed.add(e.seq())) {
        warm(e.passages());
        n++;
      }
    }
    return n;
  }

  // ---- briefs ------------------------------------------------------------------------------

  /**
   * A brief over stored documents: all of them when {@code ids} is null or empty, else those
   * (in the store's order). {@code question} null infers it.
   *
   * @throws NoSuchElementException when an id names no stored document
   * @throws IllegalArgumentException when the question is blank, or there is no readable
   *     document to brief on
   */
  public Brief brief(String question, List<String> ids, Progress progress) {
    BriefConfig config = new BriefConfig(question, options.limits(), options.points(), options.threads(), 0.5);
    synchronized (briefLock) {
      List<Entry> chosen = select(ids);
      if (chosen.isEmpty()) {
        throw new IllegalArgumentException("the store holds no documents: add some first");
      }
      progress.plan(1 + BriefPipeline.ANALYSIS_STAGES);
      progress.stage("load", chosen.size());
      List<Passages> docs = fresh(chosen);
      progress.advance(docs.size());
      if (docs.stream().noneMatch(p -> p.page().readable())) {
        throw new IllegalArgumentException("none of the " + docs.size() + " documents could be read (first: "
            + docs.get(0).page().source() + ": " + docs.get(0).page().error() + ")");
      }
      return new BriefPipeline(config, embedder).analyse(docs, progress);
    }
  }

  private List<Entry> select(List<String> ids) {
    List<Entry> all = entries();
    if (ids == null || ids.isEmpty()) {
      return all;
    }
    Set<String> want = new HashSet<>(ids);
    Set<String> have = new HashSet<>();
    List<Entry> out = new ArrayList<>();
    for (Entry e : all) {
      if (want.contains(e.id())) {
        out.add(e);
        have.add(e.id());
      }
    }
    for (String id : ids) {
      if (!have.contains(id)) {
        throw new NoSuchElementException("no stored document has the id \"" + id + "\" (GET /api/documents lists them)");
      }
    }
    return out;
  }

  /** The pages to brief on, text dumps re-cleaned where the corpus's line statistics moved. */
  private List<Passages> fresh(List<Entry> chosen) {
    List<String> texts = new ArrayList<>();
    for (Entry e : chosen) {
      if (e.kind() == ContentKind.TEXT && e.decodedText() != null) {
        texts.add(e.decodedText());
      }
    }
    CorpusStats stats = CorpusStats.of(texts);
    List<Passages> out = new ArrayList<>();
    List<Entry> changed = new ArrayList<>();
    for (Entry e : chosen) {
      if (e.kind() == ContentKind.TEXT && e.decodedText() != null) {
        String sig = StatsSignature.of(stats, e.decodedText());
        if (!sig.equals(e.statsSig())) {
          Passages p = reader.analyse(e.read().toRead(e.id(), e.sha256(), e.decodedText()), stats);
          Entry n = e.withAnalysis(p, sig);
          changed.add(n);
          out.add(p);
          continue;
        }
      }
      out.add(e.passages());
    }
    if (!changed.isEmpty()) {
      saveAnalyses(changed);
    }
    return out;
  }

  private void saveAnalyses(List<Entry> changed) {
    try {
      db.write(c -> {
        try (PreparedStatement st = c.prepareStatement(
            "UPDATE documents SET passages_json = ?, stats_sig = ?, embedded = 0 WHERE seq = ?")) {
          for (Entry e : changed) {
            st.setString(1, Codec.json(e.passages()));
            st.setString(2, e.statsSig());
            st.setLong(3, e.seq());
            st.addBatch();
          }
          st.executeBatch();
        }
        return null;
      });
      for (Entry e : changed) {
        cache.put(e.seq(), e);
      }
      if (worker != null) {
        worker.wake();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot write to the store: " + e.getMessage(), e);
    }
  }

  /** SQLite's integrity check of the database file: "ok" when sound. */
  public String integrityCheck() {
    try {
      return db.integrityCheck();
    } catch (SQLException e) {
      return "cannot check: " + e.getMessage();
    }
  }

  @Override
  public void close() {
    if (worker != null) {
      worker.stop();
    }
    try {
      db.close();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot close the store: " + e.getMessage(), e);
    }
  }

  /** Deletes a staging directory and what is in it; what cannot be deleted waits for the next open. */
  public static void discardStaging(Path dir) {
    deleteQuietly(dir);
  }

  private static void deleteQuietly(Path tmpDir) {
    if (tmpDir == null) {
      return;
    }
    try (var s = Files.walk(tmpDir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | UncheckedIOException ignored) {
      // a leftover temporary file is harmless; the next open does not read tmp/
    }
  }
}
