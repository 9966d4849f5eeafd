package io.dossier.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.ingest.InputCollector;
import io.dossier.ingest.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Hadoop listing gives the CLI's ids, order, locations and skips (no Spark needed). */
class InputListingTest {
  @Test
  void listsAsTheCliCollects(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("b/.hidden"));
    Files.createDirectories(dir.resolve("a"));
    for (String f : List.of("a/x.txt", "a/x.html.gz", "b/x.txt", "b/.hidden/y.txt", "b/.z.txt", "README.md",
        "a/keywords.json", "c d.warc.gz")) {
      Files.writeString(dir.resolve(f), "text");
    }
    List<Source> cli = new InputCollector().collect(List.of(dir.toString()));
    List<InputFile> ours = new InputListing(new Configuration()).list(List.of(dir.toString()));
    assertThat(ours).extracting(InputFile::id).containsExactlyElementsOf(cli.stream().map(Source::id).toList());
    assertThat(ours).extracting(InputFile::location)
        .containsExactlyElementsOf(cli.stream().map(Source::location).toList());
    assertThat(ours).extracting(f -> f.skipped() != null)
        .containsExactlyElementsOf(cli.stream().map(s -> s.error() != null).toList());
    assertThat(ours).extracting(InputFile::id).contains("x", "x-2", "x-3", "c_d").doesNotContain("y", "_z");
    assertThat(ours).extracting(InputFile::seq).containsExactly(0, 1, 2, 3, 4, 5);
  }

  @Test
  void aMissingInputIsAnError(@TempDir Path dir) {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new InputListing(new Configuration())
        .list(List.of(dir.resolve("nope").toString()))).hasMessageContaining("no such file or directory");
  }
}
