package io.dossier.pipeline;

import io.dossier.clean.CorpusStats;
import io.dossier.clean.Extraction;
import io.dossier.clean.Extractor;
import io.dossier.clean.Language;
import io.dossier.clean.TextDumpCleaner;
import io.dossier.clean.html.HtmlExtractor;
import io.dossier.embed.Embedder;
import io.dossier.group.Analysis;
import io.dossier.group.NearDuplicates;
import io.dossier.group.PointFinder;
import io.dossier.group.QuestionInferrer;
import io.dossier.ingest.ContentKind;
import io.dossier.ingest.Decoded;
import io.dossier.ingest.Decoder;
import io.dossier.ingest.InputCollector;
import io.dossier.ingest.RawDocument;
import io.dossier.ingest.Source;
import io.dossier.ingest.SourceLoader;
import io.dossier.ingest.warc.WarcDocument;
import io.dossier.ingest.warc.WarcSplitter;
import io.dossier.model.Brief;
import io.dossier.model.Page;
import io.dossier.model.Passages;
import io.dossier.text.SentenceSegmenter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * From inputs to a {@link Brief}: collect, load, decode, clean, segment (per document, in
 * parallel), then find near-duplicates, the question, points, counterpoints and the summary
 * (across documents). A document that fails at any per-document stage stays in the brief
 * with its error; the run goes on. Reusable and thread-safe: one instance can make many
 * briefs with the same embedder.
 */
public final class BriefPipeline {
  private static final Pattern PATH_DATE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?!\\d)");
  private final BriefConfig config;
  private final Embedder embedder;
  private final SourceLoader loader;
  private final Decoder decoder = new Decoder();
  private final Extractor textCleaner = new TextDumpCleaner();
  private final Extractor htmlExtractor = new HtmlExtractor();
  private final WarcSplitter warcs;
  private final SentenceSegmenter segmenter = new SentenceSegmenter();

  public BriefPipeline(BriefConfig config, Embedder embedder) {
    this.config = config;
    this.embedder = embedder;
    this.loader = new SourceLoader(config.limits());
    this.warcs = new WarcSplitter(config.limits());
  }

  /** A source read and decoded, or the reason it could not be; {@code published} from a WARC date. */
  private record Loaded(Source source, String sha256, Decoded decoded, String error, LocalDate published) {
    Loaded(Source source, String sha256, Decoded decoded, String error) {
      this(source, sha256, decoded, error, null);
    }
  }

  public Brief run(List<String> inputs, Progress progress) {
    List<Source> sources = new InputCollector().collect(inputs);
    progress.stage("read", sources.size());
    List<Loaded> loaded = parallel(sources, this::loadSafely, progress).stream().flatMap(List::stream).toList();
    List<String> texts = new ArrayList<>();
    for (Loaded l : loaded) {
      if (l.decoded() != null && l.decoded().kind() == ContentKind.TEXT) {
        texts.add(l.decoded().text());
      }
    }
    CorpusStats stats = CorpusStats.of(texts);
    progress.stage("clean", loaded.size());
    List<Passages> docs = parallel(loaded, l -> segment(clean(l, stats)), progress);
    return analyse(docs, progress);
  }

  /** The cross-document part, for callers that already have segmented pages (the store). */
  public Brief analyse(List<Passages> docs, Progress progress) {
    List<Page> pages = new ArrayList<>();
    for (Passages p : docs) {
      pages.add(p.page());
    }
    Map<String, String> dups = new NearDuplicates(config.duplicateThreshold()).find(pages);
    List<Passages> marked = new ArrayList<>();
    List<Passages> independent = new ArrayList<>();
    for (Passages p : docs) {
      Page page = p.page();
      String dupOf = dups.get(page.id());
      if (dupOf != null) {
        page = page.withFlag("duplicate-of:" + dupOf);
      }
      Passages q = new Passages(page, p.sentences());
      marked.add(q);
      if (page.readable() && dupOf == null && !page.flags().contains("not-english")) {
        independent.add(q);
      }
    }
    boolean inferred = config.question() == null;
    progress.stage("question", 0);
    String question = inferred ? new QuestionInferrer(embedder).infer(independent) : config.question().strip();
    progress.stage("embed", 0);
    Analysis a = new PointFinder(embedder, config.points()).find(question, independent, progress::advance,
        name -> progress.stage(name, 0));
    List<Page> outPages = new ArrayList<>();
    for (Passages p : marked) {
      outPages.add(p.page());
    }
    return new Brief(Brief.SCHEMA, question, inferred, outPages, a.summary(), a.keyPoints(),
        a.counterPoints(), List.of(), List.of(), List.of(), List.of());
  }

  /** Exceptions are bugs, but one bad input must not sink the brief: it becomes that input's error. */
  private List<Loaded> loadSafely(Source s) {
    try {
      return load(s);
    } catch (RuntimeException e) {
      return List.of(new Loaded(s, null, null, "could not read this input (" + e + ")"));
    }
  }

  /** One source gives one document, or several for a WARC archive. */
  private List<Loaded> load(Source s) {
    String name = s.name().toLowerCase(java.util.Locale.ROOT);
    if (s.error() == null && s.path() != null && (name.endsWith(".warc") || name.endsWith(".warc.gz"))) {
      return fromWarc(warcs.split(s, s.path()));
    }
    RawDocument raw = loader.load(s);
    if (raw.error() != null) {
      return List.of(new Loaded(s, raw.sha256(), null, raw.error()));
    }
    Loaded one = decode(raw, null);
    if (one.decoded() != null && one.decoded().kind() == ContentKind.WARC) {
      return fromWarc(warcs.split(s, raw.bytes()));
    }
    return List.of(one);
  }

  private List<Loaded> fromWarc(List<WarcDocument> docs) {
    List<Loaded> out = new ArrayList<>();
    for (WarcDocument w : docs) {
      LocalDate date = w.date() == null ? null : w.date().atZone(java.time.ZoneOffset.UTC).toLocalDate();
      if (w.raw().error() != null) {
        out.add(new Loaded(w.raw().source(), w.raw().sha256(), null, w.raw().error(), date));
      } else {
        out.add(decode(w.raw(), date));
      }
    }
    return out;
  }

  private Loaded decode(RawDocument raw, LocalDate published) {
    Source s = raw.source();
    try {
      return new Loaded(s, raw.sha256(), decoder.decode(raw.bytes(), s.name(), raw.contentType()), null, published);
    } catch (Decoder.NotTextException e) {
      return new Loaded(s, raw.sha256(), null, e.getMessage(), published);
    }
  }

  private Page clean(Loaded l, CorpusStats stats) {
    Source s = l.source();
    if (l.error() != null) {
      return Page.failed(s.id(), s.location(), l.sha256(), l.error());
    }
    Decoded d = l.decoded();
    if (d.kind() == ContentKind.WARC) {
      return Page.failed(s.id(), s.location(), l.sha256(), "a WARC archive inside a WARC record is not read");
    }
    Extraction e;
    try {
      e = (d.kind() == ContentKind.HTML ? htmlExtractor : textCleaner).extract(d, stats);
    } catch (RuntimeException ex) {
      // Exceptions are bugs, but one bad page must not sink the brief: report it on the page.
      return Page.failed(s.id(), s.location(), l.sha256(), "could not clean this page (" + ex + ")");
    }
    List<String> flags = new ArrayList<>(d.flags());
    flags.addAll(e.flags());
    LocalDate published = e.published() != null ? e.published()
        : l.published() != null ? l.published() : dateFromPath(s.location());
    Page page = new Page(s.id(), s.location(), e.title(), published, l.sha256(), e.text(), e.kept(),
        e.removed(), flags, null);
    if (e.kept().isEmpty()) {
      return page.withError("no article text found (" + (d.kind() == ContentKind.HTML ? "HTML page" : "text")
          + " with nothing that reads as prose)");
    }
    if (!Language.looksEnglish(e.text(), e.kept())) {
      page = page.withFlag("not-english");
    }
    return page;
  }

  private Passages segment(Page page) {
    if (!page.readable()) {
      return new Passages(page, List.of());
    }
    try {
      return segmenter.split(page);
    } catch (RuntimeException e) {
      return new Passages(page.withError("could not split into sentences (" + e + ")"), List.of());
    }
  }

  static LocalDate dateFromPath(String location) {
    Matcher m = PATH_DATE.matcher(location);
    LocalDate found = null;
    while (m.find()) {
      try {
        found = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      } catch (RuntimeException ignored) {
        found = null; // "2020-13-45" is not a date
      }
    }
    return found;
  }

  private <A, B> List<B> parallel(List<A> in, Function<A, B> f, Progress progress) {
    AtomicLong done = new AtomicLong();
    ForkJoinPool pool = new ForkJoinPool(config.threads());
    try {
      return pool.submit(() -> in.parallelStream().map(a -> {
        B b = f.apply(a);
        progress.advance(done.incrementAndGet());
        return b;
      }).toList()).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a per-document stage failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdown();
    }
  }
}
