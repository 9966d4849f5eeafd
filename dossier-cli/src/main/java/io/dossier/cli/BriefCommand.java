package io.dossier.cli;

import io.dossier.embed.OnnxEmbedder;
import io.dossier.group.PointFinder;
import io.dossier.group.PointSettings;
import io.dossier.ingest.InputCollector;
import io.dossier.ingest.Limits;
import io.dossier.model.Brief;
import io.dossier.pipeline.BriefConfig;
import io.dossier.pipeline.BriefPipeline;
import io.dossier.pipeline.Progress;
import io.dossier.render.BriefJson;
import io.dossier.render.HtmlRenderer;
import io.dossier.render.MarkdownRenderer;
import io.dossier.store.DocumentStore;
import io.dossier.store.VectorCache;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier brief}: inputs in, brief.json, brief.md and brief.html out. */
@Command(name = "brief", mixinStandardHelpOptions = true,
    description = {
        "Writes a brief that answers a question from a pile of articles.",
        "",
        "INPUT is any mix of files, directories (read recursively, hidden files skipped), "
            + "and http(s) URLs. Plain-text page dumps (.txt) and HTML pages (.html, .htm) are read, "
            + "gzipped or not. A document that cannot be read is listed in the brief with its error; "
            + "the run goes on.",
        "",
        "Writes DIR/brief.json (the contract in spec/brief-json.md), DIR/brief.md and DIR/brief.html.",
        "",
        "With --data DIR the brief is over the documents stored there ('dossier add'); INPUTs given as well are "
            + "added to the store first, and the brief covers the whole store (or the --documents chosen).",
        "Exit codes: 0 a brief was written (even if some documents failed), 1 no brief could be made, "
            + "2 bad usage."},
    sortOptions = false)
final class BriefCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = {"-q", "--question"}, paramLabel = "TEXT",
      description = "The question the brief answers. Without it, the question is inferred from the "
          + "documents' titles and headings (and the brief says so: questionInferred=true).")
  String question;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "brief-out",
      description = "Directory for brief.json, brief.md and brief.html (created if missing; default: ${DEFAULT-VALUE}); "
          + "'-' writes brief.json alone to standard output.")
  Path out;

  @Option(names = "--max-points", paramLabel = "N", defaultValue = "10",
      description = "Most key points to list (default: ${DEFAULT-VALUE}).")
  int maxPoints;

  @Option(names = "--max-counterpoints", paramLabel = "N", defaultValue = "6",
      description = "Most counterpoints to list (default: ${DEFAULT-VALUE}).")
  int maxCounterPoints;

  @Option(names = "--summary-sentences", paramLabel = "N", defaultValue = "4",
      description = "Sentences in the summary of a why or how question, one per top key point "
          + "(default: ${DEFAULT-VALUE}).")
  int summarySentences;

  @Option(names = "--summary-words", paramLabel = "N", defaultValue = "" + PointSettings.DEFAULT_SUMMARY_WORDS,
      description = "Words in the summary of any other pile (what happened: its most central sentences, "
          + "articles' first sentences favoured) (default: ${DEFAULT-VALUE}).")
  int summaryWords;

  @Option(names = "--match-threshold", paramLabel = "P", defaultValue = PointSettings.DEFAULT_MATCH_THRESHOLD,
      description = "The matcher's probability at or above which a claim makes a key point; higher makes "
          + "narrower points with fewer claims (default: ${DEFAULT-VALUE}).")
  double matchThreshold;

  @Option(names = "--max-embedded", paramLabel = "N", defaultValue = "3000",
      description = "Most sentences to embed; on bigger piles the lexically best are embedded "
          + "(default: ${DEFAULT-VALUE}).")
  int maxEmbedded;

  @Option(names = "--max-mb", paramLabel = "MB", defaultValue = "32",
      description = "Largest document read, in MB; bigger files are reported and skipped (default: ${DEFAULT-VALUE}).")
  int maxMb;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads (default: the number of processors).")
  Integer threads;

  @Option(names = "--no-progress", description = "Do not draw a progress bar on stderr; print one line per "
      + "finished stage instead (also the default when stderr is not a terminal).")
  boolean noProgress;

  @Option(names = "--data", paramLabel = "DIR",
      description = "Brief over the store in DIR instead of reading INPUTs only (INPUTs are added to it first).")
  Path data;

  @Option(names = "--documents", paramLabel = "ID", split = ",",
      description = "With --data: only these stored documents (comma-separated ids; default: all).")
  List<String> documents;

  @Option(names = "--doc-seconds", paramLabel = "S", defaultValue = "120",
      description = "Leave out, with an error, a document whose reading, cleaning or quote search takes longer "
          + "than S seconds; 0: no limit (default: ${DEFAULT-VALUE}).")
  int docSeconds;

  @Option(names = "--cache", paramLabel = "DIR",
      description = "Keep sentence vectors in DIR, so that another brief on the same pile (any question) embeds "
          + "only what it has not seen; the brief is the same with or without it (default: $XDG_CACHE_HOME/dossier "
          + "or ~/.cache/dossier). A store (--data) keeps its own.")
  Path cache;

  @Option(names = "--no-cache", description = "Neither read nor keep sentence vectors between runs.")
  boolean noCache;

  @Option(names = "--allow-private-urls",
      description = "Fetch URLs that resolve to loopback, private or link-local addresses (refused by default, "
          + "at every redirect, so that a URL cannot reach inside this machine or network).")
  boolean allowPrivateUrls;

  @Parameters(paramLabel = "INPUT", arity = "0..*",
      description = "Files, directories or URLs to read; '-' reads one document from standard input.")
  List<String> inputs = List.of();

  @Override
  public Integer call() throws IOException {
    if (data == null && inputs.isEmpty()) {
      spec.commandLine().getErr().println("dossier brief: give at least one INPUT (file, directory or URL), "
          + "or --data DIR to brief on a store; see 'dossier brief --help'");
      return 2;
    }
    if (data != null && inputs.contains(InputCollector.STDIN)) {
      spec.commandLine().getErr().println("dossier brief: '-' (standard input) cannot be added to a store; save it "
          + "to a file and add that");
      return 2;
    }
    if (data == null && documents != null) {
      spec.commandLine().getErr().println("dossier brief: --documents chooses stored documents; it needs --data DIR");
      return 2;
    }
    BriefConfig config;
    try {
      config = new BriefConfig(question,
          new Limits((long) maxMb << 20, 2L * ((long) maxMb << 20), 20_000, allowPrivateUrls, docSeconds),
          new PointSettings(maxPoints, maxCounterPoints, summarySentences, matchThreshold, maxEmbedded,
              PointSettings.DEFAULT.maxGrouped(), PointSettings.DEFAULT.maxEvidencePerPoint(), summaryWords),
          threads != null ? threads : Math.max(1, Runtime.getRuntime().availableProcessors()), 0.5);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("dossier brief: " + e.getMessage());
      return 2;
    }
    if (noCache && cache != null) {
      spec.commandLine().getErr().println("dossier brief: --cache and --no-cache contradict each other; give one");
      return 2;
    }
    OnnxEmbedder embedder = new OnnxEmbedder(config.threads());
    // The models take seconds to load: load them while the documents are read and cleaned.
    startDaemon("dossier-embedder-load", embedder::warmUp);
    startDaemon("dossier-tagger-load", PointFinder::warmUp);
    startDaemon("dossier-quote-tagger-load", io.dossier.text.PennTagger::warmUpGreedy);
    startDaemon("dossier-langdetect-load", io.dossier.clean.Language::warmUp);
    Brief brief;
    boolean drawBar = !noProgress && System.console() != null;
    try (StageLog log = new StageLog(spec.commandLine().getErr(), drawBar);
        ProgressBarListener bar = drawBar ? new ProgressBarListener() : null) {
      Progress progress = drawBar ? bar : log;
      if (data == null) {
        Path staged = inputs.contains(InputCollector.STDIN) ? stageStdin(config.limits().maxBytes()) : null;
        try (VectorCache vectors = openCache(embedder)) {
          brief = new BriefPipeline(config, vectors == null ? embedder : vectors.embedder())
              .runOn(new InputCollector(staged).collect(inputs), progress);
          if (vectors != null) {
            cacheNote = String.format("; sentence vectors: %d from the cache in %s, %d computed",
                vectors.embedder().found(), vectors.dir(), vectors.embedder().computed());
          }
        } finally {
          if (staged != null) {
            Files.deleteIfExists(staged);
            Files.deleteIfExists(staged.getParent());
          }
        }
      } else {
        try (DocumentStore store = StoreAccess.open(data, embedder, config.limits(), config.points(), config.threads(),
            false)) {
          StoreAccess.addAll(store, inputs, spec.commandLine().getErr());
          try {
            brief = store.brief(question, documents, progress);
          } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
            spec.commandLine().getErr().println("dossier brief: no brief written: " + e.getMessage());
            return 1;
          }
        }
      }
    }
    long readable = brief.documents().stream().filter(d -> d.error() == null).count();
    if (readable == 0) {
      String first = brief.documents().isEmpty() ? "no inputs found"
          : brief.documents().get(0).source() + ": " + brief.documents().get(0).error();
      spec.commandLine().getErr().println("dossier brief: no brief written: no document could be read ("
          + brief.documents().size() + " inputs; first: " + first + ")");
      return 1;
    }
    if (out.toString().equals("-")) {
      java.io.PrintWriter stdout = spec.commandLine().getOut();
      BriefJson.write(brief, stdout);
      stdout.println();
      stdout.flush();
      spec.commandLine().getErr().printf("wrote brief.json to standard output: %s from %d documents%s%n",
          counts(brief), readable, cacheNote);
      return 0;
    }
    Files.createDirectories(out);
    // JSON and HTML hold the source texts: streamed to disk, never whole strings in memory
    write(out.resolve("brief.json"), o -> BriefJson.write(brief, o));
    write(out.resolve("brief.md"), new MarkdownRenderer().render(brief));
    write(out.resolve("brief.html"), o -> {
      try (var w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(o, StandardCharsets.UTF_8), 1 << 16)) {
        new HtmlRenderer().render(brief, w);
      }
    });
    long skipped = brief.documents().stream().filter(d -> d.error() != null && d.error().startsWith("skipped")).count();
    long failed = brief.documents().size() - readable - skipped;
    String notes = (failed > 0 ? failed + " could not be read" : "")
        + (failed > 0 && skipped > 0 ? ", " : "") + (skipped > 0 ? skipped + " skipped as metadata" : "");
    spec.commandLine().getErr().printf("wrote %s (brief.json, brief.md, brief.html): %s "
        + "from %d documents%s%s%n", out, counts(brief), readable,
        notes.isEmpty() ? "" : " (" + notes + "; see brief.md)", cacheNote);
    return 0;
  }

  /** "1 key point, 2 counterpoints" for the closing line. */
  static String counts(io.dossier.model.Brief brief) {
    int k = brief.keyPoints().size();
    int c = brief.counterPoints().size();
    return k + (k == 1 ? " key point, " : " key points, ") + c + (c == 1 ? " counterpoint" : " counterpoints");
  }

  /** What the vector cache did, for the closing line (empty without a cache). */
  private String cacheNote = "";

  /** The vector cache: --cache DIR, else the user's cache directory. */
  /**
   * The vector cache (--cache DIR, else the user's cache directory), or null when it is off or
   * cannot be opened: a cache only saves time, so the brief goes on without it and says why.
   */
  private VectorCache openCache(io.dossier.embed.Embedder model) {
    if (noCache) {
      return null;
    }
    Path dir = cache != null ? cache : VectorCache.defaultDir(System.getenv(), System.getProperty("user.home"));
    try {
      return VectorCache.open(dir, model);
    } catch (IOException | RuntimeException e) {
      spec.commandLine().getErr().println("dossier brief: going on without the vector cache: " + e.getMessage()
          + " (--cache DIR chooses another place, --no-cache turns it off)");
      return null;
    }
  }

  private static void startDaemon(String name, Runnable r) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    t.start();
  }

  /** Writes through a temporary file so that a crash never leaves half a brief. */
  private static void write(Path target, String content) throws IOException {
    write(target, o -> o.write(content.getBytes(StandardCharsets.UTF_8)));
  }

  @FunctionalInterface
  private interface Body {
    void writeTo(java.io.OutputStream out) throws IOException;
  }

  /**
   * Saves standard input (at most {@code max} bytes, as a file would be) to a private temporary
   * file, read then as any file; more than {@code max} is refused there like an oversized file.
   */
  private Path stageStdin(long max) throws IOException {
    Path d = Files.createTempDirectory("dossier-stdin");
    Path f = d.resolve("stdin");
    try (var in = stdin; var o = Files.newOutputStream(f)) {
      in.transferTo(new java.io.OutputStream() {
        long n;

        @Override
        public void write(int b) throws IOException {
          write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          // one byte past the limit is enough for the reader to refuse it by size
          long keep = Math.max(0, Math.min(len, max + 1 - n));
          o.write(b, off, (int) keep);
          n += len;
        }
      });
    }
    return f;
  }

  /** Where '-' reads from (tests give their own). */
  java.io.InputStream stdin = System.in;

  private static void write(Path target, Body body) throws IOException {
    // A new file gets the permissions the umask gives (shareable briefs), unlike createTempFile's 0600.
    Path tmp = target.resolveSibling("." + target.getFileName() + "." + java.util.UUID.randomUUID() + ".tmp");
    try (var o = new java.io.BufferedOutputStream(Files.newOutputStream(tmp, java.nio.file.StandardOpenOption.CREATE_NEW,
        java.nio.file.StandardOpenOption.WRITE), 1 << 16)) {
      body.writeTo(o);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
