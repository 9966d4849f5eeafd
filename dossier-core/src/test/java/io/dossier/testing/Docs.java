package io.dossier.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dossier.clean.CorpusStats;
import io.dossier.clean.Extraction;
import io.dossier.clean.TextDumpCleaner;
import io.dossier.ingest.ContentKind;
import io.dossier.ingest.Decoded;
import io.dossier.model.CharSpan;
import io.dossier.model.Page;
import io.dossier.model.Passages;
import io.dossier.text.SentenceSegmenter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Builds pages and passages for tests, and finds the shared read-only material. */
public final class Docs {
  private static final SentenceSegmenter SEGMENTER = new SentenceSegmenter();

  private Docs() {
  }

  /** A page whose paragraphs (blocks separated by line breaks) are all kept. */
  public static Passages plain(String id, String text, LocalDate published) {
    return SEGMENTER.split(Page.ofLines(id, text, published));
  }

  public static Passages plain(String id, String text) {
    return plain(id, text, null);
  }

  /** The shared folder, or a skipped test when it is absent. */
  public static Path shared() {
    String p = System.getProperty("dossier.shared");
    assumeTrue(p != null && Files.isDirectory(Path.of(p)),
        "the shared material (../shared, system property dossier.shared) is absent: skipping");
    return Path.of(p);
  }

  /** The five seeds, cleaned and split like the pipeline does. */
  public static List<Passages> seeds() throws IOException {
    Path dir = shared().resolve("corpus/seeds");
    assumeTrue(Files.isDirectory(dir), "no seeds in " + dir + ": skipping");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(f -> f.getFileName().toString().matches("\\d{3}_.*\\.txt")).sorted().toList();
    }
    List<String> texts = new ArrayList<>();
    for (Path f : files) {
      texts.add(Files.readString(f, StandardCharsets.UTF_8));
    }
    CorpusStats stats = CorpusStats.of(texts);
    TextDumpCleaner cleaner = new TextDumpCleaner();
    List<Passages> out = new ArrayList<>();
    for (int k = 0; k < files.size(); k++) {
      String id = files.get(k).getFileName().toString().replace(".txt", "");
      Extraction x = cleaner.extract(new Decoded(texts.get(k), ContentKind.TEXT, "UTF-8", List.of()), stats);
      Page page = new Page(id, files.get(k).toString(), x.title(), x.published(), "", x.text(), x.kept(),
          x.removed(), x.flags(), null);
      out.add(SEGMENTER.split(page));
    }
    return out;
  }
}
