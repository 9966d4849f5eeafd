package io.dossier.spark;

import io.dossier.ingest.Limits;
import io.dossier.ingest.Source;
import io.dossier.pipeline.DocumentReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/**
 * Reads one {@link InputFile} on an executor into the core's {@link DocumentReader.Read}s,
 * exactly as the CLI would read the same file: local files are read in place; files on other
 * file systems (HDFS, S3, ...) are first copied to a local temporary file (streamed, so a
 * large WARC never has to fit in memory; deleted afterwards) and read from there under their
 * original location. Never throws for bad input: a file that cannot be fetched becomes one
 * read with an error. Thread-safe.
 */
public final class FileReads {
  private final DocumentReader reader;
  private final Limits limits;

  public FileReads(Limits limits) {
    this.limits = limits;
    this.reader = new DocumentReader(limits);
  }

  public DocumentReader reader() {
    return reader;
  }

  /** The reads of one file (several for a WARC), in record order. */
  public List<DocumentReader.Read> read(InputFile f, Configuration conf) {
    if (f.skipped() != null) {
      return reader.read(Source.broken(f.id(), f.location(), f.skipped()));
    }
    URI uri = URI.create(f.uri());
    if ("file".equals(uri.getScheme())) {
      return reader.read(new Source(f.id(), f.location(), Path.of(uri), null, null));
    }
    if (f.length() > limits.maxBytes() && !isWarc(f.location())) {
      // Not copied at all: the same refusal the CLI gives a local file over the limit.
      return reader.read(Source.broken(f.id(), f.location(), String.format(
          "file is %.1f MB, over the %d MB limit for one document; split it or raise --max-mb",
          f.length() / 1e6, limits.maxBytes() >> 20)));
    }
    Path tmp = null;
    try {
      String name = new org.apache.hadoop.fs.Path(uri).getName();
      Path dir = Files.createTempDirectory("dossier-spark-");
      tmp = dir.resolve(name);
      org.apache.hadoop.fs.Path hp = new org.apache.hadoop.fs.Path(uri);
      FileSystem fs = hp.getFileSystem(conf);
      try (InputStream in = fs.open(hp); OutputStream out = Files.newOutputStream(tmp)) {
        in.transferTo(out);
      }
      return new ArrayList<>(reader.read(new Source(f.id(), f.location(), tmp, null, null)));
    } catch (IOException | RuntimeException e) {
      return reader.read(Source.broken(f.id(), f.location(), "cannot read: " + e.getMessage()));
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
          Files.deleteIfExists(tmp.getParent());
        } catch (IOException ignored) {
          // a temporary file left behind is not worth failing the record for
        }
      }
    }
  }

  static boolean isWarc(String location) {
    String n = location.toLowerCase(java.util.Locale.ROOT);
    return n.endsWith(".warc") || n.endsWith(".warc.gz");
  }
}
