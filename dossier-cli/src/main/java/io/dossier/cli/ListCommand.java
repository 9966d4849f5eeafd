package io.dossier.cli;

import io.dossier.embed.OnnxEmbedder;
import io.dossier.group.PointSettings;
import io.dossier.ingest.Limits;
import io.dossier.store.DocumentStore;
import io.dossier.store.StoredDocument;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dossier list}: the stored documents. */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = "Lists the documents in the store, one per line: id, title, source, then flags and error.")
final class ListCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR",
      description = "The store's directory (default: $XDG_DATA_HOME/dossier or ~/.local/share/dossier).")
  Path data;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (DocumentStore store = StoreAccess.open(data, new OnnxEmbedder(1), Limits.DEFAULT, PointSettings.DEFAULT, 1, false)) {
      for (StoredDocument d : store.list()) {
        out.printf("%s\t%s\t%s%s%s%n", d.id(), d.title() == null ? "(no title)" : d.title(), d.source(),
            d.flags().isEmpty() ? "" : "\t[" + String.join(", ", d.flags()) + "]",
            d.error() == null ? "" : "\terror: " + d.error());
      }
      out.flush();
    }
    return 0;
  }
}
