package io.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceLoaderTest {
  @TempDir
  Path dir;

  private final SourceLoader loader = new SourceLoader(Limits.DEFAULT);

  private static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(b);
    }
    return out.toByteArray();
  }

  @Test
  void aPlainFileIsReadWithTheSha256OfItsBytes() throws IOException {
    byte[] b = "Hello, world.".getBytes(StandardCharsets.UTF_8);
    Path f = Files.write(dir.resolve("a.txt"), b);
    RawDocument r = loader.load(Source.file("a", f));
    assertThat(r.error()).isNull();
    assertThat(r.bytes()).isEqualTo(b);
    // sha256("Hello, world.")
    assertThat(r.sha256()).isEqualTo("f8c3bf62a9aa3e6fc1619c250e48abe7519373d3edf41be62eb5dc45199af2ef");
  }

  @Test
  void gzipIsInflatedByItsMagicNumberWhateverTheName() throws IOException {
    byte[] text = "Inflated article text.".getBytes(StandardCharsets.UTF_8);
    byte[] gz = gzip(text);
    Path f = Files.write(dir.resolve("no-gz-extension.txt"), gz);
    RawDocument r = loader.load(Source.file("a", f));
    assertThat(r.error()).isNull();
    assertThat(r.bytes()).isEqualTo(text);
    assertThat(r.sha256()).as("the hash is of the raw bytes as given").isEqualTo(SourceLoader.sha256(gz));
  }

  @Test
  void aTruncatedGzipIsAnErrorNotACrash() throws IOException {
    byte[] gz = gzip("Some article text that will be cut off halfway through.".repeat(50).getBytes(StandardCharsets.UTF_8));
    Path f = Files.write(dir.resolve("cut.txt.gz"), Arrays.copyOf(gz, gz.length / 2));
    RawDocument r = loader.load(Source.file("cut", f));
    assertThat(r.error()).startsWith("broken gzip");
    assertThat(r.bytes()).isEmpty();
  }

  @Test
  void aFileOverTheLimitIsRefusedWithAMessageNamingTheLimit() throws IOException {
    SourceLoader small = new SourceLoader(new Limits(1L << 20, 2L << 20, 1000));
    Path f = Files.write(dir.resolve("big.txt"), new byte[(1 << 20) + 1]);
    RawDocument r = small.load(Source.file("big", f));
    assertThat(r.error()).contains("over the 1 MB limit").contains("--max-mb");
  }

  @Test
  void aGzipThatInflatesPastTheLimitIsRefused() throws IOException {
    SourceLoader small = new SourceLoader(new Limits(1L << 20, 1L << 20, 1000));
    Path f = Files.write(dir.resolve("bomb.gz"), gzip(new byte[3 << 20]));
    RawDocument r = small.load(Source.file("bomb", f));
    assertThat(r.error()).contains("gzip inflates past the 1 MB limit");
  }

  @Test
  void aMissingFileIsAnError() {
    RawDocument r = loader.load(Source.file("gone", dir.resolve("gone.txt")));
    assertThat(r.error()).isEqualTo("no such file");
  }

  @Test
  void aDirectoryGivenAsAFileIsAnErrorNotACrash() throws IOException {
    Path d = Files.createDirectory(dir.resolve("looks-like-a-file.txt"));
    RawDocument r = loader.load(Source.file("d", d));
    assertThat(r.error()).startsWith("cannot read");
  }

  @Test
  void aBrokenSourceKeepsItsError() {
    RawDocument r = loader.load(Source.broken("x", "x", "no such file or directory"));
    assertThat(r.error()).isEqualTo("no such file or directory");
  }
}
