package io.dossier.spark;

import io.dossier.ingest.DocumentIds;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Lists the inputs of a job on any Hadoop file system ({@code file:}, {@code hdfs:},
 * {@code s3a:}, ...), the way the CLI's {@code InputCollector} lists local ones: inputs in the
 * order given, each directory's files recursively and sorted by path, hidden files skipped,
 * README/licence/JSON/Markdown files inside directories listed as skipped, and the same
 * unique document ids (file name without extensions, {@code -2}, {@code -3} on clashes).
 * Runs on the driver; not thread-safe (one per listing).
 */
public final class InputListing {
  private final Configuration conf;
  private final DocumentIds ids = new DocumentIds();

  public InputListing(Configuration conf) {
    this.conf = conf;
  }

  /** The files of the inputs; an input that does not exist is an error for the caller. */
  public List<InputFile> list(List<String> inputs) throws IOException {
    List<InputFile> out = new ArrayList<>();
    for (String input : inputs) {
      Path p = new Path(input);
      FileSystem fs = p.getFileSystem(conf);
      Path q = fs.makeQualified(p);
      if (!fs.exists(q)) {
        throw new IOException("no such file or directory: " + input);
      }
      FileStatus st = fs.getFileStatus(q);
      if (st.isDirectory()) {
        List<FileStatus> files = new ArrayList<>();
        walk(fs, q, files);
        // The CLI sorts java.nio paths; under one directory that is the order of the path strings.
        files.sort(Comparator.comparing(f -> f.getPath().toUri().getPath()));
        for (FileStatus f : files) {
          String name = f.getPath().getName();
          out.add(new InputFile(out.size(), uniqueId(idFromName(name, "doc")), location(f.getPath()),
              f.getPath().toString(), f.getLen(), readmeLike(name)
                  ? DocumentIds.METADATA_SKIPPED : null));
        }
      } else {
        out.add(new InputFile(out.size(), uniqueId(idFromName(q.getName(), "doc")), location(q), q.toString(),
            st.getLen(), null));
      }
    }
    return out;
  }

  /**
   * Quirk: {@code FileSystem.listFiles} builds a {@code LocatedFileStatus} per file, which on
   * the local file system forks a shell to read each file's permissions (28 s for 3,500
   * files); plain {@code listStatus} does not. Hidden entries are not descended into.
   */
  private static void walk(FileSystem fs, Path dir, List<FileStatus> out) throws IOException {
    for (FileStatus st : fs.listStatus(dir)) {
      if (st.getPath().getName().startsWith(".")) {
        continue;
      }
      if (st.isDirectory()) {
        walk(fs, st.getPath(), out);
      } else if (st.isFile()) {
        out.add(st);
      }
    }
  }

  /** A local file is shown as its path (as the CLI shows it); anything else as its URI. */
  static String location(Path p) {
    return "file".equals(p.toUri().getScheme()) ? p.toUri().getPath() : p.toString();
  }

  private static boolean readmeLike(String name) {
    return DocumentIds.isCorpusDocumentation(name);
  }

  static String idFromName(String name, String fallback) {
    return DocumentIds.fromName(name, fallback);
  }

  private String uniqueId(String base) {
    return ids.unique(base);
  }
}
