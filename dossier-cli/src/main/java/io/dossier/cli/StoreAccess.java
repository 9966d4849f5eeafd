package io.dossier.cli;

import io.dossier.embed.Embedder;
import io.dossier.group.PointSettings;
import io.dossier.ingest.InputCollector;
import io.dossier.ingest.Limits;
import io.dossier.ingest.Source;
import io.dossier.store.AddResult;
import io.dossier.store.DataDirs;
import io.dossier.store.DocumentStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** How the commands find and fill a store: the default directory, and adding inputs with a line per document. */
final class StoreAccess {
  private StoreAccess() {
  }

  static Path dir(Path given) {
    return given != null ? given : DataDirs.defaultDir(System.getenv(), System.getProperty("user.home"));
  }

  static DocumentStore open(Path given, Embedder embedder, Limits limits, PointSettings points, int threads,
      boolean background) {
    return DocumentStore.open(dir(given), embedder, new DocumentStore.Options(limits, background, threads, points));
  }

  /** Adds every input (files, directories, URLs); prints one line per document on {@code err}. Returns the number added. */
  static int addAll(DocumentStore store, List<String> inputs, PrintWriter err) {
    int added = 0;
    for (Source s : new InputCollector().collect(inputs)) {
      if (s.error() != null) {
        err.println("skipped " + s.location() + ": " + s.error());
        continue;
      }
      AddResult r = store.add(s);
      for (AddResult.Added a : r.documents()) {
        if (a.duplicate()) {
          err.println("already stored " + s.location() + " as " + a.id());
        } else {
          added++;
          err.println("added " + a.id() + " (" + s.location() + ")" + (a.error() == null ? "" : ": " + a.error()));
        }
      }
    }
    err.flush();
    return added;
  }
}
