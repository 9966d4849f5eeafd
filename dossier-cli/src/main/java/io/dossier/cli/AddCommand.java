package io.dossier.cli;

import io.dossier.embed.OnnxEmbedder;
import io.dossier.group.PointSettings;
import io.dossier.ingest.Limits;
import io.dossier.store.DocumentStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier add}: documents into the store. */
@Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Adds documents to the store in --data: each is read, cleaned and split into sentences once, and kept.",
        "",
        "INPUT is any mix of files, directories (read recursively) and http(s) URLs, as for 'brief'. Identical "
            + "bytes are stored once. A document that cannot be read is stored with its error. Sentence vectors "
            + "are computed later (by 'serve' in the background, or by the next 'brief'), unless --embed is given."})
final class AddCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR",
      description = "The store's directory (default: $XDG_DATA_HOME/dossier or ~/.local/share/dossier).")
  Path data;

  @Option(names = "--allow-private-urls",
      description = "Fetch URLs that resolve to loopback, private or link-local addresses (refused by default, "
          + "at every redirect, so that a URL cannot reach inside this machine or network).")
  boolean allowPrivateUrls;

  @Option(names = "--embed", description = "Compute the new sentences' vectors now, before exiting (slower add, faster first brief).")
  boolean embed;

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files, directories or URLs to add.")
  List<String> inputs;

  @Override
  public Integer call() throws InterruptedException {
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    try (DocumentStore store = StoreAccess.open(data, new OnnxEmbedder(threads),
        Limits.DEFAULT.withPrivateUrls(allowPrivateUrls), PointSettings.DEFAULT,
        threads, embed)) {
      int added = StoreAccess.addAll(store, inputs, spec.commandLine().getErr());
      if (embed) {
        store.awaitEmbedded(Duration.ofHours(1));
      }
      spec.commandLine().getErr().printf("%d added; the store in %s holds %d documents%n", added,
          store.directory(), store.size());
    }
    return 0;
  }
}
