package io.dossier.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.clean.CorpusStats;
import io.dossier.clean.Extraction;
import io.dossier.ingest.ContentKind;
import io.dossier.ingest.Decoded;
import io.dossier.model.CharSpan;
import io.dossier.model.Removal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: each {@code src/test/resources/extract/html/NAME.html} is extracted and the
 * result, one line per block ({@code +} kept, {@code -reason} removed), must equal
 * {@code NAME.expected.txt}. Run with {@code -Ddossier.regenerate=true} to rewrite the
 * expected files, then review the diff with git.
 */
class HtmlExtractorGoldenTest {
  private static final Path DIR = Path.of("src/test/resources/extract/html");

  static Stream<String> pages() throws IOException {
    try (Stream<Path> s = Files.list(DIR)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("pages")
  void extractionMatchesGoldenFile(String name) throws IOException {
    String html = Files.readString(DIR.resolve(name), StandardCharsets.UTF_8);
    Extraction x = new HtmlExtractor().extract(new Decoded(html, ContentKind.HTML, "UTF-8", List.of()), CorpusStats.EMPTY);
    String actual = render(x);
    Path expected = DIR.resolve(name.replace(".html", ".expected.txt"));
    if (Boolean.getBoolean("dossier.regenerate") || !Files.exists(expected)) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  /** Title, date, flags, then every block in text order with its verdict. */
  static String render(Extraction x) {
    StringBuilder sb = new StringBuilder();
    sb.append("title: ").append(x.title()).append('\n');
    sb.append("published: ").append(x.published()).append('\n');
    sb.append("flags: ").append(x.flags()).append('\n');
    List<String[]> rows = new ArrayList<>();
    for (CharSpan k : x.kept()) {
      rows.add(new String[] {String.format("%08d", k.start()), "+ " + k.of(x.text())});
    }
    for (Removal r : x.removed()) {
      rows.add(new String[] {String.format("%08d", r.start()), "-" + r.reason() + " " + x.text().substring(r.start(), r.end())});
    }
    rows.sort((a, b) -> a[0].compareTo(b[0]));
    for (String[] r : rows) {
      sb.append(r[1].replace("\n", "\\n")).append('\n');
    }
    return sb.toString();
  }
}
