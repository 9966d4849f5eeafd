package io.dossier.cli;

import io.dossier.embed.OnnxEmbedder;
import io.dossier.group.PointSettings;
import io.dossier.ingest.Limits;
import io.dossier.store.DocumentStore;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier remove}: documents out of the store. */
@Command(name = "remove", mixinStandardHelpOptions = true,
    description = "Removes documents from the store by id ('dossier list' shows the ids). Exit code 1 if an id was not found.")
final class RemoveCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR",
      description = "The store's directory (default: $XDG_DATA_HOME/dossier or ~/.local/share/dossier).")
  Path data;

  @Parameters(paramLabel = "ID", arity = "1..*", description = "Document ids.")
  List<String> ids;

  @Override
  public Integer call() {
    int missing = 0;
    try (DocumentStore store = StoreAccess.open(data, new OnnxEmbedder(1), Limits.DEFAULT, PointSettings.DEFAULT, 1, false)) {
      for (String id : ids) {
        if (store.delete(id)) {
          spec.commandLine().getErr().println("removed " + id);
        } else {
          missing++;
          spec.commandLine().getErr().println("no document " + id);
        }
      }
    }
    return missing == 0 ? 0 : 1;
  }
}
