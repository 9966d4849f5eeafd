package io.dossier.store;

import io.dossier.testing.FakeEmbedder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dossier.embed.Embedder;
import io.dossier.ingest.InputCollector;
import io.dossier.ingest.Source;
import io.dossier.model.Brief;
import io.dossier.model.Page;
import io.dossier.pipeline.BriefConfig;
import io.dossier.pipeline.BriefPipeline;
import io.dossier.pipeline.Progress;
import io.dossier.render.BriefJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentStoreTest {
  static final Path EXAMPLES = Path.of(System.getProperty("user.dir")).resolve("../examples/car-free-centres").normalize();

  @TempDir
  Path dir;

  static DocumentStore open(Path dir, Embedder e) {
    return DocumentStore.open(dir, e, DocumentStore.Options.defaults().withBackgroundEmbedding(false));
  }

  static byte[] article(int n) {
    return ("Article number " + n + " about city centres\n\n"
        + "The council voted on Tuesday to close the old town to cars from next spring, officials said.\n\n"
        + "Shop owners in district " + n + " worry that customers will not come back without parking.\n\n"
        + "Cyclists groups welcomed the decision and said the streets would be safer for children.\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void anAddedDocumentComesBackAfterReopening() {
    Page before;
    try (DocumentStore s = open(dir, new FakeEmbedder())) {
      AddResult r = s.add("city.txt", article(1));
      assertThat(r.documents()).singleElement().satisfies(a -> {
        assertThat(a.id()).isEqualTo("city");
        assertThat(a.duplicate()).isFalse();
        assertThat(a.error()).isNull();
      });
      before = s.page("city").orElseThrow();
      assertThat(before.text()).contains("close the old town to cars");
      assertThat(before.kept()).isNotEmpty();
    }
    try (DocumentStore s = open(dir, new FakeEmbedder())) {
      assertThat(s.list()).extracting(StoredDocument::id).containsExactly("city");
      assertThat(s.page("city")).contains(before);
      assertThat(s.list().get(0).sentences()).isPositive();
      assertThat(s.integrityCheck()).isEqualTo("ok");
    }
  }

  /** A text of about {@code chars} characters in paragraphs that do not repeat. */
  static byte[] bigText(int chars) {
    StringBuilder b = new StringBuilder(chars + 200);
    for (int n = 0; b.length() < chars; n++) {
      b.append("Paragraph ").append(n).append(" says the council met on day ").append(n % 365)
          .append(" and voted ").append(n * 7 % 1000).append(" to ").append(n * 13 % 1000).append(".\n\n");
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aDocumentOverTwentyMillionCharactersIsReadBackAndTheStoreKeepsWorking() {
    byte[] big = bigText(21_000_000);
    try (DocumentStore s = open(dir, new FakeEmbedder())) {
      assertThat(s.add("big21.txt", big).documents().get(0).error()).isNull();
      s.add("city.txt", article(1));
    }
    try (DocumentStore s = open(dir, new FakeEmbedder())) {
      assertThat(s.list()).extracting(StoredDocument::id).containsExactly("big21", "city");
      assertThat(s.page("big21").orElseThrow().text()).hasSize(new String(big, StandardCharsets.UTF_8).length());
      assertThat(s.list().get(0).error()).isNull();
    }
  }

  @Test
  void aRowTheStoreCannotParseIsThatDocumentsErrorAndCanBeRemoved() throws Exception {
    try (DocumentStore s = open(dir, new FakeEmbedder())) {
      s.add("a.txt", article(1));
      s.add("b.txt", article(2));
    }
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(DocumentStore.DB_FILE));
        var st = c.prepareStatement("UPDATE documents SET passages_json = '{\"page\": [' WHERE id = 'a'")) {
      st.executeUpdate();
    }
    try (DocumentStore s = open(dir, new FakeEmbedder())) {
      assertThat(s.list()).extracting(StoredDocument::id).containsExactly("a", "b");
      assertThat(s.list().get(0).error()).contains("cannot read this document back").contains("remove it");
      assertThat(s.list().get(1).error()).isNull();
      Brief b = s.brief("Should cars leave city centres?", List.of(), Progress.NONE);
      assertThat(b.documents()).extracting(Page::id).contains("b");
      assertThat(s.delete("a")).isTrue();
      assertThat(s.list()).extracting(StoredDocument::id).containsExactly("b");
    }
  }

  @Test
  void twoStoresOnOneDirectoryBothAddWhileTheOtherWrites() throws Exception {
    // two connections to one file behave as two processes do: SQLite's file locks arbitrate
    try (DocumentStore a = open(dir, new FakeEmbedder()); DocumentStore b = open(dir, new FakeEmbedder())) {
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Future<?>> adds = new ArrayList<>();
      for (int n = 0; n < 120; n++) {
        DocumentStore s = n % 2 == 0 ? a : b;
        String name = "doc" + n + ".txt";
        byte[] bytes = article(n);
        adds.add(pool.submit(() -> s.add(name, bytes)));
        if (n % 10 == 0) {
          adds.add(pool.submit(() -> s.delete("doc0")));
        }
      }
      for (Future<?> f : adds) {
        f.get();
      }
      pool.shutdown();
      assertThat(a.list()).hasSizeBetween(119, 120);
      assertThat(b.list()).extracting(StoredDocument::id).containsExactlyInAnyOrderElementsOf(
          a.list().stream().map(StoredDocument::id).toList());
      assertThat(a.integrityCheck()).isEqualTo("ok");
    }
  }

  @Test
  void lineCountsKeptInTheStoreCleanAsCountsOverEveryDocumentWould() throws Exception {
    // a line every text shares is boilerplate by its count; the kept counts must see it
    String footer = "Copyright City Desk Media. All rights reserved. Share this story.";
    try (DocumentStore s = open(dir, new FakeEmbedder())) {
      for (int n = 0; n < 6; n++) {
        s.add("t" + n + ".txt", (new String(article(n), StandardCharsets.UTF_8) + "\n" + footer + "\n")
            .getBytes(StandardCharsets.UTF_8));
      }
      s.delete("t0");
      List<String> texts = new ArrayList<>();
      for (StoredDocument d : s.list()) {
        texts.add(s.page(d.id()).orElseThrow().text());
      }
      io.dossier.clean.CorpusStats full = io.dossier.clean.CorpusStats.of(texts);
      try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(DocumentStore.DB_FILE));
          var st = c.prepareStatement("SELECT docs FROM line_docs WHERE key = ?")) {
        st.setString(1, io.dossier.clean.CorpusStats.key(footer));
        try (var rs = st.executeQuery()) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getInt(1)).isEqualTo(full.documentsWith(footer)).isEqualTo(5);
        }
      }
      Page last = s.page("t5").orElseThrow();
      assertThat(last.removed()).isNotEmpty();
    }
  }

  @Test
  void identicalBytesAreStoredOnceAndNamesAreMadeUnique() {
    try (DocumentStore s = open(dir, new FakeEmbedder())) {
      assertThat(s.add("a.txt", article(1)).firstId()).isEqualTo("a");
      AddResult again = s.add("other-name.txt", article(1));
      assertThat(again.documents()).singleElement().satisfies(a -> {
        assertThat(a.id()).isEqualTo("a");
        assertThat(a.duplicate()).isTrue();
      });
      assertThat(s.add("a.txt", article(2)).firstId()).isEqualTo("a-2");
      assertThat(s.page("a-2").orElseThrow().id()).isEqualTo("a-2");
      assertThat(s.size()).isEqualTo(2);
    }
  }

  @Test
  void namesThatAddressOtherPlacesAreRefused() {
    try (DocumentStore s = open(dir, new FakeEmbedder())) {
      for (String bad : List.of("../x.txt", "a/b.txt", "..", ".", "c:\\x.txt", "x\u0000.txt", "", "..\\evil")) {
        assertThatThrownBy(() -> s.add(bad, article(1))).as(bad).isInstanceOf(IllegalArgumentException.class);
      }
      assertThat(s.size()).isZero();
      assertThat(dir.getParent().resolve("x.txt")).doesNotExist();
    }
  }

  @Test
  void unreadableInputIsStoredWithItsError() {
    try (DocumentStore s = open(dir, new FakeEmbedder())) {
      AddResult r = s.add("scan.pdf", "%PDF-1.4\u0000\u0001binary".getBytes(StandardCharsets.ISO_8859_1));
      assertThat(r.documents().get(0).error()).isNotBlank();
      assertThat(s.list()).singleElement().satisfies(d -> assertThat(d.error()).isNotBlank());
      assertThatThrownBy(() -> s.addUrl("file:///etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void concurrentAddsFromSeveralThreadsLoseNothing() throws Exception {
    try (DocumentStore s = open(dir, new FakeEmbedder())) {
      ExecutorService pool = Executors.newFixedThreadPool(6);
      List<Future<AddResult>> fs = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        int n = i;
        // every third document shares a name with another, so ids must be made unique under contention
        fs.add(pool.submit(() -> s.add("doc" + (n % 20) + ".txt", article(n))));
      }
      List<String> ids = new ArrayList<>();
      for (Future<AddResult> f : fs) {
        ids.add(f.get().firstId());
      }
      pool.shutdown();
      assertThat(ids).doesNotHaveDuplicates().hasSize(60);
      assertThat(s.list()).extracting(StoredDocument::id).containsExactlyInAnyOrderElementsOf(ids);
      for (String id : ids) {
        assertThat(s.page(id).orElseThrow().id()).isEqualTo(id);
      }
    }
    try (DocumentStore s = open(dir, new FakeEmbedder())) {
      assertThat(s.size()).isEqualTo(60);
      assertThat(s.integrityCheck()).isEqualTo("ok");
    }
  }

  @Test
  void deleteRemovesADocument() {
    try (DocumentStore s = open(dir, new FakeEmbedder())) {
      s.add("a.txt", article(1));
      s.add("b.txt", article(2));
      assertThat(s.delete("a")).isTrue();
      assertThat(s.delete("a")).isFalse();
      assertThat(s.list()).extracting(StoredDocument::id).containsExactly("b");
      assertThat(s.page("a")).isEmpty();
    }
  }

  @Test
  void aStoredBriefEqualsTheCommandLinesBriefOnTheSameFiles() throws Exception {
    List<String> inputs = new ArrayList<>();
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      files.sorted().forEach(p -> inputs.add(p.toString()));
    }
    String question = "Should city centres be closed to cars?";
    Brief cli = new BriefPipeline(BriefConfig.defaults(question), new FakeEmbedder()).run(inputs, Progress.NONE);
    try (DocumentStore s = open(dir, new FakeEmbedder())) {
      for (Source src : new InputCollector().collect(inputs)) {
        s.add(src);
      }
      Brief stored = s.brief(question, null, Progress.NONE);
      assertThat(BriefJson.write(stored)).isEqualTo(BriefJson.write(cli));
      assertThat(stored.keyPoints()).isNotEmpty();
      // a subset: only the documents asked for
      Brief two = s.brief(question, List.of("01_citydesk", "03_metro"), Progress.NONE);
      assertThat(two.documents()).extracting(Page::id).containsExactly("01_citydesk", "03_metro");
      assertThatThrownBy(() -> s.brief(question, List.of("nope"), Progress.NONE))
          .isInstanceOf(NoSuchElementException.class);
    }
  }

  @Test
  void aTextDumpIsRecleanedWhenTheCorpusLineStatisticsMove() throws Exception {
    String menu = "Home | World | Sport | Contact\n\n";
    try (DocumentStore s = open(dir, new FakeEmbedder())) {
      s.add("one.txt", (menu + new String(article(1), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
      s.add("two.txt", (menu + new String(article(2), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
      s.add("three.txt", (menu + new String(article(3), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
      Brief stored = s.brief("Should the old town close to cars?", null, Progress.NONE);
      List<String> inputs = new ArrayList<>();
      for (String n : List.of("one", "two", "three")) {
        Path f = dir.resolve("files").resolve(n + ".txt");
        Files.createDirectories(f.getParent());
        Files.write(f, s.page(n).orElseThrow().text().getBytes(StandardCharsets.UTF_8));
        inputs.add(f.toString());
      }
      Brief cli = new BriefPipeline(BriefConfig.defaults("Should the old town close to cars?"), new FakeEmbedder())
          .run(inputs, Progress.NONE);
      for (int i = 0; i < 3; i++) {
        assertThat(stored.documents().get(i).kept()).isEqualTo(cli.documents().get(i).kept());
        assertThat(stored.documents().get(i).removed()).isEqualTo(cli.documents().get(i).removed());
      }
    }
  }

  @Test
  void theBackgroundWorkerFillsTheVectorCacheSoThatABriefComputesNoSentenceVector() throws Exception {
    CountingEmbedder counting = new CountingEmbedder(new FakeEmbedder());
    try (DocumentStore s = DocumentStore.open(dir, counting, DocumentStore.Options.defaults())) {
      try (Stream<Path> files = Files.list(EXAMPLES)) {
        for (Path p : files.sorted().toList()) {
          s.add(p.getFileName().toString(), Files.readAllBytes(p));
        }
      }
      assertThat(s.awaitEmbedded(Duration.ofSeconds(30))).isTrue();
      assertThat(counting.texts.get()).isPositive();
      counting.texts.set(0);
      counting.seen.clear();
      s.brief("Should city centres be closed to cars?", null, Progress.NONE);
      // Left for the brief: key point labels (clauses of at most 15 words, cut for the
      // question's candidates) and the question's candidates; no sentence of a document.
      long longTexts = counting.seen.stream().filter(t -> io.dossier.text.Words.count(t) > 15).count();
      counting.texts.set(0);
      Brief again = s.brief("Should city centres be closed to cars?", null, Progress.NONE);
      assertThat(counting.texts.get()).as("second brief: everything cached").isZero();
      assertThat(longTexts).as("first brief: only labels and question candidates, not sentences: " + counting.seen)
          .isLessThan(10);
      assertThat(again.keyPoints()).isNotEmpty();
    }
  }

  @Test
  void theVectorCacheGivesBackWhatTheModelGaveAndSurvivesReopening() {
    CountingEmbedder counting = new CountingEmbedder(new FakeEmbedder());
    List<String> texts = List.of("one sentence here", "another sentence", "one sentence here");
    float[][] first;
    try (DocumentStore s = open(dir, counting)) {
      first = s.embedder().embed(texts);
      assertThat(counting.texts.get()).isEqualTo(2);
      assertThat(first[0]).containsExactly(first[2]);
      assertThat(first[0]).containsExactly(new FakeEmbedder().embed(List.of("one sentence here"))[0]);
    }
    counting.texts.set(0);
    try (DocumentStore s = open(dir, counting)) {
      float[][] again = s.embedder().embed(texts);
      assertThat(counting.texts.get()).isZero();
      for (int i = 0; i < texts.size(); i++) {
        assertThat(again[i]).containsExactly(first[i]);
      }
      s.embedder().embedQuery("a question?");
      s.embedder().embedQuery("a question?");
      assertThat(counting.queries.get()).isEqualTo(1);
    }
  }

  @Test
  void theDefaultDataDirectoryFollowsXdg() {
    assertThat(DataDirs.defaultDir(java.util.Map.of("XDG_DATA_HOME", "/x/data"), "/home/u"))
        .isEqualTo(Path.of("/x/data/dossier"));
    assertThat(DataDirs.defaultDir(Collections.emptyMap(), "/home/u"))
        .isEqualTo(Path.of("/home/u/.local/share/dossier"));
  }

  /** Counts what reaches the model. */
  static final class CountingEmbedder implements Embedder {
    final Embedder inner;
    final AtomicInteger texts = new AtomicInteger();
    final AtomicInteger queries = new AtomicInteger();
    final List<String> seen = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    CountingEmbedder(Embedder inner) {
      this.inner = inner;
    }

    @Override
    public float[][] embed(List<String> t) {
      texts.addAndGet(t.size());
      seen.addAll(t);
      return inner.embed(t);
    }

    @Override
    public float[] embedQuery(String q) {
      queries.incrementAndGet();
      return inner.embedQuery(q);
    }

    @Override
    public String name() {
      return inner.name();
    }
  }
}
