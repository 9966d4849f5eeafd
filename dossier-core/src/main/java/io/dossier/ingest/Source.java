package io.dossier.ingest;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One input to read: a file or a URL, with the document id it will have in the brief.
 * Exactly one of {@code path} and {@code url} is set. {@code error} is set when the input
 * could not even be listed (a missing path, say).
 */
public record Source(String id, String location, Path path, URI url, String error) {
  public Source {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(location, "location");
  }

  public static Source file(String id, Path path) {
    return new Source(id, path.toString(), path, null, null);
  }

  public static Source url(String id, URI url) {
    return new Source(id, url.toString(), null, url, null);
  }

  public static Source broken(String id, String location, String error) {
    return new Source(id, location, null, null, error);
  }

  /** The file name this source was given, used to guess its kind ({@code page.html.gz}). */
  public String name() {
    if (path != null) {
      Path f = path.getFileName();
      return f == null ? path.toString() : f.toString();
    }
    if (url != null) {
      String p = url.getPath();
      return p == null || p.isEmpty() ? url.getHost() : p.substring(p.lastIndexOf('/') + 1);
    }
    return location;
  }
}
