package io.dossier.store;

import java.nio.file.Path;
import java.util.Map;

/** Where a store lives when no {@code --data} is given. Stateless; the caller passes the environment. */
public final class DataDirs {
  private DataDirs() {
  }

  /** {@code $XDG_DATA_HOME/dossier}, else {@code ~/.local/share/dossier}. */
  public static Path defaultDir(Map<String, String> env, String userHome) {
    String xdg = env.get("XDG_DATA_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "dossier");
    }
    return Path.of(userHome, ".local", "share", "dossier");
  }
}
