package io.dossier.ingest;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Expands the command line's inputs (files, directories read recursively, {@code http(s)} URLs)
 * into {@link Source}s with unique document ids, in a stable order: inputs in the order given,
 * each directory's files sorted by path. Hidden files ({@code .name}) inside directories are
 * skipped. Not thread-safe; make one per run.
 */
public final class InputCollector {
  /** The input that names standard input, as in most command-line tools. */
  public static final String STDIN = "-";
  private final DocumentIds ids = new DocumentIds();
  private final Path stdin;

  public InputCollector() {
    this(null);
  }

  /**
   * A collector for which the input {@code -} is standard input, already saved by the caller to
   * {@code stdin} (the core never reads the process's streams); the document's source is "stdin".
   */
  public InputCollector(Path stdin) {
    this.stdin = stdin;
  }

  public List<Source> collect(List<String> inputs) {
    List<Source> out = new ArrayList<>();
    for (String input : inputs) {
      if (input.equals(STDIN)) {
        out.add(stdin == null ? Source.broken(uniqueId("stdin"), "stdin", "standard input cannot be read here")
            : new Source(uniqueId("stdin"), "stdin", stdin, null, null));
        continue;
      }
      String lower = input.toLowerCase(Locale.ROOT);
      if (lower.startsWith("http://") || lower.startsWith("https://")) {
        try {
          URI uri = URI.create(input);
          out.add(Source.url(uniqueId(idFromName(Source.url("x", uri).name(), uri.getHost())), uri));
        } catch (IllegalArgumentException e) {
          out.add(Source.broken(uniqueId("url"), input, "not a valid URL: " + e.getMessage()));
        }
        continue;
      }
      Path path = Path.of(input);
      if (Files.isDirectory(path)) {
        out.addAll(walk(path));
      } else if (Files.isRegularFile(path)) {
        out.add(Source.file(uniqueId(idFromName(name(path), "doc")), path));
      } else if (Files.exists(path)) {
        out.add(Source.broken(uniqueId(idFromName(name(path), "doc")), input,
            "not a regular file (a pipe, device or socket): save it to a file first"));
      } else {
        out.add(Source.broken(uniqueId(idFromName(name(path), "doc")), input,
            "no such file or directory"));
      }
    }
    return out;
  }

  private List<Source> walk(Path dir) {
    List<Source> out = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> !Files.isDirectory(p))
          .filter(p -> !isHidden(dir.relativize(p)))
          .sorted()
          .toList();
    } catch (IOException | RuntimeException e) {
      out.add(Source.broken(uniqueId(idFromName(name(dir), "dir")), dir.toString(),
          "cannot list directory: " + e.getMessage()));
      return out;
    }
    for (Path f : files) {
      String id = uniqueId(idFromName(name(f), "doc"));
      // Quirk: a named pipe or device in a folder would block the reader or bypass the size
      // limit (its size reads as 0); only regular files are read.
      if (!Files.exists(f)) {
        out.add(Source.broken(id, f.toString(), "no such file (a link whose target is gone)"));
        continue;
      }
      if (!Files.isRegularFile(f)) {
        out.add(Source.broken(id, f.toString(), "not a regular file (a pipe, device or socket); skipped"));
        continue;
      }
      out.add(isReadmeLike(f)
          ? Source.broken(id, f.toString(),
              DocumentIds.METADATA_SKIPPED)
          : Source.file(id, f));
    }
    return out;
  }

  /**
   * Quirk: corpus folders often carry a README or licence beside the articles; they are
   * documentation about the corpus, not part of it: they are listed as skipped. A file named
   * explicitly on the command line is always read.
   */
  private static boolean isReadmeLike(Path f) {
    return DocumentIds.isCorpusDocumentation(name(f));
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static String name(Path p) {
    Path f = p.getFileName();
    return f == null ? p.toString() : f.toString();
  }

  static String idFromName(String name, String fallback) {
    return DocumentIds.fromName(name, fallback);
  }

  private String uniqueId(String base) {
    return ids.unique(base);
  }
}
