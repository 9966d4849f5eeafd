package io.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputCollectorTest {
  @TempDir
  Path dir;

  private Path touch(String relative) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, "text of " + relative);
  }

  @Test
  void directoriesAreReadRecursivelyInSortedPathOrder() throws IOException {
    touch("b/z.txt");
    touch("a/y.txt");
    touch("a/sub/x.txt");
    touch("c.txt");
    List<Source> s = new InputCollector().collect(List.of(dir.toString()));
    assertThat(s).extracting(x -> dir.relativize(x.path()).toString().replace('\\', '/'))
        .containsExactly("a/sub/x.txt", "a/y.txt", "b/z.txt", "c.txt");
    assertThat(s).allMatch(x -> x.error() == null);
  }

  @Test
  void hiddenFilesAndHiddenDirectoriesAreSkipped() throws IOException {
    touch(".hidden.txt");
    touch(".git/objects/abc");
    touch("visible.txt");
    List<Source> s = new InputCollector().collect(List.of(dir.toString()));
    assertThat(s).extracting(Source::id).containsExactly("visible");
  }

  @Test
  void readmeAndJsonFilesInADirectoryAreListedAsSkippedWithAnError() throws IOException {
    touch("README.md");
    touch("meta.json");
    touch("INDEX.tsv");
    touch("metadata.csv");
    touch("manifest.yaml");
    touch("article.txt");
    List<Source> s = new InputCollector().collect(List.of(dir.toString()));
    assertThat(s).hasSize(6);
    assertThat(s).filteredOn(x -> x.id().equals("article")).singleElement().extracting(Source::error).isNull();
    assertThat(s).filteredOn(x -> !x.id().equals("article"))
        .allSatisfy(x -> assertThat(x.error()).startsWith("skipped").contains("README"));
  }

  @Test
  void aReadmeNamedExplicitlyIsRead() throws IOException {
    Path readme = touch("README.md");
    List<Source> s = new InputCollector().collect(List.of(readme.toString()));
    assertThat(s).singleElement().satisfies(x -> assertThat(x.error()).isNull());
    Path index = touch("INDEX.tsv");
    assertThat(new InputCollector().collect(List.of(index.toString()))).singleElement()
        .satisfies(x -> assertThat(x.error()).isNull());
  }

  @Test
  void sameNamedFilesInTwoFoldersGetUniqueIds() throws IOException {
    touch("one/a.txt");
    touch("two/a.txt");
    touch("two/a-2.txt");
    List<Source> s = new InputCollector().collect(List.of(dir.toString()));
    assertThat(s).extracting(Source::id).doesNotHaveDuplicates().hasSize(3).contains("a");
  }

  @Test
  void allExtensionsAreDroppedFromTheId() throws IOException {
    Path f = touch("x.html.gz");
    assertThat(new InputCollector().collect(List.of(f.toString()))).extracting(Source::id).containsExactly("x");
  }

  @Test
  void idsAreSafeCharactersOnly() throws IOException {
    Path f = touch("Un fichier (1)!.txt");
    assertThat(new InputCollector().collect(List.of(f.toString()))).singleElement()
        .satisfies(x -> assertThat(x.id()).matches("[A-Za-z0-9_\\-]+"));
  }

  @Test
  void aMissingPathIsABrokenSourceWithAnError() {
    List<Source> s = new InputCollector().collect(List.of(dir.resolve("nope.txt").toString()));
    assertThat(s).singleElement().satisfies(x -> {
      assertThat(x.id()).isEqualTo("nope");
      assertThat(x.error()).isEqualTo("no such file or directory");
    });
  }

  @Test
  void urlsBecomeUrlSourcesAndInvalidOnesAreBroken() {
    List<Source> s = new InputCollector().collect(List.of("https://example.org/news/story.html", "http://bad url with spaces"));
    assertThat(s).hasSize(2);
    assertThat(s.get(0).url()).isNotNull();
    assertThat(s.get(0).id()).isEqualTo("story");
    assertThat(s.get(1).error()).startsWith("not a valid URL");
  }

  @Test
  void inputsKeepTheOrderGiven() throws IOException {
    Path b = touch("b.txt");
    Path a = touch("a.txt");
    assertThat(new InputCollector().collect(List.of(b.toString(), a.toString()))).extracting(Source::id)
        .containsExactly("b", "a");
  }
}
