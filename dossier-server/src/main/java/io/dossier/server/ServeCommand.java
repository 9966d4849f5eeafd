package io.dossier.server;

import io.dossier.embed.OnnxEmbedder;
import io.dossier.group.PointFinder;
import io.dossier.group.PointSettings;
import io.dossier.ingest.Limits;
import io.dossier.store.DataDirs;
import io.dossier.store.DocumentStore;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dossier serve}: the HTTP API and the web page over a store, until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Serves the web page and the HTTP API (GET /api/openapi.json describes it) over the store in --data.",
        "",
        "Binds 127.0.0.1 unless --host says otherwise. Prints the address it listens on (with --port 0, the "
            + "free port it picked). A document is on disk when the API answers 201; stop with Ctrl-C."})
public final class ServeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
      description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
      description = "Address to bind (default: ${DEFAULT-VALUE}). Anything but loopback exposes the collection "
          + "to the network.")
  String host;

  @Option(names = "--data", paramLabel = "DIR",
      description = "The store's directory (default: $XDG_DATA_HOME/dossier or ~/.local/share/dossier).")
  Path data;

  @Option(names = "--max-upload-mb", paramLabel = "MB", defaultValue = "32",
      description = "Largest upload; bigger ones get 413 (default: ${DEFAULT-VALUE}).")
  int maxUploadMb;

  @Option(names = "--rate", paramLabel = "N", defaultValue = "50",
      description = "API requests per second per client, sustained; 0 turns the limit off (default: ${DEFAULT-VALUE}).")
  double rate;

  @Option(names = "--burst", paramLabel = "N", defaultValue = "200",
      description = "API requests a client may make at once before the rate applies (default: ${DEFAULT-VALUE}).")
  int burst;

  @Option(names = "--allow-private-urls",
      description = "Fetch URLs that resolve to loopback, private or link-local addresses (refused by default, "
          + "at every redirect, so that a URL cannot reach inside this machine or network).")
  boolean allowPrivateUrls;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of processors).")
  Integer threads;

  @Option(names = "--no-background-embedding",
      description = "Do not embed new documents' sentences in the background (briefs then embed what they need).")
  boolean noBackground;

  @Override
  public Integer call() throws InterruptedException {
    Path dir = data != null ? data : DataDirs.defaultDir(System.getenv(), System.getProperty("user.home"));
    ServerConfig config;
    DocumentStore.Options options;
    try {
      config = new ServerConfig(host, port, (long) maxUploadMb << 20, rate, burst);
      int n = threads != null ? threads : Math.max(1, Runtime.getRuntime().availableProcessors());
      options = new DocumentStore.Options(Limits.DEFAULT.withPrivateUrls(allowPrivateUrls), !noBackground, n,
          PointSettings.DEFAULT);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("dossier serve: " + e.getMessage());
      return 2;
    }
    OnnxEmbedder embedder = new OnnxEmbedder(options.threads());
    if (!noBackground) {
      daemon("dossier-embedder-load", embedder::warmUp);
      daemon("dossier-tagger-load", PointFinder::warmUp);
      daemon("dossier-langdetect-load", io.dossier.clean.Language::warmUp);
    }
    DocumentStore store = DocumentStore.open(dir, embedder, options);
    DossierServer server;
    try {
      server = new DossierServer(store, config).start();
    } catch (RuntimeException e) {
      store.close();
      spec.commandLine().getErr().println("dossier serve: cannot listen on " + host + ":" + port + ": " + e.getMessage());
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      store.close();
      stopped.countDown();
    }, "dossier-shutdown"));
    spec.commandLine().getOut().println("dossier: serving " + server.uri() + " (data: " + dir.toAbsolutePath()
        + ", " + store.size() + " documents)");
    spec.commandLine().getOut().flush();
    stopped.await();
    return 0;
  }

  private static void daemon(String name, Runnable r) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    t.start();
  }
}
