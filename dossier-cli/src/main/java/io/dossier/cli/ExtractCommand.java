package io.dossier.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dossier.clean.CorpusStats;
import io.dossier.clean.Extraction;
import io.dossier.clean.Extractor;
import io.dossier.clean.KeptText;
import io.dossier.clean.TextDumpCleaner;
import io.dossier.clean.html.HtmlExtractor;
import io.dossier.ingest.ContentKind;
import io.dossier.ingest.Decoded;
import io.dossier.ingest.Decoder;
import io.dossier.ingest.InputCollector;
import io.dossier.ingest.Limits;
import io.dossier.ingest.RawDocument;
import io.dossier.ingest.Source;
import io.dossier.ingest.SourceLoader;
import io.dossier.ingest.warc.WarcDocument;
import io.dossier.ingest.warc.WarcSplitter;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dossier extract FILE...}: the main text of each page, one JSON line per page on
 * stdout, {@code {"source", "title", "published", "text", "error"}} (spec/brief-json.md).
 * Reads HTML, text dumps, gzipped or not, WARC files (one line per HTML or text response)
 * and directories (recursively). Unreadable inputs get a line with an {@code error}; the
 * exit code is 0 once every input has its line.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Print the main text of each page as one JSON line: "
        + "{\"source\", \"title\", \"published\", \"text\", \"error\"}.",
        "Reads .html/.htm, .txt (a page's text dump), either gzipped, .warc/.warc.gz "
        + "(one line per HTML or text response) and directories."})
public final class ExtractCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files or directories to read.")
  List<String> inputs;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2", description = "Pages extracted in parallel (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--max-mb", paramLabel = "MB", defaultValue = "32", description = "Largest file read, in MB (default: ${DEFAULT-VALUE}).")
  int maxMb;

  private final Decoder decoder = new Decoder();
  private final Extractor html = new HtmlExtractor();
  private final Extractor text = new TextDumpCleaner();
  /** Lines repeated across the text dumps of this run (menus, disclaimers of one site). */
  private volatile CorpusStats corpus = CorpusStats.EMPTY;

  @Override
  public Integer call() throws Exception {
    if (threads < 1 || maxMb < 1) {
      spec.commandLine().getErr().println("extract: --threads and --max-mb must be at least 1");
      return 2;
    }
    Limits limits = new Limits((long) maxMb << 20, (long) maxMb << 21, Limits.DEFAULT.fetchTimeoutMillis());
    SourceLoader loader = new SourceLoader(limits);
    WarcSplitter warcs = new WarcSplitter(limits);
    List<Source> sources = new InputCollector().collect(inputs);
    corpus = textDumpStats(sources, loader);
    ObjectMapper json = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    PrintWriter out = spec.commandLine().getOut();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      // Results are printed in input order; at most a few pages per thread wait in memory.
      Deque<Future<List<Map<String, Object>>>> pending = new ArrayDeque<>();
      for (Source s : sources) {
        pending.add(pool.submit(() -> process(s, loader, warcs)));
        while (pending.size() > threads * 4) {
          print(pending.poll(), json, out);
        }
      }
      while (!pending.isEmpty()) {
        print(pending.poll(), json, out);
      }
    } finally {
      pool.shutdownNow();
    }
    out.flush();
    return 0;
  }

  private static void print(Future<List<Map<String, Object>>> f, ObjectMapper json, PrintWriter out)
      throws InterruptedException, IOException {
    try {
      for (Map<String, Object> line : f.get()) {
        out.println(json.writeValueAsString(line));
      }
      out.flush();
    } catch (ExecutionException e) {
      throw new IllegalStateException("bug while extracting", e.getCause());
    }
  }

  /**
   * When several text dumps are given, their line statistics: a line found in many of them is
   * site furniture. Reads the dumps once more; HTML and WARC inputs do not need it.
   */
  private CorpusStats textDumpStats(List<Source> sources, SourceLoader loader) {
    List<Source> dumps = sources.stream().filter(s -> s.error() == null && s.path() != null)
        .filter(s -> {
          String n = s.name().toLowerCase(Locale.ROOT);
          return n.endsWith(".txt") || n.endsWith(".txt.gz");
        }).toList();
    if (dumps.size() < 2) {
      return CorpusStats.EMPTY;
    }
    List<String> texts = new ArrayList<>();
    for (Source s : dumps) {
      RawDocument raw = loader.load(s);
      if (raw.error() == null) {
        try {
          texts.add(decoder.decode(raw.bytes(), s.name(), raw.contentType()).text());
        } catch (Decoder.NotTextException e) {
          // reported when the file itself is processed
        }
      }
    }
    return CorpusStats.of(texts);
  }

  /** All lines for one input: one for a page, one per page for a WARC. */
  private List<Map<String, Object>> process(Source s, SourceLoader loader, WarcSplitter warcs) {
    String lower = s.name().toLowerCase(Locale.ROOT);
    if (s.error() == null && s.path() != null && (lower.endsWith(".warc") || lower.endsWith(".warc.gz"))) {
      return fromWarc(warcs.split(s, s.path()));
    }
    RawDocument raw = loader.load(s);
    if (raw.error() != null) {
      return List.of(line(s.location(), null, null, "", raw.error()));
    }
    Decoded d;
    try {
      d = decoder.decode(raw.bytes(), s.name(), raw.contentType());
    } catch (Decoder.NotTextException e) {
      return List.of(line(s.location(), null, null, "", e.getMessage()));
    }
    if (d.kind() == ContentKind.WARC) {
      return fromWarc(warcs.split(s, raw.bytes()));
    }
    return List.of(page(s.location(), d, null));
  }

  private List<Map<String, Object>> fromWarc(List<WarcDocument> docs) {
    List<Map<String, Object>> lines = new ArrayList<>();
    for (WarcDocument w : docs) {
      RawDocument raw = w.raw();
      String where = w.target() != null ? raw.source().location() + " " + w.target() : raw.source().location();
      if (raw.error() != null) {
        lines.add(line(where, null, null, "", raw.error()));
        continue;
      }
      try {
        Decoded d = decoder.decode(raw.bytes(), w.target() == null ? "" : w.target().getPath(), raw.contentType());
        lines.add(page(where, d, w.date()));
      } catch (Decoder.NotTextException e) {
        lines.add(line(where, null, null, "", e.getMessage()));
      }
    }
    return lines;
  }

  private Map<String, Object> page(String source, Decoded d, Instant captured) {
    Extraction x = d.kind() == ContentKind.TEXT ? text.extract(d, corpus) : html.extract(d, CorpusStats.EMPTY);
    LocalDate published = x.published();
    if (published == null && captured != null) {
      published = LocalDate.ofInstant(captured, ZoneOffset.UTC);
    }
    return line(source, x.title(), published, KeptText.of(x), null);
  }

  private static Map<String, Object> line(String source, String title, LocalDate published, String text,
      String error) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("source", source);
    m.put("title", title);
    m.put("published", published == null ? null : published.toString());
    m.put("text", text);
    m.put("error", error);
    return m;
  }

}
