package io.dossier.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared data folder ({@code -Ddossier.shared}, set by the build): tests read it in place and skip without it. */
public final class Shared {
  private Shared() {
  }

  /** {@code dossier.shared/parts...} when that folder exists, else null. */
  public static Path dir(String... parts) {
    String shared = System.getProperty("dossier.shared");
    Path p = shared == null ? null : Path.of(shared, parts);
    return p != null && Files.isDirectory(p) ? p : null;
  }

  /** The seed corpus, or null when absent. */
  public static Path seeds() {
    return dir("corpus", "seeds");
  }
}
